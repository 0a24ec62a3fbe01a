import type { Matrix } from '../../shared/sampling'

/** One row of the holding-time table; `maxHours` is `null` until an administrator enters a verified value. */
export interface HoldingTimeLimit {
  parameterKey: string
  matrix: Matrix
  maxHours: number | null
}

/**
 * - `within`: analysed within the holding time (exactly at it counts as within);
 * - `exceeded`: analysed after it, so the result is flagged;
 * - `unknown`: no verified holding time for this parameter and matrix: not flagged, but said;
 * - `before_sampling`: the analysis time precedes the sampling time, a data-entry error.
 */
export type HoldingTimeStatus = 'within' | 'exceeded' | 'unknown' | 'before_sampling'

export interface HoldingTimeCheck {
  status: HoldingTimeStatus
  maxHours: number | null
  /** Hours from sampling to analysis. */
  elapsedHours: number
  /** Hours past the holding time; `null` unless `exceeded`. */
  exceededByHours: number | null
}

/**
 * Checks one lab result against the holding time of its parameter and
 * matrix. The clock runs from sampling to analysis.
 *
 * @param limits the holding-time table; a missing row is the same as an unverified one.
 */
export function checkHoldingTime(
  result: { parameterKey: string; matrix: Matrix; sampledAt: string; analysedAt: string },
  limits: readonly HoldingTimeLimit[]
): HoldingTimeCheck {
  const elapsedHours = (Date.parse(result.analysedAt) - Date.parse(result.sampledAt)) / 3_600_000
  const maxHours = limits.find((l) => l.parameterKey === result.parameterKey && l.matrix === result.matrix)?.maxHours ?? null
  if (elapsedHours < 0) return { status: 'before_sampling', maxHours, elapsedHours, exceededByHours: null }
  if (maxHours === null) return { status: 'unknown', maxHours, elapsedHours, exceededByHours: null }
  if (elapsedHours > maxHours) return { status: 'exceeded', maxHours, elapsedHours, exceededByHours: elapsedHours - maxHours }
  return { status: 'within', maxHours, elapsedHours, exceededByHours: null }
}
