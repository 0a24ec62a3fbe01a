import type { z } from 'zod'
import { AppError } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import { waterMatrices, type ImportRowError, type LabResult, type LabResultImportReport, type Matrix, type Sample } from '../../shared/sampling'
import type { labResultInput } from '../../shared/sampling'
import type { Call } from '../call'
import type { Handlers } from '../handler-table'
import { insertRecord } from '../records/records'
import { voidChannel } from '../records/void-channel'
import { findSite } from '../sites/site.repository'
import { findSurfaceWaterItem, limitFor } from '../standards/surface-water-limits'
import { findParameter } from './parameters'
import { analysisProblems, measuredValueProblems } from './measured-value'
import { checkLabResultRecords, toParameterUnit } from './results-csv'
import { readImportRows } from '../documents/import-rows'
import { matrixNames } from './sample-evaluation'
import { currentResults, findLabResult, findLabResultByKey, findSamplesByCodes, listLabResults, requireSample } from './sampling.repository'

type ParsedResult = z.output<typeof labResultInput>

/** Water samples hold concentrations (per litre); soil, sediment and biota mass fractions (mg/kg). */
export function unitFitsMatrix(unit: string, matrix: Matrix): boolean {
  const massFraction = unit === 'mg/kg'
  return waterMatrices.includes(matrix) ? !massFraction : !unit.includes('/L')
}

/** The refusal of a unit that does not fit the sample's matrix. */
export function unitMismatch(unit: string, matrix: Matrix): string {
  return `单位 ${unit} 不适用于${matrixNames[matrix]}样品（${waterMatrices.includes(matrix) ? '水样应为 mg/L 等浓度单位' : '应为 mg/kg 等含量单位'}）`
}

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

/** Whether a stored result is the one a row would store (a re-import of the same file). */
export function sameResult(stored: LabResult, r: { value: number; qualifier: '<' | null; unit: string; detectionLimit: number | null }): boolean {
  return stored.value === r.value && stored.qualifier === r.qualifier && stored.unit === r.unit && stored.detectionLimit === r.detectionLimit
}

async function createResult(call: Call, r: ParsedResult): Promise<LabResult> {
  const sample = await requireSample(call.db, r.sampleId)
  if (sample.voided) throw new AppError('invalid_input', 'sample_voided_no_result')
  const parameter = findParameter(r.parameterKey)
  if (!parameter) throw new AppError('invalid_input', 'parameter_unknown', {}, { parameterKey: 'field_parameter' })
  const converted = toParameterUnit(parameter, { value: r.value, detectionLimit: r.detectionLimit }, r.unit)
  // The unit and value checks still word their problems in Chinese (they also word the CSV import's report).
  if (typeof converted === 'string') throw new AppError('invalid_input', 'input_problem', { problem: converted }, { unit: converted })
  if (!unitFitsMatrix(converted.unit, sample.matrix)) {
    const message = unitMismatch(r.unit, sample.matrix)
    throw new AppError('invalid_input', 'input_problem', { problem: message }, { unit: message })
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
    throw new AppError('invalid_input', 'input_problem', { problem: problems.map((p) => p.message).join('；') }, Object.fromEntries(problems.map((p) => [p.field, p.message])))
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

/**
 * Imports a results CSV or .xlsx all or nothing: every row is checked (parse, sample,
 * unit against matrix, conflict with a stored result) before anything is
 * written, and every row either imports or is listed with its reason. A row
 * stored identically already is skipped, so importing the same file again
 * adds nothing. The parsing and checking read outside any transaction; only
 * the inserts run in one short write transaction, so other writers wait for
 * the writes alone. A result stored by another writer between the check and
 * the write makes the unique key refuse it: the transaction rolls back and
 * the call is refused as a conflict, nothing imported. Progress is reported
 * through `call.progress` (the CLI prints it).
 */
async function importResults(call: Call, input: { fileName: string; contentBase64: string }): Promise<LabResultImportReport> {
  const progress = call.progress ?? (() => undefined)
  const read = await readImportRows(Buffer.from(input.contentBase64, 'base64'))
  const parsed = 'errors' in read ? { rows: [], errors: read.errors } : checkLabResultRecords(read.records, { now: new Date(call.now) })
  const errors: ImportRowError[] = [...parsed.errors]
  const report = (imported: number, skipped: number): LabResultImportReport => ({ fileName: input.fileName, imported, skipped, errors })
  progress({ phase: 'parsed', done: parsed.rows.length, total: parsed.rows.length })
  if (errors.length > 0) return report(0, 0)
  const every = progressStep(parsed.rows.length)
  const samples = await findSamplesByCodes(call.db, [...new Set(parsed.rows.map((r) => r.sampleCode))])
  const toInsert: { sample: Sample; row: (typeof parsed.rows)[number] }[] = []
  let skipped = 0
  for (const [index, row] of parsed.rows.entries()) {
    if (index % every === 0) progress({ phase: 'checked', done: index, total: parsed.rows.length })
    const sample = samples.get(row.sampleCode)
    if (!sample) {
      errors.push({ line: row.line, reason: `找不到样品编号 ${row.sampleCode}` })
      continue
    }
    if (sample.voided) {
      errors.push({ line: row.line, reason: `样品 ${row.sampleCode} 已作废` })
      continue
    }
    if (!unitFitsMatrix(row.unit, sample.matrix)) {
      errors.push({ line: row.line, reason: unitMismatch(row.reported.unit, sample.matrix) })
      continue
    }
    // The value's bounds were checked as the row was parsed; the analysis time needs the sample.
    const problems = analysisProblems({ sampledAt: sample.sampledAt, analysedAt: row.analysedAt })
    if (problems.length > 0) {
      errors.push({ line: row.line, reason: problems.map((p) => p.message).join('；') })
      continue
    }
    const stored = await findLabResultByKey(call.db, { sampleId: sample.id, parameterKey: row.parameterKey, reportNumber: row.reportNumber, analysedAt: row.analysedAt })
    if (stored && sameResult(stored, row)) {
      skipped += 1
      continue
    }
    if (stored) {
      const was = `${stored.qualifier ?? ''}${stored.value} ${stored.unit}`
      errors.push({ line: row.line, reason: `与已登记的结果冲突：${row.sampleCode} ${row.parameterKey}（报告 ${row.reportNumber}）已为 ${was}` })
      continue
    }
    toInsert.push({ sample, row })
  }
  progress({ phase: 'checked', done: parsed.rows.length, total: parsed.rows.length })
  if (errors.length > 0) return report(0, 0)
  await call.core.db.transaction().execute(async (trx) => {
    const writer = { ...call, db: trx }
    for (const [index, { sample, row }] of toInsert.entries()) {
      if (index % every === 0) progress({ phase: 'written', done: index, total: toInsert.length })
      const reported = `${row.reported.value} ${row.reported.unit}${row.reported.detectionLimit ? `（检出限 ${row.reported.detectionLimit}）` : ''}`
      await insertResult(writer, sample.id, {
        parameterKey: row.parameterKey,
        value: row.value,
        qualifier: row.qualifier,
        unit: row.unit,
        detectionLimit: row.detectionLimit,
        method: row.method,
        lab: row.lab,
        reportNumber: row.reportNumber,
        analysedAt: row.analysedAt,
        reported,
        source: 'csv'
      })
    }
  })
  progress({ phase: 'written', done: toInsert.length, total: toInsert.length })
  return report(toInsert.length, skipped)
}

/** About twenty reports per phase, never more often than every 100 rows. */
function progressStep(rows: number): number {
  return Math.max(100, Math.ceil(rows / 20))
}

/** Lab results: entered by form or imported from a CSV, voided with a reason, never edited; the trend of a parameter at a site. */
export const labResultHandlers: Handlers<'labResults.create' | 'labResults.void' | 'labResults.import' | 'labResults.series'> = {
  'labResults.create': { access: permissions.recordSampling, writes: true, run: createResult },
  'labResults.void': { access: permissions.recordSampling, writes: true, run: voidChannel('labResult', findLabResult, 'lab_result_not_found') },
  // Reads and checks outside a transaction, then writes in one of its own (see importResults).
  'labResults.import': { access: permissions.recordSampling, writes: false, run: importResults },
  'labResults.series': {
    access: 'signedIn',
    writes: false,
    run: async (call, { siteId, parameterKey, targetClass }) => {
      const site = await findSite(call.db, siteId)
      if (!site) throw new AppError('not_found', 'sampling_site_not_found')
      const parameter = findParameter(parameterKey)
      if (!parameter) throw new AppError('invalid_input', 'parameter_unknown', {}, { parameterKey: 'field_parameter' })
      const samples = (await call.db.selectFrom('sample').select(['id', 'code', 'sampledAt', 'matrix', 'voidedAt', 'qcType']).where('siteId', '=', siteId).orderBy('sampledAt').orderBy('code').execute()).filter(
        // Blanks are no measurement of the site, and a duplicate measures the same water as its original: neither is a point of the trend.
        (s) => s.voidedAt === null && s.qcType === 'normal' && waterMatrices.includes(s.matrix as Matrix)
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
