import { AppError } from './errors'

const DAY_MS = 86_400_000
// China has kept UTC+8 without daylight saving since 1991, and every record the
// app holds is later, so a fixed offset gives the Asia/Shanghai calendar day
// exactly, the same in Node and the renderer, with no time-zone data needed.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000
const DAY_TEXT = /^\d{4}-\d{2}-\d{2}$/

/**
 * The Asia/Shanghai calendar day ('YYYY-MM-DD') of an instant:
 * `2024-05-01T16:30:00Z` is `2024-05-02` in Zhangzhou.
 *
 * @throws AppError `invalid_input` when `instant` is not a valid time.
 */
export function shanghaiDay(instant: string | Date): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime()
  if (Number.isNaN(ms)) throw new AppError('invalid_input', `时间格式不正确：${String(instant)}`)
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

/**
 * Whole calendar days from `from` to `to` ('YYYY-MM-DD'), negative when `to`
 * is earlier: from 2024-05-01 to 2024-05-31 is 30.
 *
 * @throws AppError `invalid_input` when either is not a real calendar day.
 */
export function daysBetween(from: string, to: string): number {
  return (dayNumber(to) - dayNumber(from)) / DAY_MS
}

function dayNumber(day: string): number {
  const ms = DAY_TEXT.test(day) ? Date.parse(`${day}T00:00:00Z`) : Number.NaN
  // Date.parse accepts 2024-02-30 as 2024-03-01; the round trip refuses it.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) {
    throw new AppError('invalid_input', `日期格式不正确：${day}`)
  }
  return ms
}
