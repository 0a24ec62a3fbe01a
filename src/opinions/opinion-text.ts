import { formatYuan } from '../../electron/shared/money'
import type { EstimateResult } from '../../electron/shared/opinions'

/** The damage an estimate came to, `99,000.00 元` or `99,000.00 元 ~ 132,000.00 元`. */
export function estimateAmount(result: Pick<EstimateResult, 'lowFen' | 'highFen'>): string {
  return result.lowFen === result.highFen
    ? `${formatYuan(result.lowFen)} 元`
    : `${formatYuan(result.lowFen)} 元 ~ ${formatYuan(result.highFen)} 元`
}
