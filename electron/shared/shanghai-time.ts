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
  if (Number.isNaN(ms)) throw new AppError('invalid_input', 'instant_invalid', { value: String(instant) })
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
    throw new AppError('invalid_input', 'day_invalid', { value: day })
  }
  return ms
}

/** A calendar day `days` after `day` (both YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** Today's calendar day in Asia/Shanghai, whatever zone the machine is set to: the default of a form's date. */
export function shanghaiToday(): string {
  return shanghaiDay(new Date())
}

/** The same calendar day `years` later (2024-02-29 plus one year is 2025-03-01). */
export function addYears(day: string, years: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCFullYear(d.getUTCFullYear() + years)
  return d.toISOString().slice(0, 10)
}

/**
 * The same calendar day `months` later, or the month's last day when it has
 * no such day: 2026-01-31 plus one month is 2026-02-28, as a period "of one
 * month" from 31 January ends on the last day of February.
 */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const first = new Date(Date.UTC(year, month - 1 + months, 1))
  const lastDate = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  first.setUTCDate(Math.min(date, lastDate))
  return first.toISOString().slice(0, 10)
}

/** An ISO instant as a `datetime-local` input holds it, in Asia/Shanghai (`2026-03-02T09:05`). */
export function toShanghaiInput(iso: string): string {
  return new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16)
}

/** A `datetime-local` value (Asia/Shanghai) as the ISO instant with offset the schemas take; '' stays ''. */
export function fromShanghaiInput(value: string): string {
  return value === '' ? '' : `${value.length === 16 ? `${value}:00` : value}+08:00`
}

/** `2026-03-02 09:05` in Asia/Shanghai for an ISO instant: the one way the app, its prints and the CLI show a time. */
export function formatShanghai(iso: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return iso
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')
}

/**
 * Reads a date-time as labs and spreadsheets write it and returns the UTC ISO
 * instant, or `null` when it is not one:
 * - ISO-8601 with `Z` or an offset (`2026-03-02T09:05:00+08:00`);
 * - a local Asia/Shanghai time without offset: `2026-03-02 09:05`, `2026-03-02T09:05:30`,
 *   `2026/3/2 9:05` (Excel's way).
 * Impossible calendar dates (2月30日) and times (24:00) are refused.
 */
export function parseShanghaiDateTime(text: string): string | null {
  const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    text.trim()
  )
  if (!match) return null
  const [, y, mo, d, h, mi, s = '0', fraction = '', zone] = match
  const fields = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s)] as const
  const [year, month, day, hour, minute, second] = fields
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second, Math.round(Number(`0${fraction}`) * 1000))
  if (new Date(wallClock).getUTCDate() !== day) return null
  return new Date(wallClock - zoneOffsetMs(zone)).toISOString()
}

function zoneOffsetMs(zone: string | undefined): number {
  if (zone === undefined) return SHANGHAI_OFFSET_MS
  if (zone === 'Z') return 0
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000
}
