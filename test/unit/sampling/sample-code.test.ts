import { describe, expect, it } from 'vitest'
import { formatSampleCode, nextSampleCode, parseSampleCodePattern, suggestCaseShortCode } from '../../../electron/core/sampling/sample-code'
import { AppError, errorText, partText } from '../../../electron/shared/errors'
import { caseShortCode, defaultSampleCodePattern, matrices } from '../../../electron/shared/sampling'

describe('sample codes', () => {
  it('formats the default pattern: case short code, matrix code, padded sequence', () => {
    const code = (matrix: (typeof matrices)[number], seq: number) =>
      formatSampleCode(defaultSampleCodePattern, { caseCode: '2020-0626-123', matrix, seq })
    expect(code('surface_water', 7)).toBe('2020-0626-123-SW-007')
    expect(matrices.map((m) => code(m, 1).split('-')[3])).toEqual(['SW', 'GW', 'WW', 'SO', 'SD', 'BI'])
    expect(code('soil', 1234)).toBe('2020-0626-123-SO-1234')
  })

  it('puts the sampling year in Asia/Shanghai for {yyyy}', () => {
    const parts = { caseCode: 'ZZ1', matrix: 'sediment' as const, seq: 2 }
    // 2020-12-31 16:30 UTC is already 2021-01-01 in Beijing.
    expect(formatSampleCode('{yyyy}{case}{matrix}{seq:2}', { ...parts, sampledAt: '2020-12-31T16:30:00.000Z' })).toBe('2021ZZ1SD02')
    expect(() => formatSampleCode('{yyyy}{case}{matrix}{seq}', parts)).toThrow('须先填写采样时间')
  })

  it('numbers per case and matrix after the highest used, skipping codes already taken', () => {
    const taken = new Set(['C1-SW-003'])
    const next = nextSampleCode('{case}-{matrix}-{seq:3}', { caseCode: 'C1', matrix: 'surface_water', usedSeqs: [1, 2] }, (c) => taken.has(c))
    expect(next).toEqual({ code: 'C1-SW-004', seq: 4 })
    expect(nextSampleCode(defaultSampleCodePattern, { caseCode: 'C1', matrix: 'soil', usedSeqs: [] }, () => false)).toEqual({ code: 'C1-SO-001', seq: 1 })
  })

  it('accepts a valid pattern and names every fault of a bad one as a reason, worded in Chinese and English', () => {
    const problems = (pattern: string) => parseSampleCodePattern(pattern).problems
    const words = (pattern: string, language: 'zh' | 'en') => problems(pattern).map((p) => partText(p, language))
    expect(problems('{case}-{matrix}-{seq:3}')).toEqual([])
    expect(problems('')).toEqual([{ reason: 'pattern_empty' }])
    expect(problems('{case}-{seq:3}')).toEqual([{ reason: 'pattern_needs_matrix' }])
    expect(problems('{matrix}{seq}')).toEqual([{ reason: 'pattern_needs_case' }])
    expect(problems('{case}{matrix}')).toEqual([{ reason: 'pattern_needs_seq' }])
    expect(problems('{case}{matrix}{seq}{seq:2}')).toEqual([{ reason: 'pattern_one_seq' }])
    expect(problems('{case}{matrix}{seq:9}')).toContainEqual({ reason: 'pattern_seq_width' })
    expect(problems('{case}-{matrix}-{n}-{seq}')).toEqual([{ reason: 'pattern_placeholder_unknown', params: { placeholder: '{n}' } }])
    expect(problems('{case}{matrix}{seq')).toContainEqual({ reason: 'pattern_braces_unpaired' })
    expect(problems(`{case}{matrix}{seq}${'A'.repeat(60)}`)).toEqual([{ reason: 'pattern_too_long', params: { maximum: 60 } }])
    expect(words('样品/{case}{matrix}{seq}', 'zh')).toEqual(['固定文字“样品/”只能包含大写字母、数字和 - _ .'])
    expect(words('{case}-{matrix}-{n}-{seq}', 'zh')).toEqual(['未知的占位符 {n}（可用 {case}、{matrix}、{seq:3}、{yyyy}）'])
    expect(words('{case}-{seq:3}', 'zh')).toEqual(['编号规则须包含样品类型代码 {matrix}'])
    expect(words('{x}{y}', 'en')).toEqual([
      'Unknown placeholder {x} (use {case}, {matrix}, {seq:3}, {yyyy})',
      'Unknown placeholder {y} (use {case}, {matrix}, {seq:3}, {yyyy})',
      'The pattern must hold the case short code {case}',
      'The pattern must hold the matrix code {matrix}',
      'The pattern must hold a sequence number {seq} (such as {seq:3})'
    ])
    const error = (() => {
      try {
        formatSampleCode('{case}', { caseCode: 'A', matrix: 'soil', seq: 1 })
      } catch (thrown) {
        return thrown as AppError
      }
    })()
    expect(error?.message).toBe('样品编号规则无效：编号规则须包含样品类型代码 {matrix}；编号规则须包含序号 {seq}（如 {seq:3}）')
    expect(error && errorText(error, 'en')).toBe('Invalid sample code pattern: The pattern must hold the matrix code {matrix}; The pattern must hold a sequence number {seq} (such as {seq:3})')
  })

  it('refuses a sequence that is not a positive integer', () => {
    expect(() => formatSampleCode(defaultSampleCodePattern, { caseCode: 'A', matrix: 'soil', seq: 0 })).toThrow('样品序号无效')
  })

  it('suggests an ASCII short code from a case number, which the schema accepts', () => {
    expect(suggestCaseShortCode('(2020)闽0626刑初123号')).toBe('2020-0626-123')
    expect(suggestCaseShortCode('（2021）闽06民终45号')).toBe('2021-06-45')
    expect(caseShortCode.safeParse(suggestCaseShortCode('(2020)闽0626刑初123号')).success).toBe(true)
    expect(caseShortCode.safeParse('闽0626').error?.issues[0]?.message).toBe('short_code_malformed')
  })
})
