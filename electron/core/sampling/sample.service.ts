import type { Kysely } from 'kysely'
import type { z } from 'zod'
import { AppError } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import type { CaseSampleCode, Sample, SampleDetail } from '../../shared/sampling'
import type { sampleInput } from '../../shared/sampling'
import type { Call } from '../call'
import type { Database } from '../db/database'
import type { Handlers } from '../handler-table'
import { checkRevision, insertRecord, replaceLinks, updateRecord } from '../records/records'
import { voidChannel } from '../records/void-channel'
import { findSite, siteOfMatter } from '../sites/site.repository'
import { deriveCustody } from './custody'
import { listParameters } from './parameters'
import { evaluateSample, labResultViews } from './sample-evaluation'
import { nextSampleCode, parseSampleCodePattern, suggestCaseShortCode } from './sample-code'
import { stationTag } from '../exchange/station-tag'
import {
  findSample,
  findVisit,
  listCustodyEvents,
  listRecentSamples,
  requireSample,
  requireSamplingCase,
  sampleCodePattern,
  sampleCodeTaken,
  usedSequences
} from './sampling.repository'
import { acrossCases, inputCase, noCase, readsCase, writesCase } from '../access/case-scope'
import { caseOf } from '../access/case-of'

type ParsedSample = z.output<typeof sampleInput>

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
  await requireSamplingCase(call.db, s.caseId)
  // A sample is taken before it is recorded: a sampling time after now is a typing error.
  if (Date.parse(s.sampledAt) > Date.parse(call.now)) throw new AppError('invalid_input', 'sampled_in_future', {}, { sampledAt: 'field_sampled_in_future' })
  if (!(await siteOfMatter(call.db, s.siteId, s.caseId))) {
    throw new AppError('invalid_input', 'site_not_of_case', {}, { siteId: 'field_site_of_case' })
  }
  if (s.visitId !== null) {
    const visit = await findVisit(call.db, s.visitId)
    if (!visit || visit.caseId !== s.caseId) throw new AppError('invalid_input', 'visit_not_of_case', {}, { visitId: 'field_visit_of_case' })
  }
  if (s.duplicateOfId !== null) {
    const original = await findSample(call.db, s.duplicateOfId)
    if (!original || original.caseId !== s.caseId || original.id === selfId) {
      throw new AppError('invalid_input', 'duplicate_of_case_sample', {}, { duplicateOfId: 'field_duplicate_of' })
    }
    if (original.matrix !== s.matrix) throw new AppError('invalid_input', 'duplicate_matrix_differs', {}, { duplicateOfId: 'field_duplicate_matrix_differs' })
  }
  for (const sha256 of s.photoSha256) {
    const known = await call.db.selectFrom('attachment').select('id').where('sha256', '=', sha256).executeTakeFirst()
    if (!known) throw new AppError('invalid_input', 'photo_not_uploaded', {}, { photoSha256: 'field_photo_not_uploaded' })
  }
}

/**
 * Whether the sample has left its sampler's hands: a custody event stands
 * (a voided one was recorded in error and hands nothing over). From then on
 * the receiver checked the sample against its record (time, seal, field
 * values), and the laboratory and the court rely on that record, so a change
 * to it must say why (EcoCase's rule, issue 13).
 */
async function isHandedOver(db: Kysely<Database>, sampleId: string): Promise<boolean> {
  return (await listCustodyEvents(db, sampleId)).some((e) => e.voided === null)
}

/** Whether saving `sample` would change any stored column or photo of the sample: saving it unchanged needs no reason. */
async function changesRecord(db: Kysely<Database>, before: Sample, sample: ParsedSample): Promise<boolean> {
  const stored = await db.selectFrom('sample').selectAll().where('id', '=', before.id).executeTakeFirstOrThrow()
  const columns = sampleColumns(sample)
  const changed = (Object.keys(columns) as (keyof typeof columns)[]).some((column) => columns[column] !== stored[column])
  return changed || JSON.stringify(sample.photoSha256) !== JSON.stringify(before.photoSha256)
}

async function writePhotos(call: Call, sampleId: string, photos: readonly string[]): Promise<void> {
  await replaceLinks(call, 'samplePhoto', { sampleId }, photos.map((sha256, position) => ({ sampleId, position, sha256 })))
}

/** The case's short code, set from the suggestion when its first sample is taken. */
async function shortCodeForSampling(call: Call, caseId: string): Promise<string> {
  const courtCase = await requireSamplingCase(call.db, caseId)
  if (courtCase.shortCode !== null) return courtCase.shortCode
  const suggested = suggestCaseShortCode(courtCase.caseNumber)
  const taken = suggested === '' ? true : await shortCodeTaken(call.db, suggested, caseId)
  if (taken) {
    throw new AppError('invalid_input', 'case_short_code_needed', { suggested: suggested || '—' }, { caseShortCode: 'field_case_short_code' })
  }
  await setShortCode(call, courtCase, suggested)
  return suggested
}

async function shortCodeTaken(db: Kysely<Database>, shortCode: string, caseId: string): Promise<boolean> {
  const row = await db.selectFrom('courtCase').select('id').where('shortCode', '=', shortCode).where('id', '!=', caseId).executeTakeFirst()
  return row !== undefined
}

async function setShortCode(call: Call, courtCase: { id: string; revision: number }, shortCode: string) {
  await updateRecord(call, 'courtCase', courtCase.id, { revision: courtCase.revision, set: { shortCode } })
}

async function caseSampleCode(db: Kysely<Database>, caseId: string): Promise<CaseSampleCode> {
  const courtCase = await requireSamplingCase(db, caseId)
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

// ---- the sample page ----

export async function sampleDetail(db: Kysely<Database>, id: string): Promise<SampleDetail> {
  const sample = await requireSample(db, id)
  const site = (await findSite(db, sample.siteId))!
  const courtCase = (await requireSamplingCase(db, sample.caseId))!
  const visit = sample.visitId ? await findVisit(db, sample.visitId) : null
  const duplicateOf = sample.duplicateOfId ? await findSample(db, sample.duplicateOfId) : null
  const custodyEvents = await listCustodyEvents(db, id)
  const results = await labResultViews(db, sample)
  const chain = deriveCustody(
    { sampler: sample.sampler, sampledAt: sample.sampledAt },
    custodyEvents.map((e) => ({ ...e, voided: e.voided !== null, recordedAt: e.createdAt })),
    results.filter((r) => r.voided === null).map((r) => ({ parameterKey: r.parameterKey, analysedAt: r.analysedAt }))
  )
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
      complete: chain.complete,
      labReceivedAt: chain.labReceivedAt,
      flags: chain.flags
    },
    results,
    evaluation: evaluateSample(sample, site.waterbody, results),
    parameters: listParameters()
  }
}

/** Samples of a case: coded by the installation's pattern, with photos and field measurements; voided with a reason, never deleted. */
export const sampleHandlers: Handlers<
  | 'samples.list'
  | 'samples.get'
  | 'samples.create'
  | 'samples.update'
  | 'samples.void'
  | 'samples.caseCode'
  | 'samples.setCaseCode'
  | 'samples.codePattern'
  | 'samples.setCodePattern'
> = {
  'samples.list': { scope: acrossCases(({ caseId }) => caseId),
    access: 'signedIn',
    writes: false,
    run: (call, { caseId, search, after, limit }) => listRecentSamples(call.db, { caseId, search, caseIds: call.visibleCases }, { after, limit })
  },
  'samples.get': { scope: readsCase((db, { id }) => caseOf.sample(db, id)), access: 'signedIn', writes: false, run: (call, { id }) => sampleDetail(call.db, id) },
  'samples.create': { scope: writesCase(inputCase),
    access: permissions.recordSampling,
    writes: true,
    run: async (call, input) => {
      await checkSampleReferences(call, input, null)
      const caseCode = await shortCodeForSampling(call, input.caseId)
      const { pattern } = await sampleCodePattern(call.db)
      const usedSeqs = await usedSequences(call.db, input.caseId, input.matrix)
      const tag = await stationTag(call.db, input.caseId)
      const codeOf = (code: string) => (tag ? `${code}-${tag}` : code)
      const taken = new Set<string>()
      let next = nextSampleCode(pattern, { caseCode, matrix: input.matrix, sampledAt: input.sampledAt, usedSeqs }, (code) => taken.has(code))
      while (await sampleCodeTaken(call.db, codeOf(next.code))) {
        taken.add(next.code)
        next = nextSampleCode(pattern, { caseCode, matrix: input.matrix, sampledAt: input.sampledAt, usedSeqs }, (code) => taken.has(code))
      }
      const id = call.newId()
      await insertRecord(call, 'sample', { id, code: codeOf(next.code), seq: next.seq, caseId: input.caseId, ...sampleColumns(input) })
      await writePhotos(call, id, input.photoSha256)
      return (await findSample(call.db, id))!
    }
  },
  'samples.update': { scope: writesCase((db, { id }) => caseOf.sample(db, id)),
    access: permissions.recordSampling,
    writes: true,
    run: async (call, { id, revision, sample, reason }) => {
      const before = await requireSample(call.db, id)
      if (before.voided) throw new AppError('invalid_input', 'sample_voided_unchangeable')
      checkRevision(before, revision)
      if (sample.caseId !== before.caseId) throw new AppError('invalid_input', 'sample_case_unchangeable', {}, { caseId: 'field_case_unchangeable' })
      if (sample.matrix !== before.matrix) {
        throw new AppError('invalid_input', 'sample_matrix_unchangeable', {}, { matrix: 'field_matrix_unchangeable' })
      }
      await checkSampleReferences(call, sample, id)
      if (reason === '' && (await isHandedOver(call.db, id)) && (await changesRecord(call.db, before, sample))) {
        throw new AppError('invalid_input', 'sample_change_needs_reason', {}, { reason: 'field_change_reason' })
      }
      const updated = await updateRecord(call, 'sample', id, { revision, set: sampleColumns(sample) })
      await writePhotos(call, id, sample.photoSha256)
      if (reason !== '') await insertRecord(call, 'sampleAmendment', { sampleId: id, sampleRevision: updated.revision, reason })
      return (await findSample(call.db, id))!
    }
  },
  'samples.void': { scope: writesCase((db, { id }) => caseOf.sample(db, id)), access: permissions.recordSampling, writes: true, run: voidChannel('sample', findSample, 'sample_not_found') },
  'samples.caseCode': { scope: readsCase(inputCase), access: 'signedIn', writes: false, run: (call, { caseId }) => caseSampleCode(call.db, caseId) },
  'samples.setCaseCode': { scope: writesCase(inputCase),
    access: permissions.setCaseShortCode,
    writes: true,
    run: async (call, { caseId, shortCode }) => {
      const courtCase = await requireSamplingCase(call.db, caseId)
      if (await shortCodeTaken(call.db, shortCode, caseId)) {
        throw new AppError('conflict', 'short_code_taken', {}, { shortCode: 'field_short_code_taken' })
      }
      if (courtCase.shortCode !== shortCode) await setShortCode(call, courtCase, shortCode)
      return caseSampleCode(call.db, caseId)
    }
  },
  'samples.codePattern': { scope: noCase, access: 'signedIn', writes: false, run: (call) => sampleCodePattern(call.db) },
  'samples.setCodePattern': { scope: noCase,
    access: permissions.editReferenceData,
    writes: true,
    run: async (call, { pattern, revision }) => {
      const problems = parseSampleCodePattern(pattern).problems
      if (problems.length > 0) throw new AppError('invalid_input', 'pattern_invalid', { problems }, { pattern: 'pattern_problems' })
      await updateRecord(call, 'samplingSetting', 'sampling', { revision, set: { sampleCodePattern: pattern } })
      return sampleCodePattern(call.db)
    }
  }
}
