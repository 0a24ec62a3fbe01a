import { formatShanghai } from '../../shared/shanghai-time'
import type { Parameter } from './parameters'

/**
 * The one rule for a measured value, whichever way it enters (the result
 * form, the CSV import, the API): the same checks, the same words. It sees
 * the value already in the parameter's canonical unit (so "units known for
 * the parameter" is settled before, by `toParameterUnit`).
 */
export interface MeasuredValue {
  parameter: Parameter
  value: number
  detectionLimit: number | null
  /** The canonical unit the value is in. */
  unit: string
  sampledAt: string
  analysedAt: string
}

export interface MeasuredValueProblem {
  field: 'value' | 'detectionLimit' | 'analysedAt'
  message: string
}

interface Bounds {
  min: number
  max: number
  why: string
}

/**
 * Physical bounds by canonical unit; beyond them no instrument reports.
 * - mg/L: a litre of water weighs 10⁶ mg, so no dissolved concentration exceeds 10⁶ mg/L;
 * - mg/kg: a mass fraction cannot exceed the whole kilogram, 10⁶ mg/kg;
 * - 个/L: bacteria packed solid (about 1 µm³ each) number about 10¹⁵ per litre;
 * - ℃: liquid water at ambient pressure, from about −2 ℃ (sea water freezes at −1.9 ℃) to 100 ℃;
 * - pH: the 0–14 scale of aqueous measurement.
 * Units not listed (field meters' µS/cm, NTU, cm) are bounded at 10⁹, which no field meter shows.
 */
const UNIT_BOUNDS: Record<string, Bounds> = {
  'mg/L': { min: 0, max: 1e6, why: '一升水仅重 10⁶ mg，溶解浓度不可能超过 10⁶ mg/L' },
  'mg/kg': { min: 0, max: 1e6, why: '含量不可能超过 10⁶ mg/kg（即全部质量）' },
  '个/L': { min: 0, max: 1e15, why: '细菌密集排列也不超过约 10¹⁵ 个/L' },
  '℃': { min: -2, max: 100, why: '液态水温度在约 −2 ℃ 至 100 ℃ 之间' },
  无量纲: { min: 0, max: 14, why: 'pH 值在 0 至 14 之间' }
}
const OTHER_BOUNDS: Bounds = { min: 0, max: 1e9, why: '超出现场仪器的显示范围' }

/**
 * Dissolved oxygen cannot exceed its solubility under pure oxygen at one
 * atmosphere and 0 ℃: about 14.6 mg/L in air (an oxygen partial pressure of
 * 0.21 atm) scales by Henry's law to about 70 mg/L.
 */
const DISSOLVED_OXYGEN_MAX = 70

function boundsOf(m: Pick<MeasuredValue, 'parameter' | 'unit'>): Bounds {
  if (m.parameter.key === 'do') {
    return { min: 0, max: DISSOLVED_OXYGEN_MAX, why: '溶解氧不可能超过纯氧、1 个大气压、0 ℃ 下的溶解度（约 70 mg/L）' }
  }
  return UNIT_BOUNDS[m.unit] ?? OTHER_BOUNDS
}

/** The value's own problems (bounds), known before the sample is looked up: the CSV parser checks them per row. */
export function valueProblems(m: Pick<MeasuredValue, 'parameter' | 'value' | 'detectionLimit' | 'unit'>): MeasuredValueProblem[] {
  const problems: MeasuredValueProblem[] = []
  const bounds = boundsOf(m)
  const name = m.parameter.nameZh
  if (!Number.isFinite(m.value)) {
    problems.push({ field: 'value', message: `${name}的测定值不是有限数` })
  } else if (m.value < bounds.min) {
    problems.push({
      field: 'value',
      message: bounds.min === 0 ? `${name}的测定值不能为负数：${m.value} ${m.unit}` : `${name}的测定值 ${m.value} ${m.unit} 低于 ${bounds.min}（${bounds.why}）`
    })
  } else if (m.value > bounds.max) {
    problems.push({ field: 'value', message: `${name}的测定值 ${m.value} ${m.unit} 不可信：${bounds.why}` })
  }
  if (m.detectionLimit !== null && (!Number.isFinite(m.detectionLimit) || m.detectionLimit > bounds.max)) {
    problems.push({ field: 'detectionLimit', message: `${name}的检出限 ${m.detectionLimit} ${m.unit} 不可信：${bounds.why}` })
  }
  return problems
}

/** A sample is analysed after it is taken; an earlier analysis belongs to another sample or is a typing error. */
export function analysisProblems(m: Pick<MeasuredValue, 'sampledAt' | 'analysedAt'>): MeasuredValueProblem[] {
  if (Date.parse(m.analysedAt) >= Date.parse(m.sampledAt)) return []
  return [{ field: 'analysedAt', message: `分析时间 ${formatShanghai(m.analysedAt)} 早于采样时间 ${formatShanghai(m.sampledAt)}` }]
}

/** Every problem of one measured value, in Chinese; none means it may be stored. */
export function measuredValueProblems(m: MeasuredValue): MeasuredValueProblem[] {
  return [...valueProblems(m), ...analysisProblems(m)]
}
