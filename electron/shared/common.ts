import { z } from 'zod'

/** Record ids are UUIDv7 text so records made offline on different machines merge. */
export const id = z.uuid({ message: 'id_malformed' })

/**
 * The years a date of a court record may fall in: no environmental case
 * predates the People's Republic (1949), and none is planned past 2100. A
 * date outside (1900-01-01, 9999-12-31) is a typing or import error.
 * Whether an event may lie in the future is each domain's rule, in core.
 */
export const EARLIEST_YEAR = 1949
export const LATEST_YEAR = 2100
const plausibleYear = (text: string) => {
  const year = Number(text.slice(0, 4))
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR
}
export const implausibleDate = { message: 'date_implausible', params: { earliest: EARLIEST_YEAR, latest: LATEST_YEAR } }

/** A calendar day as the court writes it, YYYY-MM-DD. */
export const isoDate = z.iso.date({ message: 'date_malformed' }).refine(plausibleYear, implausibleDate)

/** An instant as ISO-8601 text with its offset (the form sends UTC), in the years a record may fall in. */
export const instant = z.iso.datetime({ offset: true, message: 'time_malformed' }).refine((t) => plausibleYear(new Date(t).toISOString()), implausibleDate)

/**
 * NUL and the other C0 control characters (tab and line breaks aside) and
 * DEL: invisible on screen, they corrupt prints, exports and comparisons.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/
export const controlCharacterMessage = 'control_characters'
export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text)
}

/** Optimistic concurrency: an update names the revision it was based on. */
export const revision = z.number().int().nonnegative()

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'text_too_long')
    .refine((t) => !hasControlCharacters(t), controlCharacterMessage)

export const requiredText = (max: number, missing: string) =>
  z
    .string()
    .trim()
    .min(1, missing)
    .max(max, 'text_too_long')
    .refine((t) => !hasControlCharacters(t), controlCharacterMessage)

export const page = {
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(500).default(50)
}

export interface Page<T> {
  items: T[]
  total: number
}

/**
 * Keyset paging for the big lists: a page starts after the last row of the
 * previous one (`after`, the opaque `next` of that page's reply; null for
 * the first page), so a deep page is read from the list's index as fast as
 * the first, and a row added meanwhile never shifts a row into two pages.
 */
export const keysetPage = {
  after: z.string().max(1000).nullable().default(null),
  limit: z.number().int().min(1).max(500).default(50)
}

export interface KeysetPage<T> {
  items: T[]
  /** Where the next page starts; null on the last page. */
  next: string | null
  /**
   * How many rows the whole list has, counted for the first page only
   * (`after` null; null on later pages) and only up to {@link listCountCap} + 1:
   * a larger figure reads "more than 10,000", as counting a province's
   * 200,000 samples would cost more than the page itself.
   */
  total: number | null
}

export const listCountCap = 10_000

/** Columns every editable record carries, for merging packages between machines. */
export interface RecordStamp {
  createdAt: string
  updatedAt: string
  updatedBy: string
  revision: number
}

/** Who voided an evidence record, when and why; `null` while it stands. */
export interface Voiding {
  voidedAt: string
  voidedBy: string
  reason: string
}
