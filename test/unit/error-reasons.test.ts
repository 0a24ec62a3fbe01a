import { describe, expect, it } from 'vitest'
import { errorReasons } from '../../electron/shared/error-reasons'
import { AppError, errorText } from '../../electron/shared/errors'
import { chooseCliLanguage, cliFailure, cliReply } from '../../electron/cli/cli-language'

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

describe('the catalog of error reasons', () => {
  it('words every reason in Chinese and English, with the same parameters, and no Chinese in the English', () => {
    for (const [reason, words] of Object.entries(errorReasons)) {
      expect(words.zh, reason).not.toBe('')
      expect(words.en, reason).not.toBe('')
      expect(placeholders(words.en), reason).toEqual(placeholders(words.zh))
      expect(words.en, reason).not.toMatch(/\p{Script=Han}/u)
    }
  })

  it('sends the reason and parameters, words them in each language, and names listed codes in the same language', () => {
    const error = new AppError('forbidden', 'forbidden_role', { allowed: [{ reason: 'role_clerk' }, { reason: 'role_judge' }], role: [{ reason: 'role_investigator' }] })
    expect(error.toJSON()).toMatchObject({ code: 'forbidden', reason: 'forbidden_role', message: '无权操作：仅书记员、法官可执行此操作（当前角色：技术调查官）' })
    expect(errorText(error.toJSON(), 'en')).toBe('Not allowed: only clerk, judge may do this (your role: technical investigator)')
  })

  it('keeps a field core refused as its reason beside its Chinese words, and a schema message as it is', () => {
    const error = new AppError('conflict', 'username_taken', { username: 'lin' }, { username: 'field_username_taken', note: '不能超过 10 个字' })
    expect(error.toJSON()).toMatchObject({
      message: '用户名 lin 已存在',
      fieldErrors: { username: '用户名已存在', note: '不能超过 10 个字' },
      fieldReasons: { username: 'field_username_taken' }
    })
  })
})

describe('the CLI’s language', () => {
  it('speaks Chinese by default and English with --lang en', () => {
    const refusal = new AppError('not_found', 'case_not_found_named', { case: 'X' }).toJSON()
    chooseCliLanguage(['verify'], {})
    expect(cliFailure(refusal)).toBe('错误：找不到案件 X\n')
    chooseCliLanguage(['verify', '--lang', 'en'], {})
    expect(cliFailure(refusal)).toBe('Error: Case X not found\n')
    expect(cliReply({ ok: false, error: refusal }).error.message).toBe('Case X not found')
    chooseCliLanguage([], { ECOCASE_LANG: 'en' })
    expect(cliFailure(new AppError('unauthenticated', 'sign_in_first'))).toBe('Error: Sign in first\n')
    chooseCliLanguage([], {})
  })
})
