import { z } from 'zod'

/** What the header's search finds, in the order its groups are shown. */
export const searchHitKinds = ['case', 'sample', 'order', 'opinion', 'expert'] as const
export type SearchHitKind = (typeof searchHitKinds)[number]

/** At most this many hits per kind: the header lists a few, and each group links to its full list. */
export const searchGroupLimit = 8

/** `search.global`: the header's search box; what the user typed, at least one letter or digit (checked in core). */
export const globalSearchInput = z.object({ query: z.string().trim().min(1).max(50) }).strict()

/**
 * One record found. `title` is its human code or name (case number, sample
 * code, order number, expert name), `detail` a line of what it is, both
 * data, not words for the reader; `caseId` names the case it belongs to.
 * `status` is the record's own status code.
 */
export interface SearchHit {
  kind: SearchHitKind
  id: string
  title: string
  detail: string
  status: string
  caseId: string | null
  caseNumber: string | null
  /** An opinion's version number, else null. */
  version: number | null
}

/** One kind's hits: the first {@link searchGroupLimit}, and how many match, counted up to `listCountCap` + 1. */
export interface SearchGroup {
  kind: SearchHitKind
  total: number
  hits: SearchHit[]
}

/** Every kind the caller may see, in {@link searchHitKinds} order, empty groups included. */
export interface SearchResults {
  query: string
  groups: SearchGroup[]
}
