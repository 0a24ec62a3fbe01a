import { describe, expect, it } from 'vitest'
import { parseOrRefuse } from '../../electron/core/parse-input'
import { AppError, errorInLanguage } from '../../electron/shared/errors'
import { userCreateInput } from '../../electron/shared/users'
import { backupScheduleInput } from '../../electron/shared/backups'

const refusal = (run: () => unknown): AppError => {
  try {
    run()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('the input was accepted')
}

describe('schema problems as reasons', () => {
  it('sends a field the schema refused as its reason with the bound, worded in each language from the same reply', () => {
    const error = refusal(() => parseOrRefuse(userCreateInput, { username: 'li.clerk', displayName: '李', role: 'clerk', password: 'short' }))
    const reply = error.toJSON()
    expect(reply.fieldProblems?.password).toEqual({ reason: 'password_too_short', params: { minimum: 8 } })
    expect(reply.fieldErrors?.password).toBe('密码至少 8 位')
    expect(errorInLanguage(reply, 'en').fieldErrors?.password).toBe('A password has at least 8 characters')
    expect(errorInLanguage(reply, 'en').message).toBe('Invalid input: A password has at least 8 characters')
  })

  it('words an issue no reason covers (a script sending the wrong type) with zod’s own zh-CN and en locales, without echoing the input', () => {
    const error = refusal(() => parseOrRefuse(backupScheduleInput, { enabled: true, intervalHours: 24, folder: 42, keep: 7, revision: null }))
    const reply = error.toJSON()
    expect(reply.fieldProblems?.folder).toEqual({ issue: { code: 'invalid_type', expected: 'string', received: 'number' } })
    expect(reply.fieldErrors?.folder).toBe('无效输入：期望 string，实际接收 数字')
    expect(errorInLanguage(reply, 'en').fieldErrors?.folder).toBe('Invalid input: expected string, received number')
  })

  it('words a whole number out of its bounds from the issue’s own bound', () => {
    const reply = refusal(() => parseOrRefuse(backupScheduleInput, { enabled: true, intervalHours: 0, folder: '/media/backup', keep: 7, revision: null })).toJSON()
    expect(reply.fieldProblems?.intervalHours).toMatchObject({ reason: 'number_at_least_value' })
    expect(errorInLanguage(reply, 'en').fieldErrors?.intervalHours).toMatch(/^Cannot be less than \d+$/)
  })
})
