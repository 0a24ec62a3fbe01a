import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import type { LabResult, LabResultView, PastHoldingTime, Sample, SampleEvaluation, ValueSource } from '../../shared/sampling'
import { evaluateSurfaceWater } from '../standards/surface-water'
import { evaluateAgriculturalSoil } from '../standards/agricultural-soil'
import type { Measured } from '../standards/measured'
import { listHoldingTimes } from './holding-time.repository'
import { checkHoldingTime } from './holding-time'
import { currentResults, listLabResults, measuredOf } from './sampling.repository'
import { rowsByKey } from '../db/rows-by-key'

/*
 * How a sample reads against the national standards: the one evaluation the
 * sample page, its prints and the technical opinion all show.
 */

/** A sample's results, voided and superseded ones included and marked, with parameter names and holding-time checks. */
export async function labResultViews(db: Kysely<Database>, sample: Sample): Promise<LabResultView[]> {
  return (await labResultViewsOf(db, [sample])).get(sample.id)!
}

/**
 * {@link labResultViews} of many samples in two statements (their results,
 * the holding times), whatever their number: the evidence picker of a case
 * with 600 samples read 1,200 statements one sample at a time.
 */
export async function labResultViewsOf(db: Kysely<Database>, samples: readonly Sample[]): Promise<Map<string, LabResultView[]>> {
  const bySample = new Map<string, LabResult[]>(samples.map((s) => [s.id, []]))
  if (samples.length === 0) return new Map()
  for (const result of await listLabResults(db, samples.map((s) => s.id))) bySample.get(result.sampleId)!.push(result)
  // Holding-time rows by matrix, each in the table's order: a result is checked among its own matrix's rows only.
  const limitsOf = rowsByKey(await listHoldingTimes(db), (limit) => limit.matrix)
  return new Map(
    samples.map((sample) => {
      const results = bySample.get(sample.id)!
      const current = new Set(currentResults(results).values())
      const limits = limitsOf.get(sample.matrix) ?? []
      // Each result was read for this call alone, so it becomes its view in place: a copy of every result of a
      // 600-sample case (3,000 objects per call) kept the garbage collector busy for a sixth of the evidence picker (issue 15).
      const views: LabResultView[] = results.map((r) =>
        Object.assign(r, {
          holdingTime: checkHoldingTime({ parameterKey: r.parameterKey, matrix: sample.matrix, sampledAt: sample.sampledAt, analysedAt: r.analysedAt }, limits),
          superseded: r.voided === null && !current.has(r)
        })
      )
      return [sample.id, views]
    })
  )
}

/**
 * Field measurements that stand in for a missing laboratory value of the
 * same item. HJ/T 91-2002 (and HJ 91.2-2022, which replaced its surface-water
 * part) has pH and dissolved oxygen measured on site, because both change in
 * the bottle before a laboratory can analyse them: the field value is then
 * the measurement of the sample, and counts in the evaluation, marked as
 * such. A laboratory value, when there is one, is preferred. Water
 * temperature is measured on site too, but GB 3838-2002 limits its man-made
 * change over a week, which one reading cannot test.
 */
const FIELD_STAND_INS: readonly { key: 'ph' | 'do'; field: 'ph' | 'dissolvedOxygenMgL'; unit: string }[] = [
  { key: 'ph', field: 'ph', unit: '无量纲' },
  { key: 'do', field: 'dissolvedOxygenMgL', unit: 'mg/L' }
]

/**
 * The standing results an evaluation relied on that were analysed after
 * their holding time (HJ 493-2009; the hours are the administrator's verified
 * table, so an unverified row never flags). They stay in the evaluation,
 * which says so: dropping them would change the class without telling anyone.
 */
function pastHoldingTime(relied: readonly LabResultView[]): PastHoldingTime[] {
  return relied.flatMap((r) =>
    r.holdingTime.status === 'exceeded'
      ? [{ key: r.parameterKey, maxHours: r.holdingTime.maxHours!, exceededByHours: r.holdingTime.exceededByHours! }]
      : []
  )
}

/**
 * GB 3838 for surface water on the site's waterbody, with the field pH and DO
 * where the laboratory gave none; GB 15618 for soil with the pH (lab result,
 * else field) and the land use recorded on the sample. Either way the
 * evaluation lists the results it relied on that were analysed too late.
 */
export function evaluateSample(sample: Sample, waterbody: 'river' | 'lake' | null, results: LabResultView[]): SampleEvaluation {
  const standing = results.filter((r) => r.voided === null && !r.superseded)
  const values: Record<string, Measured> = {}
  for (const r of standing) values[r.parameterKey] = measuredOf(r)
  const byKey = new Map(standing.map((r) => [r.parameterKey, r]))
  if (sample.matrix === 'surface_water') {
    if (waterbody === null) return { standard: null, reason: 'no_waterbody' }
    const shown = new Map<string, { value: number; qualifier: '<' | null; unit: string; source: ValueSource }>(
      standing.map((r) => [r.parameterKey, { value: r.value, qualifier: r.qualifier, unit: r.unit, source: 'lab' }])
    )
    for (const { key, field, unit } of FIELD_STAND_INS) {
      const measured = sample.fieldMeasurements[field]
      if (shown.has(key) || measured === null) continue
      values[key] = measured
      shown.set(key, { value: measured, qualifier: null, unit, source: 'field' })
    }
    const evaluation = evaluateSurfaceWater({ waterbody, values })
    const items = Object.entries({ ...evaluation.items, ...evaluation.reference }).flatMap(([key, item]) =>
      item ? [{ key, class: item.class, ...shown.get(key)! }] : []
    )
    if (items.length === 0) return { standard: null, reason: 'no_gb3838_results' }
    const evaluated = new Set(items.map((i) => i.key))
    return {
      standard: 'gb3838',
      waterbody,
      class: evaluation.class,
      deciding: evaluation.deciding.map((key) => ({ key })),
      grade: evaluation.grade,
      items,
      indeterminate: evaluation.indeterminate,
      pastHoldingTime: pastHoldingTime(standing.filter((r) => evaluated.has(r.parameterKey)))
    }
  }
  if (sample.matrix === 'soil') {
    const labPh = byKey.get('ph')
    const ph = labPh ? labPh.value : sample.fieldMeasurements.ph
    if (ph === null) return { standard: null, reason: 'no_soil_ph' }
    if (sample.landUse === null) return { standard: null, reason: 'no_land_use' }
    const { ph: _ph, ...soilValues } = values
    const evaluation = evaluateAgriculturalSoil({ ph, landUse: sample.landUse, values: soilValues })
    const items = Object.entries(evaluation.items).map(([key, item]) => ({
      key,
      category: item.category,
      value: item.value,
      qualifier: item.qualifier,
      screening: item.screening,
      intervention: item.intervention
    }))
    if (items.length === 0) return { standard: null, reason: 'no_gb15618_results' }
    // The pH chose the band of every screening value, so a late lab pH is relied on as much as the metals.
    const relied = new Set([...items.map((i) => i.key), ...(labPh ? ['ph'] : [])])
    return {
      standard: 'gb15618',
      ph,
      phSource: labPh ? 'lab' : 'field',
      landUse: sample.landUse,
      overall: evaluation.overall,
      items,
      indeterminate: evaluation.indeterminate,
      pastHoldingTime: pastHoldingTime(standing.filter((r) => relied.has(r.parameterKey)))
    }
  }
  return { standard: null, reason: 'matrix_not_evaluated' }
}
