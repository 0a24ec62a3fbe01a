import { formatYuan } from '../../electron/shared/money'
import type { EstimateResult } from '../../electron/shared/opinions'

const minuteFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23'
})

/** An ISO-8601 instant as the court reads it: Beijing time to the minute, `2026/03/02 09:00`. */
export function shanghaiMinute(instant: string): string {
  return minuteFormat.format(new Date(instant))
}

/** The damage an estimate came to, `99,000.00 元` or `99,000.00 元 ~ 132,000.00 元`. */
export function estimateAmount(result: Pick<EstimateResult, 'lowFen' | 'highFen'>): string {
  return result.lowFen === result.highFen
    ? `${formatYuan(result.lowFen)} 元`
    : `${formatYuan(result.lowFen)} 元 ~ ${formatYuan(result.highFen)} 元`
}
