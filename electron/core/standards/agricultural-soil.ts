import { AGRICULTURAL_SOIL_ITEMS, phBand, soilLimitsFor, type LandUse, type PhBand, type SoilLimits } from './agricultural-soil-limits'
import { atMost, toMeasuredResult, type Measured, type MeasuredResult } from './measured'

export {
  AGRICULTURAL_SOIL_ITEMS,
  PH_BANDS,
  phBand,
  soilLimitsFor,
  type AgriculturalSoilItem,
  type LandUse,
  type PhBand,
  type SoilLimits
} from './agricultural-soil-limits'

/**
 * Risk category of GB 15618-2018: at or below the screening value the risk is
 * low; above it, possible (safe-use measures); above the intervention value,
 * high (strict control).
 */
export type SoilCategory = 'below_screening' | 'above_screening' | 'above_intervention'

const CATEGORY_RANK: Record<SoilCategory, number> = { below_screening: 0, above_screening: 1, above_intervention: 2 }

export interface SoilItemResult extends SoilLimits {
  /** `null` when a `<` result's bound is above the screening value and so proves nothing. */
  category: SoilCategory | null
  value: number
  qualifier: '<' | null
  detectionLimit: number | null
}

export interface AgriculturalSoilInput {
  ph: number
  landUse: LandUse
  /** Keyed by the GB 15618 item key, in mg/kg dry soil (see `normaliseUnit`). */
  values: Record<string, Measured>
}

export interface AgriculturalSoilEvaluation {
  /** Worst category of the items; `null` when none could be categorised. */
  overall: SoilCategory | null
  /** Items of Tables 1 and 2, in table order. */
  items: Record<string, SoilItemResult>
  phBand: PhBand
  landUse: LandUse
  /** Items left out of `overall` because a `<` result could not place them. */
  indeterminate: string[]
  /** Keys GB 15618-2018 does not have, in input order. */
  unknown: string[]
}

/**
 * Evaluates a soil sample against GB 15618-2018: each item against its
 * screening value for the pH band and land use, and against the intervention
 * value where Table 3 has one (Cd, Hg, As, Pb, Cr). A value equal to a limit
 * does not exceed it. A `<` (below detection) result is below screening when
 * its bound is at or under the screening value.
 *
 * @throws AppError `invalid_input` for an impossible pH or a non-finite value.
 */
export function evaluateAgriculturalSoil(input: AgriculturalSoilInput): AgriculturalSoilEvaluation {
  const band = phBand(input.ph)
  const items: Record<string, SoilItemResult> = {}
  for (const { key } of AGRICULTURAL_SOIL_ITEMS) {
    const measured = input.values[key]
    if (measured === undefined) continue
    const result = toMeasuredResult(key, measured)
    const limits = soilLimitsFor(key, band, input.landUse)
    items[key] = {
      category: categoryOf(result, limits),
      screening: limits.screening,
      intervention: limits.intervention,
      value: result.value,
      qualifier: result.qualifier,
      detectionLimit: result.detectionLimit
    }
  }
  const results = Object.entries(items)
  return {
    overall: worstCategory(results.map(([, r]) => r.category)),
    items,
    phBand: band,
    landUse: input.landUse,
    indeterminate: results.filter(([, r]) => r.category === null).map(([key]) => key),
    unknown: Object.keys(input.values).filter((key) => !AGRICULTURAL_SOIL_ITEMS.some((item) => item.key === key))
  }
}

function categoryOf(result: MeasuredResult, limits: SoilLimits): SoilCategory | null {
  const withinScreening = atMost(result, limits.screening)
  if (withinScreening === true) return 'below_screening'
  // Only a `<` result leaves doubt, and it can never prove an exceedance.
  if (withinScreening === null) return null
  if (limits.intervention !== null && result.value > limits.intervention) return 'above_intervention'
  return 'above_screening'
}

function worstCategory(categories: (SoilCategory | null)[]): SoilCategory | null {
  let worst: SoilCategory | null = null
  for (const category of categories) {
    if (category !== null && (worst === null || CATEGORY_RANK[category] > CATEGORY_RANK[worst])) worst = category
  }
  return worst
}

/** The evaluation as a CLI prints it; extra keys appear only when they say something. */
export interface CompactAgriculturalSoil {
  overall: SoilCategory | null
  items: Record<string, { category: SoilCategory | null; screening: number; intervention: number | null }>
  indeterminate?: string[]
  unknown?: string[]
}

/**
 * Compact form of an evaluation, e.g.
 * `{"overall":"above_screening","items":{"cd":{"category":"above_screening","screening":0.3,"intervention":3}}}`
 * for Cd 0.35 mg/kg at pH 6.8 on land other than paddy.
 */
export function compactAgriculturalSoil(evaluation: AgriculturalSoilEvaluation): CompactAgriculturalSoil {
  const items: CompactAgriculturalSoil['items'] = {}
  for (const [key, { category, screening, intervention }] of Object.entries(evaluation.items)) {
    items[key] = { category, screening, intervention }
  }
  const compact: CompactAgriculturalSoil = { overall: evaluation.overall, items }
  if (evaluation.indeterminate.length > 0) compact.indeterminate = evaluation.indeterminate
  if (evaluation.unknown.length > 0) compact.unknown = evaluation.unknown
  return compact
}
