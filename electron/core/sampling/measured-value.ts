import { formatShanghai } from '../../shared/shanghai-time'
import type { Parameter } from './parameters'
import type { ErrorParams, ErrorReason } from '../../shared/errors'
import type { ImportProblem } from '../../shared/import-problems'
import { parameterPart } from '../../shared/parameter-names'

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
  problem: ImportProblem
}

interface Bounds {
  min: number
  max: number
  /** Why no instrument reports beyond them, a reason of the catalog. */
  why: ErrorReason
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
  'mg/L': { min: 0, max: 1e6, why: 'bound_why_water_concentration' },
  'mg/kg': { min: 0, max: 1e6, why: 'bound_why_mass_fraction' },
  '个/L': { min: 0, max: 1e15, why: 'bound_why_count' },
  '℃': { min: -2, max: 100, why: 'bound_why_celsius' },
  无量纲: { min: 0, max: 14, why: 'bound_why_ph' }
}
const OTHER_BOUNDS: Bounds = { min: 0, max: 1e9, why: 'bound_why_field_meter' }

/**
 * Dissolved oxygen cannot exceed its solubility under pure oxygen at one
 * atmosphere and 0 ℃: about 14.6 mg/L in air (an oxygen partial pressure of
 * 0.21 atm) scales by Henry's law to about 70 mg/L.
 */
const DISSOLVED_OXYGEN_MAX = 70

function boundsOf(m: Pick<MeasuredValue, 'parameter' | 'unit'>): Bounds {
  if (m.parameter.key === 'do') {
    return { min: 0, max: DISSOLVED_OXYGEN_MAX, why: 'bound_why_dissolved_oxygen' }
  }
  return UNIT_BOUNDS[m.unit] ?? OTHER_BOUNDS
}

/** The value's own problems (bounds), known before the sample is looked up: the CSV parser checks them per row. */
export function valueProblems(m: Pick<MeasuredValue, 'parameter' | 'value' | 'detectionLimit' | 'unit'>): MeasuredValueProblem[] {
  const problems: MeasuredValueProblem[] = []
  const bounds = boundsOf(m)
  const about = { parameter: parameterPart(m.parameter.key), unit: m.unit, why: [{ reason: bounds.why }] }
  const problem = (field: MeasuredValueProblem['field'], reason: ErrorReason, params: ErrorParams) => problems.push({ field, problem: { reason, params: { ...about, ...params } } })
  if (!Number.isFinite(m.value)) problem('value', 'measured_value_not_finite', {})
  else if (m.value < bounds.min) problem('value', bounds.min === 0 ? 'measured_value_negative' : 'measured_value_below', { value: m.value, min: bounds.min })
  else if (m.value > bounds.max) problem('value', 'measured_value_implausible', { value: m.value })
  if (m.detectionLimit !== null && (!Number.isFinite(m.detectionLimit) || m.detectionLimit > bounds.max)) {
    problem('detectionLimit', 'measured_limit_implausible', { limit: m.detectionLimit })
  }
  return problems
}

/** A sample is analysed after it is taken; an earlier analysis belongs to another sample or is a typing error. */
export function analysisProblems(m: Pick<MeasuredValue, 'sampledAt' | 'analysedAt'>): MeasuredValueProblem[] {
  if (Date.parse(m.analysedAt) >= Date.parse(m.sampledAt)) return []
  const params = { analysedAt: formatShanghai(m.analysedAt), sampledAt: formatShanghai(m.sampledAt) }
  return [{ field: 'analysedAt', problem: { reason: 'measured_analysed_before_sampling', params } }]
}

/** Every problem of one measured value; none means it may be stored. */
export function measuredValueProblems(m: MeasuredValue): MeasuredValueProblem[] {
  return [...valueProblems(m), ...analysisProblems(m)]
}
