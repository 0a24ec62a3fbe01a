import { describe, it, expect } from 'vitest'
import { estimateActualCost, estimateVirtualCost } from '../../../electron/core/opinions/damage-estimate'
import { verifiedMultiplier } from '../../../electron/core/opinions/virtual-cost-multipliers'
import { AppError, errorInLanguage } from '../../../electron/shared/errors'
import type { FigureSource, VirtualCostInput } from '../../../electron/shared/opinions'
import { stepLines } from '../../../electron/shared/estimate-steps'

// Demo figures for the fictionalised pond case, marked as the investigator's
// judgement: about 4,000 m³ of wastewater, a unit treatment cost of 5.50 元/m³,
// and the minimum class III multiplier the court in the reference case accepted.
const DEMO: FigureSource = { kind: 'judgement', reference: '演示数据', note: '演示用研判数值，非真实案件数据' }
const judged = (low: string, high = low) => ({ low, high, source: DEMO })

function pondCase(overrides: Partial<VirtualCostInput> = {}): VirtualCostInput {
  return {
    quantity: { ...judged('4000'), unit: 'm3' },
    unitCostYuan: judged('5.50'),
    method: { version: 'recommended-2014', functionClass: 'III', multiplier: judged('4.5') },
    ...overrides
  }
}

function refusal(run: () => unknown): AppError {
  try {
    run()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected a refusal')
}

describe('virtual treatment cost, 2014 recommended method', () => {
  it('estimates the pond case at 99,000 yuan and shows every step', () => {
    const estimate = estimateVirtualCost(pondCase())
    expect(estimate.lowFen).toBe(9_900_000)
    expect(estimate.highFen).toBe(9_900_000)
    expect(estimate.method).toEqual({
      version: 'recommended-2014',
      document: '《环境损害鉴定评估推荐方法（第Ⅱ版）》（环办〔2014〕90号）',
      functionClass: 'III'
    })
    expect(estimate.steps.flatMap((s) => stepLines(s, 'zh'))).toEqual([
      '排放量 = 4,000 m³（来源：调查官研判，演示数据；演示用研判数值，非真实案件数据）',
      '单位治理成本 = 5.50 元/m³（来源：调查官研判，演示数据；演示用研判数值，非真实案件数据）',
      '倍数（受纳水体 III 类） = 4.5（来源：调查官研判，演示数据；演示用研判数值，非真实案件数据）',
      '虚拟治理成本 = 排放量 × 单位治理成本 = 4,000 m³ × 5.50 元/m³ = 22,000.00 元',
      '生态环境损害数额 = 虚拟治理成本 × 倍数 = 22,000.00 元 × 4.5 = 99,000.00 元'
    ])
  })

  it('prints the example of the brief: 2,000 m³ at 22.00 元/m³', () => {
    const estimate = estimateVirtualCost(pondCase({ quantity: { ...judged('2000'), unit: 'm3' }, unitCostYuan: judged('22') }))
    expect(stepLines(estimate.steps[3], 'zh')).toEqual(['虚拟治理成本 = 排放量 × 单位治理成本 = 2,000 m³ × 22.00 元/m³ = 44,000.00 元'])
    // Core keeps the numbers and their units as codes; the words come from the language.
    expect(estimate.steps[3]).toEqual({
      code: 'computed',
      subject: { kind: 'virtual_cost' },
      formula: { op: 'product', terms: [{ kind: 'discharge' }, { kind: 'unit_cost' }] },
      figures: [{ bound: 'point', expression: [{ value: '2,000', unit: 'm3' }, { value: '22.00', unit: 'yuan_per_m3' }], result: { value: '44,000.00', unit: 'yuan' } }]
    })
    expect(stepLines(estimate.steps[3], 'en')).toEqual(['Virtual treatment cost = Discharged quantity × Unit treatment cost = 2,000 m³ × 22.00 yuan/m³ = 44,000.00 yuan'])
  })

  it('reproduces the reference judgment: 3,203,728 元 × 4.5 = 14,416,776 元', () => {
    // 320.3728万元 of virtual cost at 22 元/t is 145,624 t.
    const estimate = estimateVirtualCost(pondCase({ quantity: { ...judged('145624'), unit: 't' }, unitCostYuan: judged('22') }))
    expect(estimate.lowFen).toBe(1_441_677_600)
    expect(stepLines(estimate.steps.at(-1)!, 'zh')).toEqual(['生态环境损害数额 = 虚拟治理成本 × 倍数 = 3,203,728.00 元 × 4.5 = 14,416,776.00 元'])
  })

  it('gives a low and a high figure from the ends of every range', () => {
    const estimate = estimateVirtualCost(
      pondCase({
        quantity: { ...judged('3800', '4200'), unit: 'm3' },
        unitCostYuan: judged('5.00', '6.00'),
        method: { version: 'recommended-2014', functionClass: 'III', multiplier: judged('4.5', '6') }
      })
    )
    expect(estimate.lowFen).toBe(8_550_000) // 3,800 × 5.00 × 4.5
    expect(estimate.highFen).toBe(15_120_000) // 4,200 × 6.00 × 6
    const lines = estimate.steps.flatMap((s) => stepLines(s, 'zh'))
    expect(lines).toContain('排放量 = 3,800 ~ 4,200 m³（来源：调查官研判，演示数据；演示用研判数值，非真实案件数据）')
    expect(lines).toContain('虚拟治理成本（低值） = 排放量 × 单位治理成本 = 3,800 m³ × 5.00 元/m³ = 19,000.00 元')
    expect(lines).toContain('虚拟治理成本（高值） = 排放量 × 单位治理成本 = 4,200 m³ × 6.00 元/m³ = 25,200.00 元')
    expect(lines).toContain('生态环境损害数额（低值） = 虚拟治理成本 × 倍数 = 19,000.00 元 × 4.5 = 85,500.00 元')
    expect(lines).toContain('生态环境损害数额（高值） = 虚拟治理成本 × 倍数 = 25,200.00 元 × 6 = 151,200.00 元')
  })

  it('rounds once, at the end, half up to the fen', () => {
    // 3 m³ × 5.555 元/m³ = 16.665 元; × 4.5 = 74.9925 元 → 74.99 元.
    // Rounding each step would give 16.67 元 × 4.5 = 75.015 元 → 75.02 元.
    const estimate = estimateVirtualCost(pondCase({ quantity: { ...judged('3'), unit: 'm3' }, unitCostYuan: judged('5.555') }))
    expect(estimate.lowFen).toBe(7499)
    expect(estimate.steps.flatMap((s) => stepLines(s, 'zh')).slice(3)).toEqual([
      '虚拟治理成本 = 排放量 × 单位治理成本 = 3 m³ × 5.555 元/m³ = 16.665 元',
      '生态环境损害数额 = 虚拟治理成本 × 倍数 = 16.665 元 × 4.5 = 74.9925 元',
      '生态环境损害数额 = 74.9925 元，四舍五入至分为 74.99 元'
    ])
  })

  it('rounds an exact half fen up', () => {
    // 1 t × 0.001 元/t × 5 = 0.005 元 → 0.01 元.
    const estimate = estimateVirtualCost(pondCase({ quantity: { ...judged('1'), unit: 't' }, unitCostYuan: judged('0.001'), method: { version: 'recommended-2014', functionClass: 'I', multiplier: judged('5') } }))
    expect(estimate.lowFen).toBe(1)
  })

  it('offers the verified class III range 4.5–6 with its source, and nothing for the other classes', () => {
    const offered = verifiedMultiplier('III')
    expect(offered).toMatchObject({ low: '4.5', high: '6', source: { kind: 'standard', reference: '《环境损害鉴定评估推荐方法（第Ⅱ版）》（环办〔2014〕90号）' } })
    expect(offered?.source.note).toContain('http://szsijia.com/vod/101535-1-14.html')
    for (const cls of ['I', 'II', 'IV', 'V'] as const) expect(verifiedMultiplier(cls)).toBeNull()
  })

  it('refuses a class III multiplier outside the verified range', () => {
    const error = refusal(() =>
      estimateVirtualCost(pondCase({ method: { version: 'recommended-2014', functionClass: 'III', multiplier: judged('3', '6.5') } }))
    )
    expect(error.code).toBe('invalid_input')
    expect(error.fieldErrors).toEqual({
      'method.multiplier.low': 'III 类水体的倍数应在 4.5–6 之间（《环境损害鉴定评估推荐方法（第Ⅱ版）》（环办〔2014〕90号））',
      'method.multiplier.high': 'III 类水体的倍数应在 4.5–6 之间（《环境损害鉴定评估推荐方法（第Ⅱ版）》（环办〔2014〕90号））'
    })
    // The English UI words the fields from the reason (the document keeps its Chinese title, as cited).
    expect(errorInLanguage(error.toJSON(), 'en').fieldErrors?.['method.multiplier.low']).toBe(
      'For class III water the multiplier lies between 4.5 and 6 (《环境损害鉴定评估推荐方法（第Ⅱ版）》（环办〔2014〕90号）)'
    )
  })

  it('takes an unverified class multiplier as entered, with its source', () => {
    const source: FigureSource = { kind: 'literature', reference: '某省环境损害评估技术文件（演示）', note: 'IV 类取 3–4.5 倍' }
    const estimate = estimateVirtualCost(pondCase({ method: { version: 'recommended-2014', functionClass: 'IV', multiplier: { low: '3', high: '4.5', source } } }))
    expect(estimate.lowFen).toBe(6_600_000)
    expect(estimate.highFen).toBe(9_900_000)
    expect(stepLines(estimate.steps[2], 'zh')).toEqual(['倍数（受纳水体 IV 类） = 3 ~ 4.5（来源：文献，某省环境损害评估技术文件（演示）；IV 类取 3–4.5 倍）'])
    expect(estimate.steps[2]).toMatchObject({ code: 'entered', source })
  })
})

describe('virtual treatment cost, GB/T 39793.2-2020', () => {
  const coefficientSource: FigureSource = { kind: 'standard', reference: 'GB/T 39793.2-2020 表1（演示）', note: '' }

  it('multiplies E × C × γ with γ entered, and records the composition used', () => {
    const estimate = estimateVirtualCost(
      pondCase({
        method: {
          version: 'gbt-39793.2-2020',
          gamma: { kind: 'entered', value: judged('3.75'), composition: 'γ = α × τ × ω（演示）', components: [] }
        }
      })
    )
    expect(estimate.lowFen).toBe(8_250_000) // 4,000 × 5.50 × 3.75
    expect(estimate.method).toEqual({ version: 'gbt-39793.2-2020', document: expect.stringContaining('GB/T 39793.2-2020'), gammaComposition: 'γ = α × τ × ω（演示）' })
    expect(estimate.steps.flatMap((s) => stepLines(s, 'zh')).slice(2)).toEqual([
      '调整系数 γ（γ = α × τ × ω（演示）） = 3.75（来源：调查官研判，演示数据；演示用研判数值，非真实案件数据）',
      '虚拟治理成本 = 排放数量 E × 单位治理成本 C = 4,000 m³ × 5.50 元/m³ = 22,000.00 元',
      '生态环境损害数额 D = 虚拟治理成本 × γ = 22,000.00 元 × 3.75 = 82,500.00 元'
    ])
  })

  it('computes γ as the product of the coefficients entered, each with its source', () => {
    const estimate = estimateVirtualCost(
      pondCase({
        method: {
          version: 'gbt-39793.2-2020',
          gamma: {
            kind: 'product',
            composition: '按 α × τ × ω 计（演示）',
            components: [
              { symbol: 'α', name: '危害系数', value: { low: '1', high: '1.2', source: coefficientSource } },
              { symbol: 'τ', name: '超标系数', value: { low: '1.25', high: '1.25', source: coefficientSource } },
              { symbol: 'ω', name: '环境功能系数', value: { low: '2', high: '2', source: coefficientSource } }
            ]
          }
        }
      })
    )
    expect(estimate.lowFen).toBe(5_500_000) // 22,000 × 2.5
    expect(estimate.highFen).toBe(6_600_000) // 22,000 × 3
    const lines = estimate.steps.flatMap((s) => stepLines(s, 'zh'))
    expect(lines).toContain('危害系数 α = 1 ~ 1.2（来源：标准或规范，GB/T 39793.2-2020 表1（演示））')
    expect(lines).toContain('调整系数 γ（按 α × τ × ω 计（演示））（低值） = α × τ × ω = 1 × 1.25 × 2 = 2.5')
    expect(lines).toContain('调整系数 γ（按 α × τ × ω 计（演示））（高值） = α × τ × ω = 1.2 × 1.25 × 2 = 3')
  })

  it('refuses a product γ without coefficients and an entered γ without its composition', () => {
    const noComponents = refusal(() =>
      estimateVirtualCost(pondCase({ method: { version: 'gbt-39793.2-2020', gamma: { kind: 'product', composition: 'α × τ × ω', components: [] } } }))
    )
    expect(noComponents.fieldErrors).toEqual({ 'method.gamma.components': '至少填写一个系数' })
    const noComposition = refusal(() =>
      estimateVirtualCost(
        pondCase({ method: { version: 'gbt-39793.2-2020', gamma: { kind: 'entered', value: judged('3'), composition: ' ', components: [] } } })
      )
    )
    expect(noComposition.fieldErrors).toEqual({ 'method.gamma.composition': '请说明 γ 的构成及其依据' })
  })
})

describe('refusals', () => {
  it.each([
    ['', '请填写数值'],
    ['-4000', '不能为负数'],
    ['abc', '请填写数字，如 22.00'],
    ['1e3', '请填写数字，如 22.00'],
    ['0', '须大于 0'],
    ['0.000', '须大于 0']
  ])('refuses a quantity of %j: %s', (low, message) => {
    const error = refusal(() => estimateVirtualCost(pondCase({ quantity: { low, high: '4000', source: DEMO, unit: 'm3' } })))
    expect(error.code).toBe('invalid_input')
    expect(error.message).toBe(`输入有误：${message}`)
    expect(error.fieldErrors).toEqual({ 'quantity.low': message })
  })

  it('refuses a high figure below the low one', () => {
    const error = refusal(() => estimateVirtualCost(pondCase({ unitCostYuan: judged('6.00', '5.5') })))
    expect(error.fieldErrors).toEqual({ 'unitCostYuan.high': '高值不能低于低值' })
  })

  it('refuses a figure without its source, and a judgement without its reasons', () => {
    const noReference = refusal(() => estimateVirtualCost(pondCase({ unitCostYuan: { low: '5', high: '5', source: { kind: 'official_price', reference: '', note: '' } } })))
    expect(noReference.fieldErrors).toEqual({ 'unitCostYuan.source.reference': '请填写来源（文件名称、报告编号或依据）' })
    const noReasons = refusal(() => estimateVirtualCost(pondCase({ unitCostYuan: { low: '5', high: '5', source: { kind: 'judgement', reference: '现场勘查', note: '' } } })))
    expect(noReasons.fieldErrors).toEqual({ 'unitCostYuan.source.note': '研判得出的数值须说明理由' })
  })

  it('refuses a missing unit and function class', () => {
    const input = pondCase()
    const error = refusal(() =>
      estimateVirtualCost({
        ...input,
        quantity: { ...judged('4000'), unit: 'kg' as 'm3' },
        method: { version: 'recommended-2014', functionClass: 'VI' as 'V', multiplier: judged('4.5') }
      })
    )
    expect(error.fieldErrors).toEqual({ 'quantity.unit': '请选择计量单位', 'method.functionClass': '请选择受纳水体功能类别' })
  })

  it('refuses figures whose damage would not fit in a safe integer of fen', () => {
    const error = refusal(() =>
      estimateVirtualCost(pondCase({ quantity: { ...judged('99999999999999999999'), unit: 't' }, unitCostYuan: judged('99999999999999999999') }))
    )
    expect(error.message).toBe('计算结果超出可记录的金额范围，请核对数值')
  })
})

describe('actual-cost estimate', () => {
  const invoice: FigureSource = { kind: 'official_price', reference: '发票 No.00123456（演示）', note: '' }

  it('sums the real treatment costs item by item', () => {
    const estimate = estimateActualCost({
      items: [
        { description: '应急抽排费', amountFen: 1_200_000, source: invoice },
        { description: '水生植物种植费', amountFen: 3_550_050, source: invoice },
        { description: '监测费', amountFen: 80_000, source: { kind: 'lab_report', reference: '县监测站报告 JC-2020-017（演示）', note: '三次采样' } }
      ]
    })
    expect(estimate.totalFen).toBe(4_830_050)
    expect(estimate.steps.flatMap((s) => stepLines(s, 'zh'))).toEqual([
      '应急抽排费 = 12,000.00 元（来源：官方价格，发票 No.00123456（演示））',
      '水生植物种植费 = 35,500.50 元（来源：官方价格，发票 No.00123456（演示））',
      '监测费 = 800.00 元（来源：检测报告，县监测站报告 JC-2020-017（演示）；三次采样）',
      '实际治理费用合计 = 应急抽排费 + 水生植物种植费 + 监测费 = 12,000.00 元 + 35,500.50 元 + 800.00 元 = 48,300.50 元'
    ])
  })

  it('refuses no items, negative and fractional amounts', () => {
    expect(refusal(() => estimateActualCost({ items: [] })).fieldErrors).toEqual({ items: '至少填写一项实际费用' })
    const error = refusal(() =>
      estimateActualCost({
        items: [
          { description: '抽排', amountFen: -100, source: invoice },
          { description: '种植', amountFen: 10.5, source: invoice }
        ]
      })
    )
    expect(error.fieldErrors).toEqual({ 'items.0.amountFen': '不能为负数', 'items.1.amountFen': '金额须精确到分' })
  })
})
