import { describe, expect, it } from 'vitest'
import codes from '../../resources/reference/case_number_codes.json'
import { parseCaseNumber } from '../../electron/shared/case-number'
import { partText, reasonText } from '../../electron/shared/errors'
import { issuePart } from '../../electron/shared/schema-issues'
import { caseInput, type CaseInput } from '../../electron/shared/cases'
import { suggestCaseShortCode } from '../../electron/core/sampling/sample-code'
import { caseShortCode } from '../../electron/shared/sampling'
import { pondCase } from './support/case-fixtures'

/** One high court code per province-level court, as art. 4 of the 2015 rules fixes them (内, 军, 兵 included). */
const highCourts = ['京', '津', '冀', '晋', '内', '辽', '吉', '黑', '沪', '苏', '浙', '皖', '闽', '赣', '鲁', '豫', '鄂', '湘', '粤', '桂', '琼', '渝', '川', '黔', '云', '藏', '陕', '甘', '青', '宁', '新', '军', '兵']

describe('the case number parser', () => {
  it.each(highCourts)('reads numbers of the high, an intermediate and a basic court of %s', (court) => {
    for (const [digits, level] of [['', 'high'], ['01', 'intermediate'], ['0102', 'basic']] as const) {
      const reading = parseCaseNumber(`（2021）${court}${digits}民初7号`)
      expect(reading.ok && reading.value).toMatchObject({ courtCode: `${court}${digits}`, courtLevel: level, form: 'current' })
    }
  })

  it.each([
    ['(2020)闽0626刑初123号', { text: '（2020）闽0626刑初123号', year: 2020, courtCode: '闽0626', typeWord: '刑初', sequence: 123, kind: 'criminal', impliedStage: 'first_instance', courtLevel: 'basic' }],
    ['（2021）闽06民终88号', { courtCode: '闽06', typeWord: '民终', kind: 'civil', impliedStage: 'second_instance', courtLevel: 'intermediate' }],
    ['（2019）最高法行再5号', { courtCode: '最高法', typeWord: '行再', kind: 'administrative', impliedStage: 'retrial', courtLevel: 'supreme' }],
    ['（2019）最高法知民终1号', { specialisedCode: '知', typeWord: '民终', kind: 'civil', impliedStage: 'second_instance', text: '（2019）最高法知民终1号' }],
    ['（2019）最高法知行终61号', { specialisedCode: '知', typeWord: '行终', kind: 'administrative' }],
    ['（2020）黔0102刑初5号', { courtCode: '黔0102', courtLevel: 'basic' }],
    ['（2020）内01民初9号', { courtCode: '内01' }],
    ['（2019）沪72民初100号', { specialCourt: '海事法院', courtLevel: 'intermediate' }],
    ['（2019）京73民初500号', { specialCourt: '知识产权法院' }],
    ['（2018）京0491民初1号', { courtCode: '京0491', courtLevel: 'basic', specialCourt: null }],
    ['（2020）京71刑初2号', { specialCourt: '铁路运输中级法院' }],
    ['（2021）闽民申30号', { courtLevel: 'high', typeWord: '民申', impliedStage: 'retrial' }],
    ['（2021）最高法司救民12号', { typeWord: '司救民', kind: 'other', typeNames: ['民事司法救助案件'] }],
    ['（2020）粤03破申45号', { typeWord: '破申', typeNames: ['破产申请审查案件'] }],
    ['（2020）最高法刑核12345678号', { typeWord: '刑核', sequence: 12345678 }],
    ['（2020）浙0192民初3号', { courtCode: '浙0192' }],
    ['（2021）闽0626民保令1号', { typeWord: '民保令' }],
    ['（2022）闽0626行保复1号', { typeWord: '行保复', kind: 'other' }],
    ['(2022)闽0626执恢7号', { typeWord: '执恢', kind: 'enforcement', impliedStage: 'enforcement' }],
    ['(2022)闽执9号', { courtCode: '闽', typeWord: '执', sequence: 9 }],
    [' ( 2020 )闽0626 刑初 123 号 ', { text: '（2020）闽0626刑初123号' }],
    ['（2020）闽0626民特3号', { typeWord: '民特', impliedStage: null }],
    ['（2014）苏环公民终字第00001号', { form: 'legacy', year: 2014, courtCode: '苏', typeWord: '苏环公民终', sequence: 1, text: '（2014）苏环公民终字第00001号' }],
    ['(2005)沪高民三(知)终字第36号', { form: 'legacy', year: 2005, courtCode: '沪', typeWord: '沪高民三（知）终', sequence: 36 }],
    ['（2007）民三终字第4号', { form: 'legacy', courtCode: null, courtLevel: null, sequence: 4 }],
    ['（2015）泰中环公刑初字第3号', { form: 'legacy', courtCode: null, sequence: 3 }]
  ])('reads %s', (text, expected) => {
    const reading = parseCaseNumber(text)
    expect(reading.ok && reading.value).toMatchObject(expected)
  })

  it('accepts every type code of the reference table, with and without the IP code 知', () => {
    for (const row of codes.types) {
      const sequence = row.word === '刑核' ? '10000001' : '1'
      expect(parseCaseNumber(`（2021）闽06${row.word}${sequence}号`).ok, row.word).toBe(true)
      expect(parseCaseNumber(`（2021）最高法知${row.word}${sequence}号`).ok, `知${row.word}`).toBe(true)
    }
  })

  it.each([
    ['', '请填写案号'],
    ['2020闽0626刑初123号', '案号须以括号中的收案年度开头'],
    ['(2020)闽0626刑初123', '案号须以“号”结尾'],
    ['(20)闽0626刑初123号', '收案年度须为四位数字'],
    ['(1890)闽0626刑初123号', '收案年度 1890 不在有效范围内'],
    ['(2020)福0626刑初123号', '法院代字“福”不是《关于人民法院案件案号的若干规定》第四条的高级法院代字'],
    ['(2020)贵0102刑初5号', '法院代字“贵”不是《关于人民法院案件案号的若干规定》第四条的高级法院代字，应为“黔”'],
    ['(2020)蒙01民初9号', '应为“内”'],
    ['(2020)闽626刑初123号', '数字部分须为 2 位（中级法院）或 4 位（基层法院）'],
    ['(2020)闽0626刑诉123号', '类型代字“刑诉”不在《人民法院案件类型及其代字标准》中'],
    ['(2019)最高法环民终1号', '专门审判代字“环”不在最高人民法院确定的专门审判代字中'],
    ['(2020)闽0626刑初0123号', '案件编号须为不以 0 开头的正整数'],
    ['(2020)最高法刑核123号', '刑事复核案件的编号须为 8 位数字'],
    ['(2020)闽0626123号', '案号格式应为'],
    ['(2020)最高法01民终1号', '最高法”后不带数字'],
    ['(2017)苏环公民终字第1号', '2017 年起案号按《关于人民法院案件案号的若干规定》编制，不再使用“字第”格式'],
    ['(2014)苏环公民终字第0号', '案件编号须为正整数']
  ])('refuses %j saying what is wrong', (text, message) => {
    const reading = parseCaseNumber(text)
    expect(reading.ok).toBe(false)
    if (!reading.ok) expect(reasonText(reading.reason, reading.params, 'zh')).toContain(message)
  })

  it('says what is wrong by a reason the English UI words in English, naming the parts of the number', () => {
    const reading = parseCaseNumber('(2020)贵0102刑初5号')
    expect(reading).toMatchObject({ ok: false, reason: 'case_number_court_mistaken', params: { courtChar: '贵', meant: '黔' } })
    if (!reading.ok) expect(reasonText(reading.reason, reading.params, 'en')).toBe('The court code “贵” is not a high court\'s code under Art. 4 of the Provisions on Case Numbers; it should be “黔”')
  })

  it('writes half-width and full-width brackets the same way, for uniqueness (search folds them itself)', () => {
    const text = (raw: string) => {
      const reading = parseCaseNumber(raw)
      return reading.ok ? reading.value.text : null
    }
    expect(text('(2020)闽0626刑初123号')).toBe(text('（2020）闽0626刑初123号'))
    expect(text('(2014)苏环公民终字第00001号')).toBe('（2014）苏环公民终字第00001号')
  })

  // The parser alone is not the app: the registration schema (checked again in core) and the sample codes read the same numbers.
  it.each([
    ['（2020）黔0102刑初5号', 'criminal', 'first_instance', '2020-0102-5'],
    ['（2020）内01民初9号', 'civil', 'first_instance', '2020-01-9'],
    ['（2021）军01刑初7号', 'criminal', 'first_instance', '2021-01-7'],
    ['（2021）兵08民终3号', 'civil', 'second_instance', '2021-08-3'],
    ['（2019）沪72民初100号', 'civil', 'first_instance', '2019-72-100'],
    ['（2019）最高法知民终1号', 'civil', 'second_instance', '2019-1'],
    ['（2019）最高法知行终61号', 'administrative', 'second_instance', '2019-61'],
    ['（2021）最高法司救民12号', 'civil', 'first_instance', '2021-12'],
    ['（2020）粤03破申45号', 'civil', 'first_instance', '2020-03-45'],
    ['（2014）苏环公民终字第00001号', 'public_interest', 'second_instance', '2014-00001']
  ] as const)('registers %s and gives its samples an ASCII short code', (caseNumber, type, stage, shortCode) => {
    const parsed = caseInput.safeParse(pondCase({ caseNumber, type, stage } satisfies Partial<CaseInput>))
    expect(parsed.error?.issues ?? []).toEqual([])
    expect(suggestCaseShortCode(caseNumber)).toBe(shortCode)
    expect(caseShortCode.safeParse(shortCode).success).toBe(true)
  })

  it('refuses a number whose type code contradicts the case type or stage chosen', () => {
    const issues = (input: Partial<CaseInput>) => caseInput.safeParse(pondCase(input)).error?.issues.map((i) => [i.path.join('.'), partText(issuePart(i), 'zh')])
    expect(issues({ caseNumber: '（2019）最高法知民终1号', type: 'criminal', stage: 'second_instance' })).toEqual([['type', '案号类型代字“民终”与所选案件类型不符']])
    expect(issues({ caseNumber: '（2019）最高法知民终1号', type: 'civil', stage: 'first_instance' })).toEqual([['stage', '案号类型代字“民终”与所选审级不符']])
  })
})
