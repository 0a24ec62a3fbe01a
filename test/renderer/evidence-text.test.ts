import { describe, expect, it } from 'vitest'
import i18n from '../../src/i18n'
import { hasMarkedValues, sampleClassText, sampleResultsText } from '../../src/opinions/evidence-text'
import type { OpinionSample } from '../../electron/shared/opinions'

const t = i18n.getFixedT('zh-CN')

const relied: OpinionSample = {
  sampleId: '01900000-0000-7000-8000-0000000000s1',
  visitId: null,
  code: '2020-0626-123-SW-001',
  siteName: '黎某作坊旁池塘',
  sampledAt: '2020-05-12T02:30:00.000Z',
  matrix: 'surface_water',
  qcType: 'normal',
  voided: false,
  results: [
    { parameterKey: 'cod', value: 38, qualifier: null, unit: 'mg/L', source: 'lab', exceededByHours: 2 },
    { parameterKey: 'nh3_n', value: 0.8, qualifier: null, unit: 'mg/L', source: 'lab', exceededByHours: null },
    { parameterKey: 'do', value: 3.1, qualifier: null, unit: 'mg/L', source: 'field', exceededByHours: null }
  ],
  evaluation: {
    standard: 'gb3838',
    waterbody: 'lake',
    class: 'V',
    deciding: [{ key: 'cod' }],
    grade: 'moderately_polluted',
    items: [],
    indeterminate: [],
    pastHoldingTime: [{ key: 'cod', maxHours: 48, exceededByHours: 2 }]
  }
}

describe('the opinion’s sample text', () => {
  it('marks a field measurement and a result analysed past its holding time, in the results and in the class', () => {
    expect(sampleResultsText(relied, t)).toBe('化学需氧量(COD) 38 mg/L（超过保存时限 2 小时分析）；氨氮(NH3-N) 0.8 mg/L；溶解氧 3.1 mg/L（现场测定）')
    expect(sampleClassText(relied, t)).toBe('GB 3838 V 类（所依 化学需氧量(COD) 超过保存时限分析）')
    expect(hasMarkedValues([relied])).toBe(true)
  })

  it('names the parameters, marks and class from their codes in English', async () => {
    await i18n.loadLanguages('en')
    const en = i18n.getFixedT('en')
    expect(sampleResultsText(relied, en)).toBe(
      'Chemical oxygen demand (COD) 38 mg/L (analysed 2 h past the holding time); Ammonia nitrogen (NH3-N) 0.8 mg/L; Dissolved oxygen 3.1 mg/L (field measurement)'
    )
    expect(sampleResultsText(relied, en)).not.toMatch(/\p{Script=Han}/u)
  })

  it('reads a sample frozen by a signature before the marks were kept as it was signed, unmarked', () => {
    const { pastHoldingTime: _late, ...evaluation } = relied.evaluation as Extract<OpinionSample['evaluation'], { standard: 'gb3838' }>
    const frozen: OpinionSample = {
      ...relied,
      // Frozen before codes: the Chinese name as signed.
      results: [
        { parameterName: '化学需氧量(COD)', value: 38, qualifier: null, unit: 'mg/L' },
        { parameterName: '氨氮(NH3-N)', value: 0.8, qualifier: null, unit: 'mg/L' },
        { parameterName: '溶解氧', value: 3.1, qualifier: null, unit: 'mg/L' }
      ],
      evaluation
    }
    expect(sampleResultsText(frozen, t)).toBe('化学需氧量(COD) 38 mg/L；氨氮(NH3-N) 0.8 mg/L；溶解氧 3.1 mg/L')
    expect(sampleClassText(frozen, t)).toBe('GB 3838 V 类')
    expect(hasMarkedValues([frozen])).toBe(false)
  })
})
