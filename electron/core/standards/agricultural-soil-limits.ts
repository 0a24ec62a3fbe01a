import { z } from 'zod'
import { AppError } from '../../shared/errors'
import gb15618 from '../../../resources/reference/gb15618_2018.json'

/** The pH bands of GB 15618-2018; 5.5, 6.5 and 7.5 belong to the lower band. */
export const PH_BANDS = ['pH<=5.5', '5.5<pH<=6.5', '6.5<pH<=7.5', 'pH>7.5'] as const
export type PhBand = (typeof PH_BANDS)[number]

/** Paddy (水田), orchard (果园), or other farmland (dry land etc.). */
export type LandUse = 'paddy' | 'orchard' | 'other'

/** Risk screening value (筛选值) and, for Cd, Hg, As, Pb and Cr only, the intervention value (管制值), in mg/kg. */
export interface SoilLimits {
  screening: number
  intervention: number | null
}

export interface AgriculturalSoilItem {
  key: string
  nameZh: string
  /** 1: basic items, by pH band and land use; 2: other items, one value. */
  table: 1 | 2
}

type Column = LandUse | 'all'
type BandValues = Record<PhBand, number>

const bandValues = z.object({
  'pH<=5.5': z.number(),
  '5.5<pH<=6.5': z.number(),
  '6.5<pH<=7.5': z.number(),
  'pH>7.5': z.number()
})
const reference = z
  .object({
    table1_screening_values: z.object({
      items: z.array(z.object({ key: z.string(), name_zh: z.string(), values: z.record(z.string(), bandValues) }))
    }),
    table2_screening_other_items: z.object({
      items: z.array(z.object({ key: z.string(), name_zh: z.string(), value: z.number() }))
    }),
    table3_intervention_values: z.object({
      items: z.array(z.object({ key: z.string(), values: bandValues }))
    })
  })
  .parse(gb15618)

// The reference labels its land-use columns for people ("水田 (paddy)",
// "其他 (other, incl. paddy & dry land)"); the leading word is what counts.
const COLUMN_OF_LABEL: Record<string, Column> = { 水田: 'paddy', 果园: 'orchard', 其他: 'other', all: 'all' }

// A land use without its own column uses "other": orchards for Cd, Hg, As, Pb
// and Cr, paddies for Cu. Ni, Zn and Table 2 have one column for all land uses.
function byLandUse(key: string, labelled: Record<string, BandValues>): Record<LandUse, BandValues> {
  const columns: Partial<Record<Column, BandValues>> = {}
  for (const [label, values] of Object.entries(labelled)) {
    const column: Column | undefined = COLUMN_OF_LABEL[label.replace(/ .*/, '')]
    if (!column) throw new Error(`GB 15618-2018 参考表 ${key} 的列名无法识别：${label}`)
    columns[column] = values
  }
  const fallback = columns.other ?? columns.all
  if (!fallback) throw new Error(`GB 15618-2018 参考表 ${key} 缺少“其他”列`)
  return { paddy: columns.paddy ?? fallback, orchard: columns.orchard ?? fallback, other: fallback }
}

const SCREENING = new Map<string, Record<LandUse, BandValues>>([
  ...reference.table1_screening_values.items.map((row) => [row.key, byLandUse(row.key, row.values)] as const),
  ...reference.table2_screening_other_items.items.map((row) => {
    const single: BandValues = { 'pH<=5.5': row.value, '5.5<pH<=6.5': row.value, '6.5<pH<=7.5': row.value, 'pH>7.5': row.value }
    return [row.key, byLandUse(row.key, { all: single })] as const
  })
])

const INTERVENTION = new Map(reference.table3_intervention_values.items.map((row) => [row.key, row.values]))

/** Items of Tables 1 and 2 in table order. */
export const AGRICULTURAL_SOIL_ITEMS: readonly AgriculturalSoilItem[] = [
  ...reference.table1_screening_values.items.map((row) => ({ key: row.key, nameZh: row.name_zh, table: 1 as const })),
  ...reference.table2_screening_other_items.items.map((row) => ({ key: row.key, nameZh: row.name_zh, table: 2 as const }))
]

/**
 * The pH band a soil pH falls in.
 *
 * @throws AppError `invalid_input` when `ph` is not a number between 0 and 14.
 */
export function phBand(ph: number): PhBand {
  if (!Number.isFinite(ph) || ph < 0 || ph > 14) throw new AppError('invalid_input', 'ph_invalid', { ph })
  if (ph <= 5.5) return 'pH<=5.5'
  if (ph <= 6.5) return '5.5<pH<=6.5'
  if (ph <= 7.5) return '6.5<pH<=7.5'
  return 'pH>7.5'
}

/**
 * Screening and intervention values of `key` for a soil pH band and land use
 * (see GB 15618-2018 Tables 1–3).
 *
 * @throws AppError `invalid_input` when GB 15618-2018 has no such item.
 */
export function soilLimitsFor(key: string, band: PhBand, landUse: LandUse): SoilLimits {
  const screening = SCREENING.get(key)
  if (!screening) throw new AppError('invalid_input', 'gb15618_item_unknown', { key })
  return { screening: screening[landUse][band], intervention: INTERVENTION.get(key)?.[band] ?? null }
}
