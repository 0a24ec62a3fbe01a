// China has kept UTC+8 all year since 1991, so a fixed offset is exact for
// every date EcoCase records and needs no time-zone database.
const OFFSET_MS = 8 * 3_600_000

/** `2026-03-02 09:05` in Asia/Shanghai for an ISO instant, as messages and prints show it. */
export function formatShanghai(iso: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return iso
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')
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
  if (zone === undefined) return OFFSET_MS
  if (zone === 'Z') return 0
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000
}
