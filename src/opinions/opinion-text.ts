import { formatYuan } from '../../electron/shared/money'
import type { EstimateResult } from '../../electron/shared/opinions'
import i18n from '../i18n'

/** The damage an estimate came to, `99,000.00 元` or `99,000.00 元 ~ 132,000.00 元` (`CNY 99,000.00` in English). */
export function estimateAmount(result: Pick<EstimateResult, 'lowFen' | 'highFen'>): string {
  const yuan = (fen: number) => i18n.t('standards.yuan', { amount: formatYuan(fen) })
  return result.lowFen === result.highFen ? yuan(result.lowFen) : `${yuan(result.lowFen)} ~ ${yuan(result.highFen)}`
}
