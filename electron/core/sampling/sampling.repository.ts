import { inList } from '../access/case-access'
import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../db/database'
import type { CriterionSampling } from '../orders/sample-criterion'
import type { Measured } from '../standards/measured'
import type {
  CustodyEventRecord,
  LabResult,
  Matrix,
  Sample,
  SampleSummary,
  SiteVisit
} from '../../shared/sampling'
import { voidingOf } from '../records/void-channel'
import { listTotal, searchMatch } from '../search/search-index'
import { readKeysetPage, type KeysetOrder } from '../db/keyset'
import type { KeysetPage } from '../../shared/common'
import { AppError } from '../../shared/errors'

const stampOf = (row: { createdAt: string; updatedAt: string; updatedBy: string; revision: number }) => ({
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  updatedBy: row.updatedBy,
  revision: row.revision
})

// ---- site visits ----

function toSiteVisit(row: Selectable<Database['siteVisit']>): SiteVisit {
  return {
    id: row.id,
    caseId: row.caseId,
    visitDate: row.visitDate,
    peoplePresent: JSON.parse(row.peoplePresent) as string[],
    weather: row.weather,
    notes: row.notes,
    voided: voidingOf(row),
    ...stampOf(row)
  }
}

/** A case's visits, newest first; a test asserts the plan uses `site_visit_case_date`. */
export function visitListQuery(db: Kysely<Database>, caseId: string) {
  return db.selectFrom('siteVisit').selectAll().where('caseId', '=', caseId).orderBy('visitDate', 'desc').orderBy('id', 'desc')
}

export async function listVisits(db: Kysely<Database>, caseId: string): Promise<SiteVisit[]> {
  return (await visitListQuery(db, caseId).execute()).map(toSiteVisit)
}

/** Several visits by id, in no particular order. */
export async function findVisits(db: Kysely<Database>, ids: readonly string[]): Promise<SiteVisit[]> {
  if (ids.length === 0) return []
  return (await db.selectFrom('siteVisit').selectAll().where('id', 'in', [...ids]).execute()).map(toSiteVisit)
}

export async function findVisit(db: Kysely<Database>, id: string): Promise<SiteVisit | null> {
  const row = await db.selectFrom('siteVisit').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? toSiteVisit(row) : null
}

// ---- samples ----

function toSample(row: Selectable<Database['sample']>, photos: string[]): Sample {
  return {
    id: row.id,
    code: row.code,
    caseId: row.caseId,
    visitId: row.visitId,
    siteId: row.siteId,
    matrix: row.matrix,
    sampledAt: row.sampledAt,
    depthM: row.depthM,
    sampler: row.sampler,
    samplerOrganisation: row.samplerOrganisation,
    supervisingInvestigator: row.supervisingInvestigator,
    container: row.container,
    volumeMl: row.volumeMl,
    preservative: row.preservative,
    qcType: row.qcType,
    duplicateOfId: row.duplicateOfId,
    sealNumber: row.sealNumber,
    landUse: row.landUse,
    fieldMeasurements: {
      waterTemperatureC: row.waterTemperatureC,
      ph: row.ph,
      dissolvedOxygenMgL: row.dissolvedOxygenMgL,
      conductivityUsCm: row.conductivityUsCm,
      turbidityNtu: row.turbidityNtu,
      transparencyCm: row.transparencyCm,
      appearance: row.appearance
    },
    photoSha256: photos,
    voided: voidingOf(row),
    ...stampOf(row)
  }
}

async function withPhotos(db: Kysely<Database>, rows: Selectable<Database['sample']>[]): Promise<Sample[]> {
  if (rows.length === 0) return []
  const photos = await db
    .selectFrom('samplePhoto')
    .select(['sampleId', 'sha256'])
    .where(
      'sampleId',
      'in',
      rows.map((r) => r.id)
    )
    .orderBy('sampleId')
    .orderBy('position')
    .execute()
  // Grouped once: a heavy case's 600 samples would otherwise each filter every photo.
  const bySample = new Map<string, string[]>()
  for (const p of photos) {
    const own = bySample.get(p.sampleId)
    if (own) own.push(p.sha256)
    else bySample.set(p.sampleId, [p.sha256])
  }
  return rows.map((row) => toSample(row, bySample.get(row.id) ?? []))
}

export async function findSample(db: Kysely<Database>, id: string): Promise<Sample | null> {
  const row = await db.selectFrom('sample').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? (await withPhotos(db, [row]))[0]! : null
}

/** Several samples by id with their photos, in no particular order. */
export async function findSamples(db: Kysely<Database>, ids: readonly string[]): Promise<Sample[]> {
  if (ids.length === 0) return []
  return withPhotos(db, await db.selectFrom('sample').selectAll().where('id', 'in', [...ids]).execute())
}

/** A case's samples in sampling order; a test asserts the plan uses `sample_case_sampled`. */
export function caseSampleQuery(db: Kysely<Database>, caseId: string) {
  return db.selectFrom('sample').selectAll().where('caseId', '=', caseId).orderBy('sampledAt').orderBy('code')
}

/** Every sample of a case, voided ones included (they say so), in sampling order. */
export async function listSamplesForCase(db: Kysely<Database>, caseId: string): Promise<Sample[]> {
  return withPhotos(db, await caseSampleQuery(db, caseId).execute())
}

/** A visit's samples in sampling order; a test asserts the plan uses `sample_visit_sampled`. */
export function visitSampleQuery(db: Kysely<Database>, visitId: string) {
  return db.selectFrom('sample').selectAll().where('visitId', '=', visitId).orderBy('sampledAt').orderBy('code')
}

export async function listSamplesForVisit(db: Kysely<Database>, visitId: string): Promise<Sample[]> {
  return withPhotos(db, await visitSampleQuery(db, visitId).execute())
}

/** Sequences already used in a case for a matrix; read through `sample_case_matrix_seq`. */
export async function usedSequences(db: Kysely<Database>, caseId: string, matrix: Matrix): Promise<number[]> {
  const rows = await db.selectFrom('sample').select('seq').where('caseId', '=', caseId).where('matrix', '=', matrix).execute()
  return rows.map((r) => r.seq)
}

export async function sampleCodeTaken(db: Kysely<Database>, code: string): Promise<boolean> {
  return (await db.selectFrom('sample').select('id').where('code', '=', code).executeTakeFirst()) !== undefined
}

/** Samples named by code (upper-case ASCII), for the results import. */
export async function findSamplesByCodes(db: Kysely<Database>, codes: readonly string[]): Promise<Map<string, Sample>> {
  if (codes.length === 0) return new Map()
  const rows = await db.selectFrom('sample').selectAll().where('code', 'in', [...codes]).execute()
  return new Map((await withPhotos(db, rows)).map((s) => [s.code, s]))
}

/** The sample list's order, newest first, across cases by `sample_sampled` and in one case by `sample_case_sampled_id`. */
const sampleListOrder: KeysetOrder = { columns: ['sample.sampledAt', 'sample.id'], direction: 'desc' }

/**
 * A page of the sample list in {@link sampleListOrder}, across cases or of
 * one case, with each sample's case number and site, searched by sample
 * code, sampler, sampling organisation, supervising investigator, seal
 * number, case number or site name through the FTS5 index. The total
 * (first page only) counts sample rows alone: every sample has its case and site.
 */
export async function listRecentSamples(
  db: Kysely<Database>,
  filter: { caseId: string | null; search: string; caseIds: readonly string[] | null },
  page: { after: string | null; limit: number }
): Promise<KeysetPage<SampleSummary>> {
  let filtered = db.selectFrom('sample')
  if (filter.caseId !== null) filtered = filtered.where('sample.caseId', '=', filter.caseId)
  if (filter.caseIds !== null) filtered = filtered.where('sample.caseId', 'in', inList(filter.caseIds))
  const text = filter.search.trim()
  const match = text ? await searchMatch(db, 'sample', 'sample.id', text) : null
  const total = page.after === null ? await listTotal(db, filtered, match, filter.caseId !== null || filter.caseIds !== null) : null
  if (match) filtered = filtered.where(match.page)
  const query = filtered
    .innerJoin('courtCase', 'courtCase.id', 'sample.caseId')
    .innerJoin('site', 'site.id', 'sample.siteId')
    .select([
      'sample.id',
      'sample.code',
      'sample.caseId',
      'courtCase.caseNumber',
      'sample.siteId',
      'site.name as siteName',
      'sample.visitId',
      'sample.matrix',
      'sample.sampledAt',
      'sample.qcType',
      'sample.sampler',
      'sample.voidedAt'
    ])
  const { rows, next } = await readKeysetPage(query, sampleListOrder, page)
  const items = rows.map(({ voidedAt, ...row }) => ({
    ...row,
    matrix: row.matrix,
    qcType: row.qcType,
    voided: voidedAt !== null
  }))
  return { items, next, total }
}

// ---- custody ----

function toCustodyEvent(row: Selectable<Database['custodyEvent']>): CustodyEventRecord {
  return {
    id: row.id,
    sampleId: row.sampleId,
    relinquishedBy: row.relinquishedBy,
    receivedBy: row.receivedBy,
    receiverKind: row.receiverKind,
    at: row.at,
    place: row.place,
    condition: row.condition,
    temperatureC: row.temperatureC,
    sealIntact: row.sealIntact === 1,
    voided: voidingOf(row),
    ...stampOf(row)
  }
}

/** A sample's custody events by handover time; a test asserts the plan uses `custody_event_sample_at`. */
export function custodyListQuery(db: Kysely<Database>, sampleId: string) {
  return db.selectFrom('custodyEvent').selectAll().where('sampleId', '=', sampleId).orderBy('at').orderBy('createdAt')
}

export async function listCustodyEvents(db: Kysely<Database>, sampleId: string): Promise<CustodyEventRecord[]> {
  return (await custodyListQuery(db, sampleId).execute()).map(toCustodyEvent)
}

export async function findCustodyEvent(db: Kysely<Database>, id: string): Promise<CustodyEventRecord | null> {
  const row = await db.selectFrom('custodyEvent').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? toCustodyEvent(row) : null
}

// ---- lab results ----

function toLabResult(row: Selectable<Database['labResult']>): LabResult {
  return {
    id: row.id,
    sampleId: row.sampleId,
    parameterKey: row.parameterKey,
    value: row.value,
    qualifier: row.qualifier,
    unit: row.unit,
    detectionLimit: row.detectionLimit,
    method: row.method,
    lab: row.lab,
    reportNumber: row.reportNumber,
    analysedAt: row.analysedAt,
    reported: row.reported,
    source: row.source,
    voided: voidingOf(row),
    ...stampOf(row)
  }
}

/** Results of some samples; a test asserts the plan uses `lab_result_key`. */
export function resultListQuery(db: Kysely<Database>, sampleIds: readonly string[]) {
  return db
    .selectFrom('labResult')
    .selectAll()
    .where('sampleId', 'in', [...sampleIds])
    .orderBy('sampleId')
    .orderBy('parameterKey')
    .orderBy('analysedAt')
}

/** Every result of the samples, voided ones included, by sample then parameter then analysis time. */
export async function listLabResults(db: Kysely<Database>, sampleIds: readonly string[]): Promise<LabResult[]> {
  if (sampleIds.length === 0) return []
  return (await resultListQuery(db, sampleIds).execute()).map(toLabResult)
}

export async function findLabResult(db: Kysely<Database>, id: string): Promise<LabResult | null> {
  const row = await db.selectFrom('labResult').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? toLabResult(row) : null
}

/** The result stored under an import key, voided or not. */
export async function findLabResultByKey(
  db: Kysely<Database>,
  key: { sampleId: string; parameterKey: string; reportNumber: string; analysedAt: string }
): Promise<LabResult | null> {
  const row = await db
    .selectFrom('labResult')
    .selectAll()
    .where('sampleId', '=', key.sampleId)
    .where('parameterKey', '=', key.parameterKey)
    .where('reportNumber', '=', key.reportNumber)
    .where('analysedAt', '=', key.analysedAt)
    .executeTakeFirst()
  return row ? toLabResult(row) : null
}

/**
 * The standing result of each parameter: voided results are left out and,
 * where a parameter was analysed more than once, the latest analysis counts.
 */
export function currentResults(results: readonly LabResult[]): Map<string, LabResult> {
  const current = new Map<string, LabResult>()
  for (const result of results) {
    if (result.voided) continue
    const known = current.get(result.parameterKey)
    if (!known || result.analysedAt >= known.analysedAt) current.set(result.parameterKey, result)
  }
  return current
}

/** A stored result as the standards engine reads it. */
export function measuredOf(result: LabResult): Measured {
  return { value: result.value, qualifier: result.qualifier, detectionLimit: result.detectionLimit }
}

/** A site's samples by sampling time; a test asserts the plan uses `sample_site_sampled`. */
export function siteSampleQuery(db: Kysely<Database>, siteId: string) {
  return db
    .selectFrom('sample')
    .select(['id', 'code', 'sampledAt', 'voidedAt', 'qcType'])
    .where('siteId', '=', siteId)
    .orderBy('sampledAt')
    .orderBy('code')
}

/**
 * Every sampling at a site, voided ones included and marked, with the
 * standing result of each parameter (in its canonical unit, mg/L for water):
 * exactly what a sample-based acceptance criterion is evaluated on. Field
 * blanks are left out: they measure the sampling, not the site.
 */
export async function listSamplingsAtSite(db: Kysely<Database>, siteId: string): Promise<CriterionSampling[]> {
  const samples = (await siteSampleQuery(db, siteId).execute()).filter((s) => s.qcType !== 'field_blank')
  const results = await listLabResults(
    db,
    samples.map((s) => s.id)
  )
  const bySample = new Map<string, LabResult[]>()
  for (const r of results) {
    const own = bySample.get(r.sampleId)
    if (own) own.push(r)
    else bySample.set(r.sampleId, [r])
  }
  return samples.map((sample) => {
    const current = currentResults(bySample.get(sample.id) ?? [])
    const measured: Record<string, Measured> = {}
    for (const [key, result] of current) measured[key] = measuredOf(result)
    return { sampleId: sample.id, sampleCode: sample.code, sampledAt: sample.sampledAt, voided: sample.voidedAt !== null, results: measured }
  })
}

/**
 * {@link listSamplingsAtSite} read once per site for one use (an order's
 * page, its summary, its print): however many milestones and targets name a
 * site, its samplings cost two statements.
 */
export function siteSamplingsReader(db: Kysely<Database>): (siteId: string) => Promise<CriterionSampling[]> {
  const read = new Map<string, Promise<CriterionSampling[]>>()
  return (siteId) => {
    let samplings = read.get(siteId)
    if (!samplings) {
      samplings = listSamplingsAtSite(db, siteId)
      read.set(siteId, samplings)
    }
    return samplings
  }
}

// ---- settings and case short codes ----

export async function sampleCodePattern(db: Kysely<Database>): Promise<{ pattern: string; revision: number }> {
  const row = await db.selectFrom('samplingSetting').select(['sampleCodePattern', 'revision']).executeTakeFirstOrThrow()
  return { pattern: row.sampleCodePattern, revision: row.revision }
}

export async function caseShortCodeOf(db: Kysely<Database>, caseId: string) {
  return db.selectFrom('courtCase').select(['id', 'caseNumber', 'shortCode', 'revision']).where('id', '=', caseId).executeTakeFirst()
}

/** The case's number, short code and revision, or `not_found`. */
export async function requireSamplingCase(db: Kysely<Database>, caseId: string) {
  const courtCase = await caseShortCodeOf(db, caseId)
  if (!courtCase) throw new AppError('not_found', 'case_not_found')
  return courtCase
}

/** The sample, or `not_found`. */
export async function requireSample(db: Kysely<Database>, id: string): Promise<Sample> {
  const sample = await findSample(db, id)
  if (!sample) throw new AppError('not_found', 'sample_not_found')
  return sample
}
