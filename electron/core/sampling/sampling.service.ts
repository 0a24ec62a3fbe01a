import { AppError } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import {
  waterMatrices,
  type CaseSampleCode,
  type LabResult,
  type LabResultImportReport,
  type Matrix,
  type Sample,
  type SampleDetail,
  type ImportRowError
} from '../../shared/sampling'
import type { z } from 'zod'
import type { labResultInput, sampleInput, siteVisitInput } from '../../shared/sampling'
import { newStamp, nextStamp, type Call } from '../call'
import type { Handlers } from '../handler-table'
import { findSite, siteOfMatter } from '../sites/site.repository'
import { deriveCustody } from './custody'
import { findParameter, listParameters } from './parameters'
import { parseLabResultsCsv, toParameterUnit } from './results-csv'
import { evaluateSample, labResultViews, matrixNames } from './sample-evaluation'
import { nextSampleCode, parseSampleCodePattern, suggestCaseShortCode } from './sample-code'
import {
  caseShortCodeOf,
  currentResults,
  findCustodyEvent,
  findLabResult,
  findLabResultByKey,
  findSample,
  findSamplesByCodes,
  findVisit,
  listCustodyEvents,
  listLabResults,
  listRecentSamples,
  listSamplesForVisit,
  listVisits,
  sampleCodePattern,
  sampleCodeTaken,
  usedSequences
} from './sampling.repository'
import { findSurfaceWaterItem, limitFor } from '../standards/surface-water-limits'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database'

type VisitInput = z.output<typeof siteVisitInput>
type ParsedSample = z.output<typeof sampleInput>
type ParsedResult = z.output<typeof labResultInput>

async function requireCase(db: Kysely<Database>, caseId: string) {
  const courtCase = await caseShortCodeOf(db, caseId)
  if (!courtCase) throw new AppError('not_found', '找不到该案件')
  return courtCase
}

async function requireSample(db: Kysely<Database>, id: string): Promise<Sample> {
  const sample = await findSample(db, id)
  if (!sample) throw new AppError('not_found', '找不到该样品')
  return sample
}

function refuseStale(revision: number, expected: number, what: string): void {
  if (revision !== expected) throw new AppError('conflict', `该${what}已被他人修改，请刷新后重试`)
}

// ---- visits ----

function visitColumns(visit: VisitInput) {
  return { visitDate: visit.visitDate, peoplePresent: JSON.stringify(visit.peoplePresent), weather: visit.weather, notes: visit.notes }
}

// ---- samples ----

function sampleColumns(s: ParsedSample) {
  return {
    visitId: s.visitId,
    siteId: s.siteId,
    matrix: s.matrix,
    sampledAt: new Date(s.sampledAt).toISOString(),
    depthM: s.depthM,
    sampler: s.sampler,
    samplerOrganisation: s.samplerOrganisation,
    supervisingInvestigator: s.supervisingInvestigator,
    container: s.container,
    volumeMl: s.volumeMl,
    preservative: s.preservative,
    qcType: s.qcType,
    duplicateOfId: s.duplicateOfId,
    sealNumber: s.sealNumber,
    landUse: s.landUse,
    ...s.fieldMeasurements
  }
}

/** Checks the references a sample names: they must exist, belong to its case, and a duplicate's original be of the same matrix. */
async function checkSampleReferences(call: Call, s: ParsedSample, selfId: string | null): Promise<void> {
  await requireCase(call.db, s.caseId)
  if (!(await siteOfMatter(call.db, s.siteId, s.caseId))) {
    throw new AppError('invalid_input', '采样点不属于该案件或其关联案件', { siteId: '请选择本案的采样点' })
  }
  if (s.visitId !== null) {
    const visit = await findVisit(call.db, s.visitId)
    if (!visit || visit.caseId !== s.caseId) throw new AppError('invalid_input', '现场勘查记录不属于该案件', { visitId: '请选择本案的现场勘查' })
  }
  if (s.duplicateOfId !== null) {
    const original = await findSample(call.db, s.duplicateOfId)
    if (!original || original.caseId !== s.caseId || original.id === selfId) {
      throw new AppError('invalid_input', '平行样须对应本案的另一样品', { duplicateOfId: '请选择本案的另一样品' })
    }
    if (original.matrix !== s.matrix) throw new AppError('invalid_input', '平行样须与原样品类型相同', { duplicateOfId: '原样品类型不同' })
  }
  for (const sha256 of s.photoSha256) {
    const known = await call.db.selectFrom('attachment').select('id').where('sha256', '=', sha256).executeTakeFirst()
    if (!known) throw new AppError('invalid_input', '照片尚未上传到附件库', { photoSha256: '照片尚未上传，请重新选择' })
  }
}

async function writePhotos(call: Call, sampleId: string, photos: readonly string[]): Promise<void> {
  await call.db.deleteFrom('samplePhoto').where('sampleId', '=', sampleId).execute()
  if (photos.length === 0) return
  await call.db
    .insertInto('samplePhoto')
    .values(photos.map((sha256, position) => ({ sampleId, position, sha256 })))
    .execute()
}

/** The case's short code, set from the suggestion when its first sample is taken. */
async function shortCodeForSampling(call: Call, caseId: string): Promise<string> {
  const courtCase = await requireCase(call.db, caseId)
  if (courtCase.shortCode !== null) return courtCase.shortCode
  const suggested = suggestCaseShortCode(courtCase.caseNumber)
  const taken = suggested === '' ? true : await shortCodeTaken(call.db, suggested, caseId)
  if (taken) {
    throw new AppError('invalid_input', `请先为本案设置案件简码（建议的“${suggested || '无'}”不可用）`, { caseShortCode: '请设置案件简码' })
  }
  await setShortCode(call, courtCase, suggested)
  return suggested
}

async function shortCodeTaken(db: Kysely<Database>, shortCode: string, caseId: string): Promise<boolean> {
  const row = await db.selectFrom('courtCase').select('id').where('shortCode', '=', shortCode).where('id', '!=', caseId).executeTakeFirst()
  return row !== undefined
}

async function setShortCode(call: Call, courtCase: { id: string; shortCode: string | null; revision: number }, shortCode: string) {
  await call.db
    .updateTable('courtCase')
    .set({ shortCode, ...nextStamp(call, courtCase.revision) })
    .where('id', '=', courtCase.id)
    .execute()
  await call.audit({ type: 'court_case', id: courtCase.id }, { shortCode: courtCase.shortCode }, { shortCode })
}

async function caseSampleCode(db: Kysely<Database>, caseId: string): Promise<CaseSampleCode> {
  const courtCase = await requireCase(db, caseId)
  const { pattern, revision } = await sampleCodePattern(db)
  return {
    caseId,
    caseNumber: courtCase.caseNumber,
    shortCode: courtCase.shortCode,
    suggested: suggestCaseShortCode(courtCase.caseNumber),
    pattern,
    patternRevision: revision
  }
}

// ---- lab results ----

/** Water samples hold concentrations (per litre); soil, sediment and biota mass fractions (mg/kg). */
function unitFitsMatrix(unit: string, matrix: Matrix): boolean {
  const massFraction = unit === 'mg/kg'
  return waterMatrices.includes(matrix) ? !massFraction : !unit.includes('/L')
}

function unitMismatch(unit: string, matrix: Matrix): string {
  return `单位 ${unit} 不适用于${matrixNames[matrix]}样品（${waterMatrices.includes(matrix) ? '水样应为 mg/L 等浓度单位' : '应为 mg/kg 等含量单位'}）`
}

async function insertResult(
  call: Call,
  sampleId: string,
  r: { parameterKey: string; value: number; qualifier: '<' | null; unit: string; detectionLimit: number | null; method: string; lab: string; reportNumber: string; analysedAt: string; reported: string; source: 'form' | 'csv' }
): Promise<LabResult> {
  const id = call.newId()
  await call.db
    .insertInto('labResult')
    .values({ id, sampleId, ...r, voidedAt: null, voidedBy: null, ...newStamp(call) })
    .execute()
  const created = (await findLabResult(call.db, id))!
  await call.audit({ type: 'lab_result', id }, null, created)
  return created
}

function sameResult(stored: LabResult, r: { value: number; qualifier: '<' | null; unit: string; detectionLimit: number | null }): boolean {
  return stored.value === r.value && stored.qualifier === r.qualifier && stored.unit === r.unit && stored.detectionLimit === r.detectionLimit
}

async function createResult(call: Call, r: ParsedResult): Promise<LabResult> {
  const sample = await requireSample(call.db, r.sampleId)
  if (sample.voided) throw new AppError('invalid_input', '该样品已作废，不能再登记结果')
  const parameter = findParameter(r.parameterKey)
  if (!parameter) throw new AppError('invalid_input', '未知的检测项目', { parameterKey: '请选择检测项目' })
  const converted = toParameterUnit(parameter, { value: r.value, detectionLimit: r.detectionLimit }, r.unit)
  if (typeof converted === 'string') throw new AppError('invalid_input', converted, { unit: converted })
  if (!unitFitsMatrix(converted.unit, sample.matrix)) {
    const message = unitMismatch(r.unit, sample.matrix)
    throw new AppError('invalid_input', message, { unit: message })
  }
  const analysedAt = new Date(r.analysedAt).toISOString()
  if (Date.parse(analysedAt) > Date.parse(call.now)) throw new AppError('invalid_input', '分析时间晚于当前时间', { analysedAt: '分析时间不能晚于现在' })
  const key = { sampleId: sample.id, parameterKey: parameter.key, reportNumber: r.reportNumber, analysedAt }
  if (await findLabResultByKey(call.db, key)) {
    throw new AppError('conflict', '该样品已有同一报告、同一分析时间的此项结果', { reportNumber: '该结果已登记' })
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
 * Imports a results CSV all or nothing: every row is checked (parse, sample,
 * unit against matrix, conflict with a stored result) before anything is
 * written. A row stored identically already is skipped, so importing the
 * same file again adds nothing.
 */
async function importResults(call: Call, input: { fileName: string; contentBase64: string }): Promise<LabResultImportReport> {
  const parsed = parseLabResultsCsv(Buffer.from(input.contentBase64, 'base64'), { now: new Date(call.now) })
  const errors: ImportRowError[] = [...parsed.errors]
  const report = (imported: number, skipped: number): LabResultImportReport => ({ fileName: input.fileName, imported, skipped, errors })
  if (errors.length > 0) return report(0, 0)
  const samples = await findSamplesByCodes(call.db, [...new Set(parsed.rows.map((r) => r.sampleCode))])
  const toInsert: { sample: Sample; row: (typeof parsed.rows)[number] }[] = []
  let skipped = 0
  for (const row of parsed.rows) {
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
  if (errors.length > 0) return report(0, 0)
  for (const { sample, row } of toInsert) {
    const reported = `${row.reported.value} ${row.reported.unit}${row.reported.detectionLimit ? `（检出限 ${row.reported.detectionLimit}）` : ''}`
    await insertResult(call, sample.id, {
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
  return report(toInsert.length, skipped)
}

// ---- the sample page ----

async function sampleDetail(db: Kysely<Database>, id: string): Promise<SampleDetail> {
  const sample = await requireSample(db, id)
  const site = (await findSite(db, sample.siteId))!
  const courtCase = (await requireCase(db, sample.caseId))!
  const visit = sample.visitId ? await findVisit(db, sample.visitId) : null
  const duplicateOf = sample.duplicateOfId ? await findSample(db, sample.duplicateOfId) : null
  const custodyEvents = await listCustodyEvents(db, id)
  const chain = deriveCustody(
    { sampler: sample.sampler, sampledAt: sample.sampledAt },
    custodyEvents.map((e) => ({ ...e, voided: e.voided !== null, recordedAt: e.createdAt }))
  )
  const results = await labResultViews(db, sample)
  return {
    sample,
    caseNumber: courtCase.caseNumber,
    siteName: site.name,
    siteWaterbody: site.waterbody,
    siteLatitude: site.latitude,
    siteLongitude: site.longitude,
    siteAccuracyM: site.accuracyM,
    visitDate: visit?.visitDate ?? null,
    duplicateOfCode: duplicateOf?.code ?? null,
    custodyEvents,
    custody: {
      holder: chain.holder,
      holderKind: chain.holderKind,
      status: chain.status,
      since: chain.since,
      broken: chain.broken,
      sealBroken: chain.sealBroken,
      flags: chain.flags
    },
    results,
    evaluation: evaluateSample(sample, site.waterbody, results),
    parameters: listParameters()
  }
}

export const samplingHandlers: Handlers<
  | 'visits.list'
  | 'visits.get'
  | 'visits.create'
  | 'visits.update'
  | 'samples.list'
  | 'samples.get'
  | 'samples.create'
  | 'samples.update'
  | 'samples.void'
  | 'samples.caseCode'
  | 'samples.setCaseCode'
  | 'samples.codePattern'
  | 'samples.setCodePattern'
  | 'custody.record'
  | 'custody.void'
  | 'labResults.create'
  | 'labResults.void'
  | 'labResults.import'
  | 'labResults.series'
> = {
  'visits.list': {
    access: 'signedIn',
    writes: false,
    run: async (call, { caseId }) => {
      await requireCase(call.db, caseId)
      return listVisits(call.db, caseId)
    }
  },
  'visits.get': {
    access: 'signedIn',
    writes: false,
    run: async (call, { id }) => {
      const visit = await findVisit(call.db, id)
      if (!visit) throw new AppError('not_found', '找不到该现场勘查记录')
      const courtCase = await call.db.selectFrom('courtCase').select(['caseNumber', 'court']).where('id', '=', visit.caseId).executeTakeFirstOrThrow()
      const samples = await listSamplesForVisit(call.db, id)
      const sites = new Map<string, Awaited<ReturnType<typeof findSite>>>()
      for (const s of samples) if (!sites.has(s.siteId)) sites.set(s.siteId, await findSite(call.db, s.siteId))
      return {
        visit,
        caseNumber: courtCase.caseNumber,
        court: courtCase.court,
        samples: samples.map((s) => {
          const site = sites.get(s.siteId)!
          return { ...s, siteName: site.name, siteLatitude: site.latitude, siteLongitude: site.longitude, siteAccuracyM: site.accuracyM }
        })
      }
    }
  },
  'visits.create': {
    access: permissions.recordSampling,
    writes: true,
    run: async (call, visit) => {
      await requireCase(call.db, visit.caseId)
      const id = call.newId()
      await call.db
        .insertInto('siteVisit')
        .values({ id, caseId: visit.caseId, ...visitColumns(visit), voidedAt: null, voidedBy: null, ...newStamp(call) })
        .execute()
      const created = (await findVisit(call.db, id))!
      await call.audit({ type: 'site_visit', id }, null, created)
      return created
    }
  },
  'visits.update': {
    access: permissions.recordSampling,
    writes: true,
    run: async (call, { id, revision, visit }) => {
      const before = await findVisit(call.db, id)
      if (!before) throw new AppError('not_found', '找不到该现场勘查记录')
      if (before.caseId !== visit.caseId) throw new AppError('invalid_input', '现场勘查不能改到另一案件', { caseId: '不能更改案件' })
      refuseStale(before.revision, revision, '现场勘查记录')
      await call.db
        .updateTable('siteVisit')
        .set({ ...visitColumns(visit), ...nextStamp(call, revision) })
        .where('id', '=', id)
        .execute()
      const after = (await findVisit(call.db, id))!
      await call.audit({ type: 'site_visit', id }, before, after)
      return after
    }
  },
  'samples.list': {
    access: 'signedIn',
    writes: false,
    run: (call, { caseId, search, offset, limit }) => listRecentSamples(call.db, { caseId, search }, offset, limit)
  },
  'samples.get': { access: 'signedIn', writes: false, run: (call, { id }) => sampleDetail(call.db, id) },
  'samples.create': {
    access: permissions.recordSampling,
    writes: true,
    run: async (call, input) => {
      await checkSampleReferences(call, input, null)
      const caseCode = await shortCodeForSampling(call, input.caseId)
      const { pattern } = await sampleCodePattern(call.db)
      const usedSeqs = await usedSequences(call.db, input.caseId, input.matrix)
      const taken = new Set<string>()
      let next = nextSampleCode(pattern, { caseCode, matrix: input.matrix, sampledAt: input.sampledAt, usedSeqs }, (code) => taken.has(code))
      while (await sampleCodeTaken(call.db, next.code)) {
        taken.add(next.code)
        next = nextSampleCode(pattern, { caseCode, matrix: input.matrix, sampledAt: input.sampledAt, usedSeqs }, (code) => taken.has(code))
      }
      const id = call.newId()
      await call.db
        .insertInto('sample')
        .values({ id, code: next.code, seq: next.seq, caseId: input.caseId, ...sampleColumns(input), voidedAt: null, voidedBy: null, ...newStamp(call) })
        .execute()
      await writePhotos(call, id, input.photoSha256)
      const created = (await findSample(call.db, id))!
      await call.audit({ type: 'sample', id }, null, created)
      return created
    }
  },
  'samples.update': {
    access: permissions.recordSampling,
    writes: true,
    run: async (call, { id, revision, sample }) => {
      const before = await requireSample(call.db, id)
      if (before.voided) throw new AppError('invalid_input', '已作废的样品不能修改')
      refuseStale(before.revision, revision, '样品')
      if (sample.caseId !== before.caseId) throw new AppError('invalid_input', '样品不能改到另一案件', { caseId: '不能更改案件' })
      if (sample.matrix !== before.matrix) {
        throw new AppError('invalid_input', '样品类型不能修改（样品编号已按类型生成），请作废后重新登记', { matrix: '样品类型不能修改' })
      }
      await checkSampleReferences(call, sample, id)
      await call.db
        .updateTable('sample')
        .set({ ...sampleColumns(sample), ...nextStamp(call, revision) })
        .where('id', '=', id)
        .execute()
      await writePhotos(call, id, sample.photoSha256)
      const after = (await findSample(call.db, id))!
      await call.audit({ type: 'sample', id }, before, after)
      return after
    }
  },
  'samples.void': {
    access: permissions.recordSampling,
    writes: true,
    run: async (call, { id, revision, reason }) => {
      const before = await requireSample(call.db, id)
      if (before.voided) throw new AppError('invalid_input', '该样品已作废')
      refuseStale(before.revision, revision, '样品')
      await call.db
        .updateTable('sample')
        .set({ voidedAt: call.now, voidedBy: call.user.id, voidReason: reason, ...nextStamp(call, revision) })
        .where('id', '=', id)
        .execute()
      const after = (await findSample(call.db, id))!
      await call.audit({ type: 'sample', id }, before, after)
      return after
    }
  },
  'samples.caseCode': { access: 'signedIn', writes: false, run: (call, { caseId }) => caseSampleCode(call.db, caseId) },
  'samples.setCaseCode': {
    access: permissions.setCaseShortCode,
    writes: true,
    run: async (call, { caseId, shortCode }) => {
      const courtCase = await requireCase(call.db, caseId)
      if (await shortCodeTaken(call.db, shortCode, caseId)) {
        throw new AppError('conflict', '该案件简码已被其他案件使用', { shortCode: '该简码已被其他案件使用' })
      }
      if (courtCase.shortCode !== shortCode) await setShortCode(call, courtCase, shortCode)
      return caseSampleCode(call.db, caseId)
    }
  },
  'samples.codePattern': { access: 'signedIn', writes: false, run: (call) => sampleCodePattern(call.db) },
  'samples.setCodePattern': {
    access: permissions.editReferenceData,
    writes: true,
    run: async (call, { pattern, revision }) => {
      const problems = parseSampleCodePattern(pattern).problems
      if (problems.length > 0) throw new AppError('invalid_input', `编号规则无效：${problems.join('；')}`, { pattern: problems.join('；') })
      const before = await sampleCodePattern(call.db)
      refuseStale(before.revision, revision, '编号规则')
      await call.db
        .updateTable('samplingSetting')
        .set({ sampleCodePattern: pattern, ...nextStamp(call, revision) })
        .where('id', '=', 'sampling')
        .execute()
      const after = await sampleCodePattern(call.db)
      await call.audit({ type: 'sampling_setting', id: 'sampling' }, before, after)
      return after
    }
  },
  'custody.record': {
    access: permissions.recordSampling,
    writes: true,
    run: async (call, event) => {
      const sample = await requireSample(call.db, event.sampleId)
      if (sample.voided) throw new AppError('invalid_input', '该样品已作废，不能再登记移交')
      const at = new Date(event.at).toISOString()
      if (Date.parse(at) > Date.parse(call.now)) throw new AppError('invalid_input', '移交时间晚于当前时间', { at: '移交时间不能晚于现在' })
      const id = call.newId()
      await call.db
        .insertInto('custodyEvent')
        .values({
          id,
          sampleId: sample.id,
          relinquishedBy: event.relinquishedBy,
          receivedBy: event.receivedBy,
          receiverKind: event.receiverKind,
          at,
          place: event.place,
          condition: event.condition,
          temperatureC: event.temperatureC,
          sealIntact: event.sealIntact ? 1 : 0,
          voidedAt: null,
          voidedBy: null,
          ...newStamp(call)
        })
        .execute()
      const created = (await findCustodyEvent(call.db, id))!
      await call.audit({ type: 'custody_event', id }, null, created)
      return created
    }
  },
  'custody.void': {
    access: permissions.recordSampling,
    writes: true,
    run: async (call, { id, revision, reason }) => {
      const before = await findCustodyEvent(call.db, id)
      if (!before) throw new AppError('not_found', '找不到该移交记录')
      if (before.voided) throw new AppError('invalid_input', '该移交记录已作废')
      refuseStale(before.revision, revision, '移交记录')
      await call.db
        .updateTable('custodyEvent')
        .set({ voidedAt: call.now, voidedBy: call.user.id, voidReason: reason, ...nextStamp(call, revision) })
        .where('id', '=', id)
        .execute()
      const after = (await findCustodyEvent(call.db, id))!
      await call.audit({ type: 'custody_event', id }, before, after)
      return after
    }
  },
  'labResults.create': { access: permissions.recordSampling, writes: true, run: createResult },
  'labResults.void': {
    access: permissions.recordSampling,
    writes: true,
    run: async (call, { id, revision, reason }) => {
      const before = await findLabResult(call.db, id)
      if (!before) throw new AppError('not_found', '找不到该检测结果')
      if (before.voided) throw new AppError('invalid_input', '该检测结果已作废')
      refuseStale(before.revision, revision, '检测结果')
      await call.db
        .updateTable('labResult')
        .set({ voidedAt: call.now, voidedBy: call.user.id, voidReason: reason, ...nextStamp(call, revision) })
        .where('id', '=', id)
        .execute()
      const after = (await findLabResult(call.db, id))!
      await call.audit({ type: 'lab_result', id }, before, after)
      return after
    }
  },
  'labResults.import': { access: permissions.recordSampling, writes: true, run: importResults },
  'labResults.series': {
    access: 'signedIn',
    writes: false,
    run: async (call, { siteId, parameterKey, targetClass }) => {
      const site = await findSite(call.db, siteId)
      if (!site) throw new AppError('not_found', '找不到该采样点')
      const parameter = findParameter(parameterKey)
      if (!parameter) throw new AppError('invalid_input', '未知的检测项目', { parameterKey: '请选择检测项目' })
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
        parameterName: parameter.nameZh,
        unit: parameter.units[0]!,
        targetClass,
        // A range (pH 6–9) is no single line to draw.
        limit: typeof limit === 'number' ? limit : null,
        points
      }
    }
  }
}

