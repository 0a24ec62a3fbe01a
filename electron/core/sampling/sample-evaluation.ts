import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import type { LabResult, LabResultView, Matrix, PastHoldingTime, Sample, SampleEvaluation, ValueSource } from '../../shared/sampling'
import { evaluateSurfaceWater } from '../standards/surface-water'
import { findSurfaceWaterItem } from '../standards/surface-water-limits'
import { evaluateAgriculturalSoil } from '../standards/agricultural-soil'
import type { Measured } from '../standards/measured'
import { listHoldingTimes } from './holding-time.repository'
import { checkHoldingTime } from './holding-time'
import { findParameter } from './parameters'
import { currentResults, listLabResults, measuredOf } from './sampling.repository'

/*
 * How a sample reads against the national standards: the one evaluation the
 * sample page, its prints and the technical opinion all show.
 */

/** Matrix names as refusals and evaluations word them. */
export const matrixNames: Record<Matrix, string> = {
  surface_water: '地表水',
  groundwater: '地下水',
  wastewater: '废水',
  soil: '土壤',
  sediment: '沉积物',
  biota: '生物'
}

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
  const limits = await listHoldingTimes(db)
  return new Map(
    samples.map((sample) => {
      const results = bySample.get(sample.id)!
      const current = new Set([...currentResults(results).values()].map((r) => r.id))
      const views = results.map((r) => ({
        ...r,
        parameterName: findParameter(r.parameterKey)?.nameZh ?? r.parameterKey,
        holdingTime: checkHoldingTime({ parameterKey: r.parameterKey, matrix: sample.matrix, sampledAt: sample.sampledAt, analysedAt: r.analysedAt }, limits),
        superseded: r.voided === null && !current.has(r.id)
      }))
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
function pastHoldingTime(relied: readonly LabResultView[], nameOf: (key: string) => string): PastHoldingTime[] {
  return relied.flatMap((r) =>
    r.holdingTime.status === 'exceeded'
      ? [{ key: r.parameterKey, nameZh: nameOf(r.parameterKey), maxHours: r.holdingTime.maxHours!, exceededByHours: r.holdingTime.exceededByHours! }]
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
    if (waterbody === null) return { standard: null, reason: '采样点未标明水体类型（河流或湖库），无法按 GB 3838-2002 评价' }
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
    const nameOf = (key: string) => findSurfaceWaterItem(key, waterbody)?.nameZh ?? key
    const items = Object.entries({ ...evaluation.items, ...evaluation.reference }).flatMap(([key, item]) =>
      item ? [{ key, nameZh: nameOf(key), class: item.class, ...shown.get(key)! }] : []
    )
    if (items.length === 0) return { standard: null, reason: '尚无可按 GB 3838-2002 评价的检测结果' }
    const evaluated = new Set(items.map((i) => i.key))
    return {
      standard: 'gb3838',
      waterbody,
      class: evaluation.class,
      deciding: evaluation.deciding.map((key) => ({ key, nameZh: nameOf(key) })),
      grade: evaluation.grade?.zh ?? null,
      items,
      indeterminate: evaluation.indeterminate.map(nameOf),
      pastHoldingTime: pastHoldingTime(standing.filter((r) => evaluated.has(r.parameterKey)), nameOf)
    }
  }
  if (sample.matrix === 'soil') {
    const labPh = byKey.get('ph')
    const ph = labPh ? labPh.value : sample.fieldMeasurements.ph
    if (ph === null) return { standard: null, reason: '未记录土壤 pH（检测结果或现场测定），无法按 GB 15618-2018 评价' }
    if (sample.landUse === null) return { standard: null, reason: '样品未记录用地类型（水田、果园或其他），无法按 GB 15618-2018 评价' }
    const { ph: _ph, ...soilValues } = values
    const evaluation = evaluateAgriculturalSoil({ ph, landUse: sample.landUse, values: soilValues })
    const nameOf = (key: string) => findParameter(key)?.nameZh ?? key
    const items = Object.entries(evaluation.items).map(([key, item]) => ({
      key,
      nameZh: nameOf(key),
      category: item.category,
      value: item.value,
      qualifier: item.qualifier,
      screening: item.screening,
      intervention: item.intervention
    }))
    if (items.length === 0) return { standard: null, reason: '尚无可按 GB 15618-2018 评价的检测结果' }
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
      pastHoldingTime: pastHoldingTime(standing.filter((r) => relied.has(r.parameterKey)), nameOf)
    }
  }
  return { standard: null, reason: `${matrixNames[sample.matrix]}样品不按 GB 3838-2002 或 GB 15618-2018 评价` }
}
