import { AppError } from '../../shared/errors'

/** A measured value with its detection limit, both in the same unit. */
export interface Quantity {
  value: number
  detectionLimit: number | null
}

// Units convert only within a dimension; `powerOfTen` places each unit against
// its dimension's canonical unit (mg/L for water, mg/kg for soil).
const UNITS: Record<string, { dimension: string; powerOfTen: number }> = {
  'mg/L': { dimension: 'mass concentration', powerOfTen: 0 },
  'µg/L': { dimension: 'mass concentration', powerOfTen: -3 },
  'ng/L': { dimension: 'mass concentration', powerOfTen: -6 },
  'mg/kg': { dimension: 'mass fraction', powerOfTen: 0 },
  'µg/kg': { dimension: 'mass fraction', powerOfTen: -3 },
  'g/kg': { dimension: 'mass fraction', powerOfTen: 3 },
  '℃': { dimension: 'temperature', powerOfTen: 0 },
  无量纲: { dimension: 'dimensionless', powerOfTen: 0 },
  '个/L': { dimension: 'count concentration', powerOfTen: 0 }
}

// Lab reports spell the same unit several ways: a lowercase litre, the Greek mu
// (U+03BC) or a plain "u" for the micro sign (U+00B5), and GB 3838's own
// "无量纲 (dimensionless)" for pH.
const SPELLINGS: Record<string, string> = {
  'mg/l': 'mg/L',
  'μg/L': 'µg/L',
  'μg/l': 'µg/L',
  'µg/l': 'µg/L',
  'ug/L': 'µg/L',
  'ug/l': 'µg/L',
  'ng/l': 'ng/L',
  'μg/kg': 'µg/kg',
  'ug/kg': 'µg/kg',
  '°C': '℃',
  dimensionless: '无量纲',
  '无量纲 (dimensionless)': '无量纲'
}

function canonicalSpelling(unit: string): string {
  const trimmed = unit.trim()
  return SPELLINGS[trimmed] ?? trimmed
}

/**
 * Expresses a measured value and its detection limit in `targetUnit`
 * (normally the standard's unit: mg/L for water, mg/kg for soil, or the
 * parameter's own unit such as ℃, 无量纲 or 个/L, which pass through).
 *
 * @throws AppError `invalid_input` when either unit is unknown
 *   (`不支持的单位：…`) or the two cannot be converted into each other.
 */
export function normaliseUnit(quantity: Quantity, unit: string, targetUnit: string): Quantity {
  const from = canonicalSpelling(unit)
  const to = canonicalSpelling(targetUnit)
  // A unit the table does not know (µS/cm, NTU…) is still fine when it is
  // exactly the parameter's own unit: nothing to convert.
  if (from === to) return { ...quantity }
  const fromUnit = UNITS[from]
  const toUnit = UNITS[to]
  if (!fromUnit) throw new AppError('invalid_input', 'unit_unsupported', { unit })
  if (!toUnit) throw new AppError('invalid_input', 'unit_unsupported', { unit: targetUnit })
  if (fromUnit.dimension !== toUnit.dimension) {
    throw new AppError('invalid_input', 'unit_incompatible', { unit, target: targetUnit })
  }
  const shift = fromUnit.powerOfTen - toUnit.powerOfTen
  const convert = (x: number): number => scaleByPowerOfTen(x, shift)
  return {
    value: convert(quantity.value),
    detectionLimit: quantity.detectionLimit === null ? null : convert(quantity.detectionLimit)
  }
}

function scaleByPowerOfTen(x: number, shift: number): number {
  // Dividing by an exact power of ten (rather than multiplying by 0.001) and
  // rounding to 15 significant digits keeps a lab's decimal exact: 5 µg/L must
  // become exactly 0.005 mg/L, or a value sitting on a limit would exceed it.
  const scaled = shift >= 0 ? x * 10 ** shift : x / 10 ** -shift
  return Number(scaled.toPrecision(15))
}
