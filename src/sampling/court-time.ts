// China has kept UTC+8 all year since 1991, so Asia/Shanghai is a fixed offset.
const OFFSET_MS = 8 * 3_600_000

/** An ISO instant as the court reads it, `YYYY-MM-DD HH:mm` in Asia/Shanghai. */
export function courtTime(iso: string): string {
  return new Date(Date.parse(iso) + OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')
}

/** An ISO instant as a `datetime-local` input holds it, in Asia/Shanghai. */
export function toLocalInput(iso: string): string {
  return new Date(Date.parse(iso) + OFFSET_MS).toISOString().slice(0, 16)
}

/** A `datetime-local` value (Asia/Shanghai) as the ISO instant with offset the schemas take; '' stays ''. */
export function fromLocalInput(value: string): string {
  return value === '' ? '' : `${value.length === 16 ? `${value}:00` : value}+08:00`
}
