import type { z } from 'zod'
import { AppError } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import { waterMatrices, type LabResult } from '../../shared/sampling'
import type { labResultInput } from '../../shared/sampling'
import type { Call } from '../call'
import type { Handlers } from '../handler-table'
import { insertRecord } from '../records/records'
import { voidChannel } from '../records/void-channel'
import { findSite } from '../sites/site.repository'
import { findSurfaceWaterItem, limitFor } from '../standards/surface-water-limits'
import { findParameter } from './parameters'
import { measuredValueProblems } from './measured-value'
import { toParameterUnit } from './results-csv'
import { importResults } from './results-import'
import { unitFitsMatrix, unitMismatch } from './lab-result-units'
import { currentResults, findLabResult, findLabResultByKey, listLabResults, requireSample } from './sampling.repository'
import { acrossCases, readsCase, writesCase } from '../access/case-scope'
import { caseOf } from '../access/case-of'

type ParsedResult = z.output<typeof labResultInput>

/** Stores one checked result through the records module. */
export async function insertResult(
  call: Call,
  sampleId: string,
  r: { parameterKey: string; value: number; qualifier: '<' | null; unit: string; detectionLimit: number | null; method: string; lab: string; reportNumber: string; analysedAt: string; reported: string; source: 'form' | 'csv' }
): Promise<LabResult> {
  const id = call.newId()
  await insertRecord(call, 'labResult', { id, sampleId, ...r })
  return (await findLabResult(call.db, id))!
}

async function createResult(call: Call, r: ParsedResult): Promise<LabResult> {
  const sample = await requireSample(call.db, r.sampleId)
  if (sample.voided) throw new AppError('invalid_input', 'sample_voided_no_result')
  const parameter = findParameter(r.parameterKey)
  if (!parameter) throw new AppError('invalid_input', 'parameter_unknown', {}, { parameterKey: 'field_parameter' })
  const converted = toParameterUnit(parameter, { value: r.value, detectionLimit: r.detectionLimit }, r.unit)
  // The unit and value checks give the same problems as the CSV import's report.
  if ('problem' in converted) throw new AppError('invalid_input', 'input_problem', { problem: [converted.problem] }, { unit: converted.problem })
  if (!unitFitsMatrix(converted.unit, sample.matrix)) {
    const problem = unitMismatch(r.unit, sample.matrix)
    throw new AppError('invalid_input', 'input_problem', { problem: [problem] }, { unit: problem })
  }
  const analysedAt = new Date(r.analysedAt).toISOString()
  if (Date.parse(analysedAt) > Date.parse(call.now)) throw new AppError('invalid_input', 'analysed_in_future', {}, { analysedAt: 'field_analysed_in_future' })
  const problems = measuredValueProblems({
    parameter,
    value: converted.quantity.value,
    detectionLimit: converted.quantity.detectionLimit,
    unit: converted.unit,
    sampledAt: sample.sampledAt,
    analysedAt
  })
  if (problems.length > 0) {
    throw new AppError('invalid_input', 'input_problem', { problem: problems.map((p) => p.problem) }, Object.fromEntries(problems.map((p) => [p.field, p.problem])))
  }
  const key = { sampleId: sample.id, parameterKey: parameter.key, reportNumber: r.reportNumber, analysedAt }
  if (await findLabResultByKey(call.db, key)) {
    throw new AppError('conflict', 'result_duplicate', {}, { reportNumber: 'field_result_recorded' })
  }
  return insertResult(call, sample.id, {
    parameterKey: parameter.key,
    value: converted.quantity.value,
    qualifier: r.qualifier,
    unit: converted.unit,
    detectionLimit: converted.quantity.detectionLimit,
    method: r.method,
    lab: r.lab,
    reportNumber: r.reportNumber,
    analysedAt,
    reported: `${r.qualifier ?? ''}${r.value} ${r.unit}`,
    source: 'form'
  })
}

/** Lab results: entered by form or imported from a CSV, voided with a reason, never edited; the trend of a parameter at a site. */
export const labResultHandlers: Handlers<'labResults.create' | 'labResults.void' | 'labResults.import' | 'labResults.series'> = {
  'labResults.create': { scope: writesCase((db, { sampleId }) => caseOf.sample(db, sampleId)), access: permissions.recordSampling, writes: true, run: createResult },
  'labResults.void': { scope: writesCase((db, { id }) => caseOf.labResult(db, id)), access: permissions.recordSampling, writes: true, run: voidChannel('labResult', findLabResult, 'lab_result_not_found') },
  // Reads and checks outside a transaction, then writes in one of its own (see results-import.ts); each row's sample must be of a case the caller may change.
  'labResults.import': { scope: acrossCases(), access: permissions.recordSampling, writes: false, run: importResults },
  'labResults.series': { scope: readsCase((db, { siteId }) => caseOf.site(db, siteId)),
    access: 'signedIn',
    writes: false,
    run: async (call, { siteId, parameterKey, targetClass }) => {
      const site = await findSite(call.db, siteId)
      if (!site) throw new AppError('not_found', 'sampling_site_not_found')
      const parameter = findParameter(parameterKey)
      if (!parameter) throw new AppError('invalid_input', 'parameter_unknown', {}, { parameterKey: 'field_parameter' })
      const samples = (await call.db.selectFrom('sample').select(['id', 'code', 'sampledAt', 'matrix', 'voidedAt', 'qcType']).where('siteId', '=', siteId).orderBy('sampledAt').orderBy('code').execute()).filter(
        // Blanks are no measurement of the site, and a duplicate measures the same water as its original: neither is a point of the trend.
        (s) => s.voidedAt === null && s.qcType === 'normal' && waterMatrices.includes(s.matrix)
      )
      const results = await listLabResults(
        call.db,
        samples.map((s) => s.id)
      )
      const points = samples.flatMap((s) => {
        const result = currentResults(results.filter((r) => r.sampleId === s.id)).get(parameterKey)
        return result ? [{ sampleId: s.id, sampleCode: s.code, sampledAt: s.sampledAt, value: result.value, qualifier: result.qualifier }] : []
      })
      const limit = site.waterbody !== null && findSurfaceWaterItem(parameterKey, site.waterbody) ? limitFor(parameterKey, targetClass, site.waterbody) : null
      return {
        siteId,
        siteName: site.name,
        parameterKey,
        unit: parameter.units[0]!,
        targetClass,
        // A range (pH 6–9) is no single line to draw.
        limit: typeof limit === 'number' ? limit : null,
        points
      }
    }
  }
}
