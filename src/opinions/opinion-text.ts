import { formatYuan } from '../../electron/shared/money'
import { formatShanghai } from '../../electron/shared/shanghai-time'
import type { EstimateResult } from '../../electron/shared/opinions'

/** An ISO-8601 instant as the court reads it: the app's one format, Beijing time to the minute, `2026-03-02 09:00`. */
export function shanghaiMinute(instant: string): string {
  return formatShanghai(instant)
}

/** The damage an estimate came to, `99,000.00 元` or `99,000.00 元 ~ 132,000.00 元`. */
export function estimateAmount(result: Pick<EstimateResult, 'lowFen' | 'highFen'>): string {
  return result.lowFen === result.highFen
    ? `${formatYuan(result.lowFen)} 元`
    : `${formatYuan(result.lowFen)} 元 ~ ${formatYuan(result.highFen)} 元`
}
