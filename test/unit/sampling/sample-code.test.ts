import { describe, expect, it } from 'vitest'
import { formatSampleCode, nextSampleCode, parseSampleCodePattern, suggestCaseShortCode } from '../../../electron/core/sampling/sample-code'
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

  it('accepts a valid pattern and explains every fault of a bad one in Chinese', () => {
    expect(parseSampleCodePattern('{case}-{matrix}-{seq:3}').problems).toEqual([])
    expect(parseSampleCodePattern('').problems).toEqual(['编号规则不能为空'])
    expect(parseSampleCodePattern('{case}-{seq:3}').problems).toEqual(['编号规则须包含样品类型代码 {matrix}'])
    expect(parseSampleCodePattern('{matrix}{seq}').problems).toEqual(['编号规则须包含案件简码 {case}'])
    expect(parseSampleCodePattern('{case}{matrix}').problems).toEqual(['编号规则须包含序号 {seq}（如 {seq:3}）'])
    expect(parseSampleCodePattern('{case}{matrix}{seq}{seq:2}').problems).toEqual(['编号规则只能包含一个序号 {seq}'])
    expect(parseSampleCodePattern('{case}{matrix}{seq:9}').problems).toContain('序号位数须在 1 到 6 之间，如 {seq:3}')
    expect(parseSampleCodePattern('{case}-{matrix}-{n}-{seq}').problems).toEqual(['未知的占位符 {n}（可用 {case}、{matrix}、{seq:3}、{yyyy}）'])
    expect(parseSampleCodePattern('{case}{matrix}{seq').problems).toContain('花括号不成对')
    expect(parseSampleCodePattern('样品/{case}{matrix}{seq}').problems).toEqual(['固定文字“样品/”只能包含大写字母、数字和 - _ .'])
    expect(() => formatSampleCode('{case}', { caseCode: 'A', matrix: 'soil', seq: 1 })).toThrow('样品编号规则无效')
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
