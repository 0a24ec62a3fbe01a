import { describe, expect, it } from 'vitest'
import { canonicalCaseNumber, parseCaseNumber } from '../../electron/shared/case-number'

describe('the case number parser', () => {
  it.each([
    ['(2020)闽0626刑初123号', { text: '（2020）闽0626刑初123号', year: 2020, courtCode: '闽0626', typeWord: '刑初', sequence: 123, kind: 'criminal', impliedStage: 'first_instance' }],
    ['（2021）闽06民终88号', { text: '（2021）闽06民终88号', courtCode: '闽06', typeWord: '民终', kind: 'civil', impliedStage: 'second_instance' }],
    ['（2019）最高法行再5号', { courtCode: '最高法', typeWord: '行再', kind: 'administrative', impliedStage: 'retrial' }],
    ['(2022)闽0626执恢7号', { typeWord: '执恢', kind: 'enforcement', impliedStage: 'enforcement' }],
    ['(2022)闽执9号', { courtCode: '闽', typeWord: '执', sequence: 9 }],
    [' ( 2020 )闽0626 刑初 123 号 ', { text: '（2020）闽0626刑初123号' }],
    ['（2020）闽0626民特3号', { typeWord: '民特', impliedStage: null }]
  ])('reads %s', (text, expected) => {
    const reading = parseCaseNumber(text)
    expect(reading.ok && reading.value).toMatchObject(expected)
  })

  it.each([
    ['', '请填写案号'],
    ['2020闽0626刑初123号', '案号须以括号中的收案年度开头'],
    ['(2020)闽0626刑初123', '案号须以“号”结尾'],
    ['(20)闽0626刑初123号', '收案年度须为四位数字'],
    ['(1890)闽0626刑初123号', '收案年度 1890 不在有效范围内'],
    ['(2020)福0626刑初123号', '法院代字“福”不是省级行政区简称'],
    ['(2020)闽626刑初123号', '数字部分须为 2 位（中级法院）或 4 位（基层法院）'],
    ['(2020)闽0626刑诉123号', '类型代字“刑诉”不是本系统支持的案件类型代字'],
    ['(2020)闽0626刑初0123号', '案件编号须为不以 0 开头的正整数'],
    ['(2020)闽0626123号', '案号格式应为'],
    ['(2020)最高法01民终1号', '最高法”后不带数字']
  ])('refuses %j saying what is wrong', (text, message) => {
    const reading = parseCaseNumber(text)
    expect(reading.ok).toBe(false)
    if (!reading.ok) expect(reading.message).toContain(message)
  })

  it('writes half-width and full-width brackets the same way, for uniqueness and search', () => {
    expect(canonicalCaseNumber('(2020)闽0626刑初123号')).toBe(canonicalCaseNumber('（2020）闽0626刑初123号'))
    expect(canonicalCaseNumber('(2020)闽')).toBe('（2020）闽')
  })
})
