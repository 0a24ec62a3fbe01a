import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import type { DocumentKind } from '../../shared/documents'
import { AppError } from '../../shared/errors'

/**
 * The case a record belongs to, one statement each, for the case scope of
 * the handler table (`case-scope.ts`): null when no such record exists, so
 * the handler answers its own `not_found`. A record's case never changes
 * (every service refuses moving one), so the answer holds for the call.
 */
type Db = Kysely<Database>

const first = (row: { caseId: string } | undefined): string | null => row?.caseId ?? null

export const caseOf = {
  courtCase: async (db: Db, id: string) => first(await db.selectFrom('courtCase').select('id as caseId').where('id', '=', id).executeTakeFirst()),
  site: async (db: Db, id: string) => first(await db.selectFrom('site').select('caseId').where('id', '=', id).executeTakeFirst()),
  assignment: async (db: Db, id: string) => first(await db.selectFrom('assignment').select('caseId').where('id', '=', id).executeTakeFirst()),
  recusalMatter: async (db: Db, id: string) =>
    first(await db.selectFrom('recusalMatter').innerJoin('assignment', 'assignment.id', 'recusalMatter.assignmentId').select('assignment.caseId').where('recusalMatter.id', '=', id).executeTakeFirst()),
  draw: async (db: Db, id: string) => first(await db.selectFrom('expertDraw').select('caseId').where('id', '=', id).executeTakeFirst()),
  visit: async (db: Db, id: string) => first(await db.selectFrom('siteVisit').select('caseId').where('id', '=', id).executeTakeFirst()),
  sample: async (db: Db, id: string) => first(await db.selectFrom('sample').select('caseId').where('id', '=', id).executeTakeFirst()),
  custodyEvent: async (db: Db, id: string) =>
    first(await db.selectFrom('custodyEvent').innerJoin('sample', 'sample.id', 'custodyEvent.sampleId').select('sample.caseId').where('custodyEvent.id', '=', id).executeTakeFirst()),
  labResult: async (db: Db, id: string) =>
    first(await db.selectFrom('labResult').innerJoin('sample', 'sample.id', 'labResult.sampleId').select('sample.caseId').where('labResult.id', '=', id).executeTakeFirst()),
  order: async (db: Db, id: string) => first(await db.selectFrom('restorationOrder').select('caseId').where('id', '=', id).executeTakeFirst()),
  milestone: async (db: Db, id: string) =>
    first(await db.selectFrom('milestone').innerJoin('restorationOrder', 'restorationOrder.id', 'milestone.orderId').select('restorationOrder.caseId').where('milestone.id', '=', id).executeTakeFirst()),
  inspection: async (db: Db, id: string) =>
    first(await db.selectFrom('inspection').innerJoin('restorationOrder', 'restorationOrder.id', 'inspection.orderId').select('restorationOrder.caseId').where('inspection.id', '=', id).executeTakeFirst()),
  deviation: async (db: Db, id: string) =>
    first(await db.selectFrom('deviation').innerJoin('restorationOrder', 'restorationOrder.id', 'deviation.orderId').select('restorationOrder.caseId').where('deviation.id', '=', id).executeTakeFirst()),
  acceptance: async (db: Db, id: string) =>
    first(await db.selectFrom('acceptance').innerJoin('restorationOrder', 'restorationOrder.id', 'acceptance.orderId').select('restorationOrder.caseId').where('acceptance.id', '=', id).executeTakeFirst()),
  opinion: async (db: Db, id: string) => first(await db.selectFrom('opinion').select('caseId').where('id', '=', id).executeTakeFirst()),
  estimate: async (db: Db, id: string) => first(await db.selectFrom('damageEstimate').select('caseId').where('id', '=', id).executeTakeFirst()),
  exchangeConflict: async (db: Db, id: string) => (await db.selectFrom('exchangeConflict').select('caseId').where('id', '=', id).executeTakeFirst())?.caseId ?? null
}

/**
 * The cases whose records name an attachment (a sample's photo, a
 * milestone's or a deviation's evidence, an inspection's photo, an
 * acceptance report), in one statement. An attachment no record names yet
 * (just uploaded) belongs to no case.
 */
export async function casesOfAttachment(db: Db, sha256: string): Promise<string[]> {
  const rows = await db
    .selectFrom('samplePhoto')
    .innerJoin('sample', 'sample.id', 'samplePhoto.sampleId')
    .select('sample.caseId')
    .where('samplePhoto.sha256', '=', sha256)
    .union(
      db
        .selectFrom('milestoneEvidence')
        .innerJoin('milestone', 'milestone.id', 'milestoneEvidence.milestoneId')
        .innerJoin('restorationOrder', 'restorationOrder.id', 'milestone.orderId')
        .select('restorationOrder.caseId')
        .where('milestoneEvidence.sha256', '=', sha256)
    )
    .union(
      db
        .selectFrom('inspectionPhoto')
        .innerJoin('inspection', 'inspection.id', 'inspectionPhoto.inspectionId')
        .innerJoin('restorationOrder', 'restorationOrder.id', 'inspection.orderId')
        .select('restorationOrder.caseId')
        .where('inspectionPhoto.sha256', '=', sha256)
    )
    .union(
      db
        .selectFrom('deviationEvidence')
        .innerJoin('deviation', 'deviation.id', 'deviationEvidence.deviationId')
        .innerJoin('restorationOrder', 'restorationOrder.id', 'deviation.orderId')
        .select('restorationOrder.caseId')
        .where('deviationEvidence.sha256', '=', sha256)
    )
    .union(
      db
        .selectFrom('acceptance')
        .innerJoin('restorationOrder', 'restorationOrder.id', 'acceptance.orderId')
        .select('restorationOrder.caseId')
        .where('acceptance.reportSha256', '=', sha256)
    )
    .execute()
  return rows.map((r) => r.caseId)
}

/** The record a signature is made over, by its purpose (`signing.ts`), and so its case. */
const signatureSubjects: Record<string, (db: Db, id: string) => Promise<string | null>> = {
  'opinion.sign': caseOf.opinion,
  'custody.handover': caseOf.custodyEvent,
  'order.issue': caseOf.order,
  'order.accept': caseOf.acceptance,
  'draw.confirm': caseOf.draw
}

export async function caseOfSignatureSubject(db: Db, purpose: string, subjectId: string): Promise<string | null> {
  const find = signatureSubjects[purpose]
  return find ? find(db, subjectId) : null
}

/** The parent record's id in a composite key as the audit trail names it (a JSON array in key order, the parent first). */
function parentOf(entityId: string): string {
  if (!entityId.startsWith('[')) return entityId
  try {
    const key: unknown = JSON.parse(entityId)
    return Array.isArray(key) && key.length > 0 ? String(key[0]) : entityId
  } catch {
    return entityId
  }
}

const byParent =
  (find: (db: Db, id: string) => Promise<string | null>) =>
  (db: Db, entityId: string): Promise<string | null> =>
    find(db, parentOf(entityId))

/**
 * The case of a record as the history tab names it (its table, see
 * `history.repository.ts`; a link row by its parent, the first column of its
 * key), and whether it is the opinion, which only its readers may see.
 */
const historySubjects: Record<string, (db: Db, id: string) => Promise<string | null>> = {
  court_case: caseOf.courtCase,
  case_party: byParent(caseOf.courtCase),
  case_participant: byParent(caseOf.courtCase),
  case_conflict: async (db, id) => first(await db.selectFrom('caseConflict').select('caseId').where('id', '=', id).executeTakeFirst()),
  case_reopening: async (db, id) => first(await db.selectFrom('caseReopening').select('caseId').where('id', '=', id).executeTakeFirst()),
  site: caseOf.site,
  assignment: caseOf.assignment,
  recusal_matter: caseOf.recusalMatter,
  expert_draw: caseOf.draw,
  site_visit: caseOf.visit,
  sample: caseOf.sample,
  sample_photo: byParent(caseOf.sample),
  sample_amendment: byParent(caseOf.sample),
  custody_event: caseOf.custodyEvent,
  lab_result: caseOf.labResult,
  restoration_order: caseOf.order,
  order_site: byParent(caseOf.order),
  order_supervisor: byParent(caseOf.order),
  order_handover: async (db, id) =>
    first(await db.selectFrom('orderHandover').innerJoin('restorationOrder', 'restorationOrder.id', 'orderHandover.orderId').select('restorationOrder.caseId').where('orderHandover.id', '=', id).executeTakeFirst()),
  milestone: caseOf.milestone,
  milestone_sample: byParent(caseOf.milestone),
  milestone_evidence: byParent(caseOf.milestone),
  inspection: caseOf.inspection,
  inspection_photo: byParent(caseOf.inspection),
  deviation: caseOf.deviation,
  deviation_evidence: byParent(caseOf.deviation),
  acceptance: caseOf.acceptance,
  acceptance_member: byParent(caseOf.acceptance),
  opinion: caseOf.opinion,
  opinion_signature: byParent(caseOf.opinion),
  opinion_visit: byParent(caseOf.opinion),
  opinion_sample: byParent(caseOf.opinion),
  opinion_draft_order: byParent(caseOf.opinion),
  damage_estimate: caseOf.estimate,
  exchange_conflict: caseOf.exchangeConflict,
  signature: async (db, id) => {
    const signed = await db.selectFrom('signature').select(['purpose', 'subjectId']).where('id', '=', id).executeTakeFirst()
    return signed ? caseOfSignatureSubject(db, signed.purpose, signed.subjectId) : null
  }
}

/** The tables of no case: the court's people, the expert pool and reference data, whose history every signed-in user may read. */
const courtTables: ReadonlySet<string> = new Set([
  'app_user',
  'app_user_role',
  'user_key',
  'expert',
  'expert_field',
  'expert_affiliation',
  'expert_relative',
  'field',
  'holding_time',
  'order_type',
  'court_setting',
  'security_setting',
  'sampling_setting',
  'backup_schedule',
  'partner',
  'installation'
])

/**
 * The case whose history is asked for, null for a table of no case (or a
 * record that does not exist). Asked only for a caller who sees their own
 * cases alone (and for the opinion's readers): a record whose case this
 * module cannot name (a fact such as a sign-in or a print, an attachment, a
 * table added later) is refused to them rather than shown.
 *
 * @throws AppError `forbidden` (`case_not_assigned`)
 */
export async function caseOfHistorySubject(db: Db, entityType: string, entityId: string): Promise<string | null> {
  const find = historySubjects[entityType]
  if (find) return find(db, entityId)
  if (courtTables.has(entityType)) return null
  throw new AppError('forbidden', 'case_not_assigned')
}

/** The tables of the opinion and its link rows: their history is the opinion's, read only by its readers. */
export const opinionTables: ReadonlySet<string> = new Set(['opinion', 'opinion_signature', 'opinion_visit', 'opinion_sample', 'opinion_draft_order'])

/** The case of each kind of printed document, by the id it is printed for: a kind added later must name its case here. */
const documentCases: Record<DocumentKind, (db: Db, id: string) => Promise<string | null>> = {
  opinion: caseOf.opinion,
  assignment_notice: caseOf.courtCase,
  order_summary: caseOf.order,
  collection_record: caseOf.visit,
  custody_form: caseOf.sample
}

export function caseOfDocument(db: Db, { kind, id }: { kind: DocumentKind; id: string }): Promise<string | null> {
  return documentCases[kind](db, id)
}

/** A technical opinion printed or exported is still the opinion: read only by its readers. */
export function documentReader({ kind }: { kind: string }): 'case' | 'opinion' {
  return kind === 'opinion' ? 'opinion' : 'case'
}

/** The case a case package carries (by id or by number); a changes package names none. */
export async function caseOfPackage(db: Db, input: { caseId?: string; caseNumber?: string; changes: boolean }): Promise<string | null> {
  if (input.changes) return null
  if (input.caseId) return caseOf.courtCase(db, input.caseId)
  if (!input.caseNumber) return null
  return (await db.selectFrom('courtCase').select('id').where('caseNumber', '=', input.caseNumber.trim()).executeTakeFirst())?.id ?? null
}
