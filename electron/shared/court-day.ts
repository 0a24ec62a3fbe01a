/** The courts keep Beijing time; "today" for terms of appointment and notice periods is a day there. */
export const courtTimeZone = 'Asia/Shanghai'

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: courtTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' })

/** The calendar day (YYYY-MM-DD, Asia/Shanghai) of an ISO-8601 instant. */
export function courtDay(instant: string): string {
  return dayFormat.format(new Date(instant))
}

/** A calendar day `days` after `day` (both YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}
