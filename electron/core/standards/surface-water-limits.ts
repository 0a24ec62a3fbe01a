import { z } from 'zod'
import { AppError } from '../../shared/errors'
import gb3838 from '../../../resources/reference/gb3838_2002.json'

/** The five functional classes of GB 3838-2002, best first. */
export const STANDARD_CLASSES = ['I', 'II', 'III', 'IV', 'V'] as const
export type StandardClass = (typeof STANDARD_CLASSES)[number]

/** Lakes and reservoirs (ponds included) use the bracketed TP column; rivers the main one. */
export type Waterbody = 'river' | 'lake'

/** A number for `<=`/`>=` items; `[min, max]` inclusive for pH. */
export type ClassLimit = number | readonly [number, number]

export type Comparator = '<=' | '>=' | 'range' | 'rule'

interface ItemBase {
  no: number
  key: string
  nameZh: string
  unit: string
}

/** A Table 1 item with a limit for every class. DO is the one `>=` item; pH the one range. */
export type LimitedItem = ItemBase &
  (
    | { comparator: '<=' | '>='; limits: Record<StandardClass, number> }
    | { comparator: 'range'; limits: Record<StandardClass, readonly [number, number]> }
  )

/**
 * One row of Table 1 as a chart or form needs it, for one kind of waterbody.
 * `limits` is `null` for water temperature (a narrative rule) and for TN on a river.
 */
export type SurfaceWaterItem = LimitedItem | (ItemBase & { comparator: Comparator; limits: null })

// Parsing the reference at load means a hand-edited file with a missing or
// null class limit fails loudly here instead of evaluating against a guess.
const numericLimits = z.object({ I: z.number(), II: z.number(), III: z.number(), IV: z.number(), V: z.number() })
const rangeLimit = z.tuple([z.number(), z.number()])
const common = { no: z.number(), key: z.string(), name_zh: z.string(), unit: z.string() }
const table1 = z.array(
  z.union([
    z.object({ ...common, comparator: z.literal('rule'), limits: z.null() }),
    z.object({
      ...common,
      comparator: z.literal('range'),
      limits: z.object({ I: rangeLimit, II: rangeLimit, III: rangeLimit, IV: rangeLimit, V: rangeLimit })
    }),
    z.object({
      ...common,
      comparator: z.enum(['<=', '>=']),
      limits: numericLimits,
      limits_lake_reservoir: numericLimits.optional()
    })
  ])
)

const rows = table1.parse(gb3838.items)

/** TN's row heading restricts it to lakes and reservoirs (湖、库). */
const LAKE_ONLY = new Set(['tn'])

function toItem(row: (typeof rows)[number], waterbody: Waterbody): SurfaceWaterItem {
  const base = { no: row.no, key: row.key, nameZh: row.name_zh, unit: row.unit }
  if (row.comparator === 'rule' || (waterbody === 'river' && LAKE_ONLY.has(row.key))) {
    return { ...base, comparator: row.comparator, limits: null }
  }
  if (row.comparator === 'range') return { ...base, comparator: row.comparator, limits: row.limits }
  const lakeLimits = waterbody === 'lake' ? row.limits_lake_reservoir : undefined
  return { ...base, comparator: row.comparator, limits: lakeLimits ?? row.limits }
}

const ITEMS: Record<Waterbody, readonly SurfaceWaterItem[]> = {
  river: rows.map((row) => toItem(row, 'river')),
  lake: rows.map((row) => toItem(row, 'lake'))
}

/** The 24 items of GB 3838-2002 Table 1 in table order, with the limits that apply to `waterbody`. */
export function surfaceWaterItems(waterbody: Waterbody): readonly SurfaceWaterItem[] {
  return ITEMS[waterbody]
}

/** The Table 1 item with this key, or `undefined` when the table has none. */
export function findSurfaceWaterItem(key: string, waterbody: Waterbody): SurfaceWaterItem | undefined {
  return ITEMS[waterbody].find((item) => item.key === key)
}

/**
 * The limit of `key` for class `cls` in `waterbody`, e.g. to draw a target line
 * on a chart. `null` when the item has no numeric limit there (water
 * temperature; TN on a river).
 *
 * @throws AppError `invalid_input` when Table 1 has no such item.
 */
export function limitFor(key: string, cls: StandardClass, waterbody: Waterbody): ClassLimit | null {
  const item = findSurfaceWaterItem(key, waterbody)
  if (!item) throw new AppError('invalid_input', 'gb3838_item_unknown', { key })
  return item.limits?.[cls] ?? null
}
