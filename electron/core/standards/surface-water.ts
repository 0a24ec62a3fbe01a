import { atLeast, atMost, bothHold, toMeasuredResult, type Measured, type MeasuredResult, type Verdict } from './measured'
import {
  STANDARD_CLASSES,
  findSurfaceWaterItem,
  surfaceWaterItems,
  type ClassLimit,
  type LimitedItem,
  type StandardClass,
  type SurfaceWaterItem,
  type Waterbody
} from './surface-water-limits'

export {
  STANDARD_CLASSES,
  limitFor,
  surfaceWaterItems,
  type ClassLimit,
  type StandardClass,
  type SurfaceWaterItem,
  type Waterbody
} from './surface-water-limits'

/** A class of GB 3838-2002, or 劣V: worse than class V. */
export type WaterClass = StandardClass | '劣V'

const CLASS_RANK: Record<WaterClass, number> = { I: 0, II: 1, III: 2, IV: 3, V: 4, 劣V: 5 }

/**
 * Why an item has no class:
 * - `narrative_rule`: water temperature is limited by a rule on man-made change, not by class;
 * - `not_evaluated_for_river`: TN applies to lakes and reservoirs only;
 * - `indeterminate_below_detection`: a `<` result whose bound is too high to prove any class
 *   (e.g. Hg "<0.002" against a class V limit of 0.001).
 */
export type ItemNote = 'narrative_rule' | 'not_evaluated_for_river' | 'indeterminate_below_detection'

export interface SurfaceWaterItemResult {
  class: WaterClass | null
  note: ItemNote | null
  value: number
  qualifier: '<' | null
  detectionLimit: number | null
  /** Limit of the target class; `null` without a target or without a numeric limit. */
  limit: ClassLimit | null
  /** `null` without a target, or when a `<` result cannot tell. */
  meetsTarget: boolean | null
  /**
   * 超标倍数 against the target class at full precision: 0 when the target is
   * met; `null` for water temperature, pH and DO (the 2011 method computes
   * none for them), without a target, or when the multiple is unknown.
   */
  exceedance: number | null
  /** The class the multiple is computed against (the target class), `null` when there is no multiple. */
  exceedanceClass: StandardClass | null
}

// The 2011 evaluation method (地表水环境质量评价办法（试行）, 环办〔2011〕22号)
// reports water temperature, TN and fecal coliform as reference indicators on
// their own; they never decide the class of a water body.
const REFERENCE_INDICATORS = ['water_temperature', 'tn', 'fecal_coliform'] as const

// The same method computes no exceedance multiple (超标倍数) for water temperature, pH or dissolved oxygen.
const NO_EXCEEDANCE_MULTIPLE: readonly string[] = ['water_temperature', 'ph', 'do']
export type ReferenceIndicator = (typeof REFERENCE_INDICATORS)[number]

/**
 * Qualitative grade of 《地表水环境质量评价办法（试行）》 (环办〔2011〕22号) for a
 * GB 3838-2002 class: I–II 优, III 良好, IV 轻度污染, V 中度污染, 劣V 重度污染.
 * A code: the renderer names it (src/standards/standards.strings.ts).
 */
export type WaterQualityGrade = 'excellent' | 'good' | 'lightly_polluted' | 'moderately_polluted' | 'heavily_polluted'

const GRADES: Record<WaterClass, WaterQualityGrade> = {
  I: 'excellent',
  II: 'excellent',
  III: 'good',
  IV: 'lightly_polluted',
  V: 'moderately_polluted',
  劣V: 'heavily_polluted'
}

export interface SurfaceWaterInput {
  /** `lake` for lakes, reservoirs and ponds (TP uses the 湖、库 column; TN is evaluated). */
  waterbody: Waterbody
  /** Keyed by the GB 3838 item key, already in the item's unit (see `normaliseUnit`). */
  values: Record<string, Measured>
  /** Class the exceedance multiple is measured against, e.g. a restoration order's target. */
  targetClass?: StandardClass
}

export interface SurfaceWaterEvaluation {
  /** Worst class of the classified items; `null` when no item could be classified. */
  class: WaterClass | null
  /** Items that have the worst class, in table order. */
  deciding: string[]
  grade: WaterQualityGrade | null
  /** Table 1 items other than the reference indicators, in table order. */
  items: Record<string, SurfaceWaterItemResult>
  reference: Partial<Record<ReferenceIndicator, SurfaceWaterItemResult>>
  /** Items left out of the class because a `<` result could not prove one. */
  indeterminate: string[]
  /** Keys GB 3838-2002 Table 1 does not have, in input order. */
  unknown: string[]
}

/**
 * Single-factor evaluation (单因子评价) of one water sample against GB 3838-2002
 * Table 1: each item gets the best class whose limit it meets (a value equal to
 * a limit meets it), and the water gets the worst item class, leaving out water
 * temperature, TN and fecal coliform as the 2011 evaluation method does.
 *
 * A `<` (below detection) result meets the classes whose limit is at or above
 * its bound. For DO, which must be at least the limit, such a result proves
 * nothing except 劣V when the bound is at or under class V's 2 mg/L. A class I
 * DO is judged on 7.5 mg/L only; the standard's alternative "saturation 90%"
 * needs a saturation the lab result does not carry.
 *
 * @throws AppError `invalid_input` when a value is not a finite number.
 */
export function evaluateSurfaceWater(input: SurfaceWaterInput): SurfaceWaterEvaluation {
  const target = input.targetClass ?? null
  const items: Record<string, SurfaceWaterItemResult> = {}
  const reference: Partial<Record<ReferenceIndicator, SurfaceWaterItemResult>> = {}
  for (const item of surfaceWaterItems(input.waterbody)) {
    const measured = input.values[item.key]
    if (measured === undefined) continue
    const result = evaluateItem(item, toMeasuredResult(item.key, measured), target)
    if (isReferenceIndicator(item.key)) reference[item.key] = result
    else items[item.key] = result
  }

  const worst = worstClass(Object.values(items).map((r) => r.class))
  return {
    class: worst,
    deciding: Object.entries(items)
      .filter(([, r]) => r.class !== null && r.class === worst)
      .map(([key]) => key),
    grade: worst === null ? null : GRADES[worst],
    items,
    reference,
    indeterminate: [...Object.entries(items), ...Object.entries(reference)]
      .filter(([, r]) => r.note === 'indeterminate_below_detection')
      .map(([key]) => key),
    unknown: Object.keys(input.values).filter((key) => !findSurfaceWaterItem(key, input.waterbody))
  }
}

function worstClass(classes: (WaterClass | null)[]): WaterClass | null {
  let worst: WaterClass | null = null
  for (const cls of classes) {
    if (cls !== null && (worst === null || CLASS_RANK[cls] > CLASS_RANK[worst])) worst = cls
  }
  return worst
}

function isReferenceIndicator(key: string): key is ReferenceIndicator {
  return (REFERENCE_INDICATORS as readonly string[]).includes(key)
}

function evaluateItem(
  item: SurfaceWaterItem,
  result: MeasuredResult,
  target: StandardClass | null
): SurfaceWaterItemResult {
  const shown = { value: result.value, qualifier: result.qualifier, detectionLimit: result.detectionLimit }
  if (item.limits === null) {
    return {
      ...shown,
      class: null,
      note: item.comparator === 'rule' ? 'narrative_rule' : 'not_evaluated_for_river',
      limit: null,
      meetsTarget: null,
      exceedance: null,
      exceedanceClass: null
    }
  }
  const cls = classOf(item, result)
  const meetsTarget = target === null ? null : verdictFor(item, result, target)
  const exceedance = target === null ? null : exceedanceMultiple(item, result, target, meetsTarget)
  return {
    ...shown,
    class: cls,
    note: cls === null ? 'indeterminate_below_detection' : null,
    limit: target === null ? null : item.limits[target],
    meetsTarget,
    exceedance,
    exceedanceClass: exceedance === null ? null : target
  }
}

function verdictFor(item: LimitedItem, result: MeasuredResult, cls: StandardClass): Verdict {
  if (item.comparator === 'range') {
    const [min, max] = item.limits[cls]
    return bothHold(atLeast(result, min), atMost(result, max))
  }
  const limit = item.limits[cls]
  return item.comparator === '<=' ? atMost(result, limit) : atLeast(result, limit)
}

function classOf(item: LimitedItem, result: MeasuredResult): WaterClass | null {
  const best = STANDARD_CLASSES.find((cls) => verdictFor(item, result, cls) === true)
  if (best) return best
  // Worse than V only when the result proves it fails V, not merely that it cannot prove V.
  return verdictFor(item, result, 'V') === false ? '劣V' : null
}

function exceedanceMultiple(
  item: LimitedItem,
  result: MeasuredResult,
  target: StandardClass,
  meetsTarget: Verdict
): number | null {
  if (item.comparator === 'range' || NO_EXCEEDANCE_MULTIPLE.includes(item.key)) return null
  if (meetsTarget === true) return 0
  // A `<` result that fails (DO below a low detection limit) fails by an unknown amount.
  if (meetsTarget === null || result.qualifier === '<') return null
  const limit = item.limits[target]
  return item.comparator === '<=' ? (result.value - limit) / limit : (limit - result.value) / limit
}

/** The evaluation as a CLI prints it: item classes only; extra keys appear only when they say something. */
export interface CompactSurfaceWater {
  class: WaterClass | null
  deciding: string[]
  items: Record<string, WaterClass | null>
  reference?: Partial<Record<ReferenceIndicator, WaterClass | null>>
  indeterminate?: string[]
  unknown?: string[]
}

/**
 * Compact form of an evaluation, e.g. `{"class":"IV","deciding":["cod"],"items":{"cod":"IV","nh3_n":"III"}}`
 * for a river with COD 25 and NH3-N 0.8.
 */
export function compactSurfaceWater(evaluation: SurfaceWaterEvaluation): CompactSurfaceWater {
  const compact: CompactSurfaceWater = {
    class: evaluation.class,
    deciding: evaluation.deciding,
    items: classesOf(evaluation.items)
  }
  if (Object.keys(evaluation.reference).length > 0) compact.reference = classesOf(evaluation.reference)
  if (evaluation.indeterminate.length > 0) compact.indeterminate = evaluation.indeterminate
  if (evaluation.unknown.length > 0) compact.unknown = evaluation.unknown
  return compact
}

function classesOf(results: Record<string, SurfaceWaterItemResult | undefined>): Record<string, WaterClass | null> {
  const classes: Record<string, WaterClass | null> = {}
  for (const [key, result] of Object.entries(results)) {
    if (result) classes[key] = result.class
  }
  return classes
}
