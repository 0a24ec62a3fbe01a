import { addDays } from '../../shared/shanghai-time'

/** The UTC instant (ISO text) at which an Asia/Shanghai calendar day starts, `days` days after `day`: 2026-03-02 starts at 2026-03-01T16:00:00.000Z. */
export function shanghaiDayStartUtc(day: string, days = 0): string {
  return new Date(Date.parse(`${addDays(day, days)}T00:00:00+08:00`)).toISOString()
}
