import { AppError } from '../../shared/errors'

/** A lab result kept with its qualifier and detection limit. */
export interface MeasuredResult {
  value: number
  /** `<`: below the detection (or reporting) limit. */
  qualifier: '<' | null
  detectionLimit: number | null
}

/** A lab result already in the standard's unit; a bare number is a plain detected value. */
export type Measured = number | MeasuredResult

/**
 * What a result proves against a limit: `true` it meets it, `false` it fails
 * it, `null` the result cannot tell (a `<` result whose bound is too high).
 */
export type Verdict = boolean | null

/**
 * Turns the bare-number shorthand into a full result.
 *
 * @throws AppError `invalid_input` when the value or detection limit is not a finite number.
 */
export function toMeasuredResult(key: string, measured: Measured): MeasuredResult {
  const result: MeasuredResult =
    typeof measured === 'number' ? { value: measured, qualifier: null, detectionLimit: null } : { ...measured }
  if (!Number.isFinite(result.value) || (result.detectionLimit !== null && !Number.isFinite(result.detectionLimit))) {
    throw new AppError('invalid_input', 'measured_invalid', { key })
  }
  return result
}

// A `<` result only says the true value lies below some bound. Take the larger
// of its value and detection limit: "<0.1" with a method limit of 0.05 proves
// no more than "below 0.1".
function upperBound(result: MeasuredResult): number {
  return Math.max(result.value, result.detectionLimit ?? result.value)
}

/** Whether the result proves the true value is at most `limit`. */
export function atMost(result: MeasuredResult, limit: number): Verdict {
  if (result.qualifier === '<') return upperBound(result) <= limit ? true : null
  return result.value <= limit
}

/** Whether the result proves the true value is at least `limit`. */
export function atLeast(result: MeasuredResult, limit: number): Verdict {
  // Below a bound that is itself at or under the limit: proven short of it.
  if (result.qualifier === '<') return upperBound(result) <= limit ? false : null
  return result.value >= limit
}

/** Three-valued "and": one failure decides; otherwise any doubt stays doubt. */
export function bothHold(a: Verdict, b: Verdict): Verdict {
  if (a === false || b === false) return false
  if (a === null || b === null) return null
  return true
}
