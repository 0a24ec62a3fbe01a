import type { Kysely, Selectable } from 'kysely'
import { replaceLinks, updateRecord, type RecordWriter } from '../records/records'
import type { Database } from '../db/database'
import type {
  DamageEstimate,
  Opinion,
  OpinionContent,
  OpinionEvidence,
  OpinionInvestigator,
  OpinionSample,
  OpinionSampleResult,
  OpinionVersion,
  OpinionVisit
} from '../../shared/opinions'
import type { Sample, SampleEvaluation, SiteVisit } from '../../shared/sampling'
import { findSamples, findVisits, listSamplesForCase, listVisits } from '../sampling/sampling.repository'
import { evaluateSample, labResultViewsOf } from '../sampling/sample-evaluation'
import { listSites } from '../sites/site.repository'
import { storedMethod, storedSteps } from './stored-steps'

function toEstimate(row: Selectable<Database['damageEstimate']> & { createdByName: string }): DamageEstimate {
  return {
    id: row.id,
    caseId: row.caseId,
    kind: row.kind,
    input: JSON.parse(row.inputJson),
    methodVersion: row.methodVersion,
    method: storedMethod(row.methodJson),
    lowFen: row.lowFen,
    highFen: row.highFen,
    steps: storedSteps(row),
    createdAt: row.createdAt,
    createdByName: row.createdByName
  } as DamageEstimate
}

function estimateQuery(db: Kysely<Database>) {
  return db
    .selectFrom('damageEstimate')
    .innerJoin('appUser', 'appUser.id', 'damageEstimate.updatedBy')
    .selectAll('damageEstimate')
    .select('appUser.displayName as createdByName')
}

export async function findEstimate(db: Kysely<Database>, id: string): Promise<DamageEstimate | null> {
  const row = await estimateQuery(db).where('damageEstimate.id', '=', id).executeTakeFirst()
  return row ? toEstimate(row) : null
}

/** The estimates worked out for a case, newest first. */
export function estimateListQuery(db: Kysely<Database>, caseId: string) {
  return estimateQuery(db).where('damageEstimate.caseId', '=', caseId).orderBy('damageEstimate.createdAt', 'desc').orderBy('damageEstimate.id', 'desc')
}

export async function listEstimates(db: Kysely<Database>, caseId: string): Promise<DamageEstimate[]> {
  return (await estimateListQuery(db, caseId).execute()).map(toEstimate)
}

/** Every version of a case's opinion, oldest first. */
export function opinionVersionsQuery(db: Kysely<Database>, caseId: string) {
  return db.selectFrom('opinion').select(['id', 'version', 'status', 'updatedAt']).where('caseId', '=', caseId).orderBy('version')
}

export async function listOpinionVersions(db: Kysely<Database>, caseId: string): Promise<OpinionVersion[]> {
  return opinionVersionsQuery(db, caseId).execute()
}

/**
 * The investigators an opinion of this case needs signatures from: the
 * experts assigned and notified or active. Experts who already signed stay on
 * the opinion even if their assignment ended since.
 */
export async function requiredSigners(db: Kysely<Database>, caseId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('assignment')
    .select('expertId')
    .distinct()
    .where('caseId', '=', caseId)
    .where('status', 'in', ['notified', 'active'])
    .orderBy('expertId')
    .execute()
  return rows.map((r) => r.expertId)
}

async function investigatorsOf(db: Kysely<Database>, opinionId: string, caseId: string): Promise<OpinionInvestigator[]> {
  const signatures = await db
    .selectFrom('opinionSignature')
    .innerJoin('appUser', 'appUser.id', 'opinionSignature.userId')
    .select(['opinionSignature.expertId', 'opinionSignature.signedAt', 'appUser.displayName'])
    .where('opinionSignature.opinionId', '=', opinionId)
    .execute()
  const required = await requiredSigners(db, caseId)
  const expertIds = [...new Set([...required, ...signatures.map((s) => s.expertId)])]
  if (expertIds.length === 0) return []
  // Ordered as the court assigned them, so the first designated investigator signs first on paper.
  const experts = await db
    .selectFrom('expert')
    .innerJoin('assignment', 'assignment.expertId', 'expert.id')
    .select(['expert.id', 'expert.name', 'expert.title', 'expert.organisation'])
    .select((eb) => eb.fn.min('assignment.createdAt').as('firstAssigned'))
    .where('assignment.caseId', '=', caseId)
    .where('expert.id', 'in', expertIds)
    .groupBy(['expert.id', 'expert.name', 'expert.title', 'expert.organisation'])
    .orderBy('firstAssigned')
    .execute()
  return experts.map((e) => {
    const signature = signatures.find((s) => s.expertId === e.id)
    return {
      expertId: e.id,
      name: e.name,
      title: e.title,
      organisation: e.organisation,
      signedAt: signature?.signedAt ?? null,
      signedByName: signature?.displayName ?? null
    }
  })
}

function toOpinionVisit(visit: SiteVisit): OpinionVisit {
  return { visitId: visit.id, visitDate: visit.visitDate, peoplePresent: visit.peoplePresent, weather: visit.weather, voided: visit.voided !== null }
}

/** The field measurements the evaluation counted for want of a lab value: the opinion lists them with the results, marked. */
function fieldValuesRelied(evaluation: SampleEvaluation): OpinionSampleResult[] {
  if (evaluation.standard === 'gb3838') {
    return evaluation.items
      .filter((i) => i.source === 'field')
      .map((i) => ({ parameterKey: i.key, value: i.value, qualifier: null, unit: i.unit, source: 'field' as const, exceededByHours: null }))
  }
  if (evaluation.standard === 'gb15618' && evaluation.phSource === 'field') {
    return [{ parameterKey: 'ph', value: evaluation.ph, qualifier: null, unit: '无量纲', source: 'field', exceededByHours: null }]
  }
  return []
}

/** Samples of one case with their site, standing results and evaluation, read now. */
async function toOpinionSamples(db: Kysely<Database>, caseId: string, samples: readonly Sample[]): Promise<OpinionSample[]> {
  const sites = new Map((await listSites(db, caseId)).map((site) => [site.id, site]))
  const views = await labResultViewsOf(db, samples)
  const rows: OpinionSample[] = []
  for (const sample of samples) {
    const site = sites.get(sample.siteId)!
    const results = views.get(sample.id)!
    const evaluation = evaluateSample(sample, site.waterbody, results)
    rows.push({
      sampleId: sample.id,
      visitId: sample.visitId,
      code: sample.code,
      siteName: site.name,
      sampledAt: sample.sampledAt,
      matrix: sample.matrix,
      qcType: sample.qcType,
      voided: sample.voided !== null,
      results: [
        ...results
          .filter((r) => r.voided === null && !r.superseded)
          .map((r) => ({
            parameterKey: r.parameterKey,
            value: r.value,
            qualifier: r.qualifier,
            unit: r.unit,
            source: 'lab' as const,
            exceededByHours: r.holdingTime.status === 'exceeded' ? r.holdingTime.exceededByHours : null
          })),
        ...fieldValuesRelied(evaluation)
      ],
      evaluation
    })
  }
  return rows
}

/** Every visit (newest first) and sample (in sampling order) of a case, as an opinion would show them now. */
export async function caseEvidence(db: Kysely<Database>, caseId: string): Promise<OpinionEvidence> {
  return {
    visits: (await listVisits(db, caseId)).map(toOpinionVisit),
    samples: await toOpinionSamples(db, caseId, await listSamplesForCase(db, caseId))
  }
}

/** A version's visit links in the order chosen; a test asserts the plan uses the primary key. */
export function opinionVisitLinksQuery(db: Kysely<Database>, opinionId: string) {
  return db.selectFrom('opinionVisit').selectAll().where('opinionId', '=', opinionId).orderBy('position')
}

/** A version's sample links in the order chosen; a test asserts the plan uses the primary key. */
export function opinionSampleLinksQuery(db: Kysely<Database>, opinionId: string) {
  return db.selectFrom('opinionSample').selectAll().where('opinionId', '=', opinionId).orderBy('position')
}

/** The visits and samples a version relies on, in the order chosen: as signed once frozen, else as they are now. */
async function linkedEvidence(db: Kysely<Database>, opinionId: string, caseId: string): Promise<OpinionEvidence> {
  const visitLinks = await opinionVisitLinksQuery(db, opinionId).execute()
  const sampleLinks = await opinionSampleLinksQuery(db, opinionId).execute()
  // The links not yet frozen are read as they are now, all at once.
  const liveVisits = new Map((await findVisits(db, visitLinks.filter((l) => l.snapshotJson === null).map((l) => l.visitId))).map((v) => [v.id, toOpinionVisit(v)]))
  const liveSamples = new Map(
    (await toOpinionSamples(db, caseId, await findSamples(db, sampleLinks.filter((l) => l.snapshotJson === null).map((l) => l.sampleId)))).map((s) => [s.sampleId, s])
  )
  return {
    visits: visitLinks.map((link): OpinionVisit => (link.snapshotJson === null ? liveVisits.get(link.visitId)! : JSON.parse(link.snapshotJson))),
    samples: sampleLinks.map((link): OpinionSample => (link.snapshotJson === null ? liveSamples.get(link.sampleId)! : JSON.parse(link.snapshotJson)))
  }
}

/** Links a version to the visits and samples its content names, replacing any links it had. */
export async function writeEvidenceLinks(call: RecordWriter, opinionId: string, content: Pick<OpinionContent, 'visitIds' | 'sampleIds'>): Promise<void> {
  await replaceLinks(call, 'opinionVisit', { opinionId }, content.visitIds.map((visitId, position) => ({ opinionId, visitId, position, snapshotJson: null })))
  await replaceLinks(call, 'opinionSample', { opinionId }, content.sampleIds.map((sampleId, position) => ({ opinionId, sampleId, position, snapshotJson: null })))
}

/** Keeps the visits and samples as the opinion shows them now, so what is signed stays what was signed. */
export async function freezeEvidence(call: RecordWriter, opinion: Opinion): Promise<void> {
  for (const visit of opinion.visits) {
    await updateRecord(call, 'opinionVisit', { opinionId: opinion.id, visitId: visit.visitId }, { set: { snapshotJson: JSON.stringify(visit) } })
  }
  for (const sample of opinion.samples) {
    await updateRecord(call, 'opinionSample', { opinionId: opinion.id, sampleId: sample.sampleId }, { set: { snapshotJson: JSON.stringify(sample) } })
  }
}

/** One opinion version with its case, investigators and signatures, estimates and version history. */
export async function findOpinion(db: Kysely<Database>, id: string): Promise<Opinion | null> {
  const row = await db
    .selectFrom('opinion')
    .innerJoin('courtCase', 'courtCase.id', 'opinion.caseId')
    .leftJoin('appUser as submitter', 'submitter.id', 'opinion.submittedBy')
    .selectAll('opinion')
    .select(['courtCase.caseNumber', 'courtCase.cause as caseCause', 'courtCase.court', 'submitter.displayName as submittedByName'])
    .where('opinion.id', '=', id)
    .executeTakeFirst()
  if (!row) return null
  const next = await db.selectFrom('opinion').select('id').where('previousVersionId', '=', id).executeTakeFirst()
  const draftOrder = await db
    .selectFrom('opinionDraftOrder')
    .innerJoin('restorationOrder', 'restorationOrder.id', 'opinionDraftOrder.orderId')
    .select(['restorationOrder.id', 'restorationOrder.orderNumber'])
    .where('opinionDraftOrder.opinionId', '=', id)
    .executeTakeFirst()
  const evidence = await linkedEvidence(db, id, row.caseId)
  const estimate = (estimateId: string | null) => (estimateId === null ? Promise.resolve(null) : findEstimate(db, estimateId))
  const { questionsJson, optionsJson, submittedBy: _submittedBy, ...rest } = row
  return {
    ...rest,
    status: row.status,
    questions: JSON.parse(questionsJson),
    visitIds: evidence.visits.map((v) => v.visitId),
    sampleIds: evidence.samples.map((s) => s.sampleId),
    visits: evidence.visits,
    samples: evidence.samples,
    options: JSON.parse(optionsJson),
    nextVersionId: next?.id ?? null,
    investigators: await investigatorsOf(db, id, row.caseId),
    virtualEstimate: await estimate(row.virtualEstimateId),
    actualEstimate: await estimate(row.actualEstimateId),
    submittedByName: row.submittedByName ?? null,
    draftOrder: draftOrder ?? null,
    notForPublicRelease: true,
    versions: await listOpinionVersions(db, row.caseId)
  }
}

/** The stored columns of an opinion's editable sections. */
export function contentColumns(content: OpinionContent) {
  return {
    questionsJson: JSON.stringify(content.questions),
    findings: content.findings,
    virtualEstimateId: content.virtualEstimateId,
    actualEstimateId: content.actualEstimateId,
    optionsJson: JSON.stringify(content.options),
    statement: content.statement
  }
}
