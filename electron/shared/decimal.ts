import { groupThousands } from './money'

/**
 * An exact non-negative decimal, `units × 10^-scale`: "22.50" is 2250 at
 * scale 2. Damage figures multiply decimals an investigator typed (5.50 元/m³,
 * a multiplier of 4.5) and must not pick up binary floating-point error before
 * the one rounding to fen at the end; a product of decimals is a decimal,
 * so a bigint and a scale are enough.
 */
export interface Decimal {
  readonly units: bigint
  readonly scale: number
}

/** How a decimal is typed: digits, optionally a point and more digits; no sign, no exponent. */
export const DECIMAL_TEXT = /^\d+(\.\d+)?$/

/**
 * Reads a decimal typed as text, keeping its scale: "22.00" has scale 2.
 *
 * @throws RangeError when `text` is not plain digits with an optional fraction;
 *   callers validate user input with `DECIMAL_TEXT` (in a zod schema) first.
 */
export function parseDecimal(text: string): Decimal {
  if (!DECIMAL_TEXT.test(text)) throw new RangeError(`不是十进制数：${text}`)
  const [whole, fraction = ''] = text.split('.')
  return { units: BigInt(whole + fraction), scale: fraction.length }
}

/** The exact product. */
export function multiplyDecimals(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale }
}

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`, whatever their scales. */
export function compareDecimals(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale)
  const x = atScale(a, scale)
  const y = atScale(b, scale)
  return x < y ? -1 : x > y ? 1 : 0
}

/** The value in units of `10^-scale`, rounded half up: 74.9925 at scale 2 → 7499n; 0.125 → 13n. */
export function roundHalfUp(value: Decimal, scale: number): bigint {
  if (value.scale <= scale) return atScale(value, scale)
  const divisor = 10n ** BigInt(value.scale - scale)
  return (value.units * 2n + divisor) / (divisor * 2n)
}

/**
 * The exact value with thousands separators and at least `minScale` decimals;
 * further decimals are shown only when they are not zero, so nothing is
 * silently rounded: 44000.000 → `44,000.00`, 16.665 → `16.665`.
 */
export function formatDecimal(value: Decimal, minScale = 0): string {
  const digits = value.units.toString().padStart(value.scale + 1, '0')
  const whole = digits.slice(0, digits.length - value.scale)
  let fraction = digits.slice(digits.length - value.scale)
  while (fraction.length > minScale && fraction.endsWith('0')) fraction = fraction.slice(0, -1)
  fraction = fraction.padEnd(minScale, '0')
  return fraction ? `${groupThousands(whole)}.${fraction}` : groupThousands(whole)
}

function atScale(value: Decimal, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale)
}
