import { sql, type Kysely } from 'kysely'
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

/**
 * How a table's row reaches its case: by a column of its own, or through the
 * parent row a column names. A link row (`keyedByParent`) is found by its
 * parent, the first column of its key, so the history of a link row that was
 * replaced still has a case.
 */
type CaseLink = { caseColumn: string } | { column: string; parent: string; keyedByParent?: true }

const ownCase: CaseLink = { caseColumn: 'case_id' }
const ofSample = { column: 'sample_id', parent: 'sample' }
const ofOrder = { column: 'order_id', parent: 'restoration_order' }

/** Every table whose rows belong to a case, by its SQL name: the one statement of how each finds its case. */
const caseLinks: Record<string, CaseLink> = {
  court_case: { caseColumn: 'id' },
  case_party: { column: 'case_id', parent: 'court_case', keyedByParent: true },
  case_participant: { column: 'case_id', parent: 'court_case', keyedByParent: true },
  case_conflict: ownCase,
  case_reopening: ownCase,
  site: ownCase,
  assignment: ownCase,
  recusal_matter: { column: 'assignment_id', parent: 'assignment' },
  expert_draw: ownCase,
  site_visit: ownCase,
  sample: ownCase,
  sample_photo: { ...ofSample, keyedByParent: true },
  sample_amendment: { ...ofSample, keyedByParent: true },
  custody_event: ofSample,
  lab_result: ofSample,
  restoration_order: ownCase,
  order_site: { ...ofOrder, keyedByParent: true },
  order_supervisor: { ...ofOrder, keyedByParent: true },
  order_handover: ofOrder,
  milestone: ofOrder,
  milestone_sample: { column: 'milestone_id', parent: 'milestone', keyedByParent: true },
  milestone_evidence: { column: 'milestone_id', parent: 'milestone', keyedByParent: true },
  inspection: ofOrder,
  inspection_photo: { column: 'inspection_id', parent: 'inspection', keyedByParent: true },
  deviation: ofOrder,
  deviation_evidence: { column: 'deviation_id', parent: 'deviation', keyedByParent: true },
  acceptance: ofOrder,
  acceptance_member: { column: 'acceptance_id', parent: 'acceptance', keyedByParent: true },
  opinion: ownCase,
  opinion_signature: { column: 'opinion_id', parent: 'opinion', keyedByParent: true },
  opinion_visit: { column: 'opinion_id', parent: 'opinion', keyedByParent: true },
  opinion_sample: { column: 'opinion_id', parent: 'opinion', keyedByParent: true },
  opinion_draft_order: { column: 'opinion_id', parent: 'opinion', keyedByParent: true },
  damage_estimate: ownCase,
  exchange_conflict: ownCase
}

/** The joins from a table to the column holding its case; the names are this module's own, never a caller's. */
function casePath(table: string): { joins: string; caseColumn: string } {
  let joins = ''
  for (let at = table; ; ) {
    const link = caseLinks[at]!
    if ('caseColumn' in link) return { joins, caseColumn: `${at}.${link.caseColumn}` }
    joins += ` join ${link.parent} on ${link.parent}.id = ${at}.${link.column}`
    at = link.parent
  }
}

/** The case of the row of `table` whose `column` is `value`, in one statement. */
function caseQuery(table: string, column: string, value: string) {
  const { joins, caseColumn } = casePath(table)
  return sql<{ caseId: string }>`select ${sql.raw(`${caseColumn} as "caseId" from ${table}${joins} where ${table}.${column}`)} = ${value}`
}

const caseOfRow =
  (table: string) =>
  async (db: Db, id: string): Promise<string | null> =>
    (await caseQuery(table, 'id', id).execute(db)).rows[0]?.caseId ?? null

export const caseOf = {
  courtCase: caseOfRow('court_case'),
  site: caseOfRow('site'),
  assignment: caseOfRow('assignment'),
  recusalMatter: caseOfRow('recusal_matter'),
  draw: caseOfRow('expert_draw'),
  visit: caseOfRow('site_visit'),
  sample: caseOfRow('sample'),
  custodyEvent: caseOfRow('custody_event'),
  labResult: caseOfRow('lab_result'),
  order: caseOfRow('restoration_order'),
  milestone: caseOfRow('milestone'),
  inspection: caseOfRow('inspection'),
  deviation: caseOfRow('deviation'),
  acceptance: caseOfRow('acceptance'),
  opinion: caseOfRow('opinion'),
  estimate: caseOfRow('damage_estimate'),
  exchangeConflict: caseOfRow('exchange_conflict')
}

/** The records that name a stored file, by the column holding its SHA-256. */
const attachmentColumns: [table: string, column: string][] = [
  ['sample_photo', 'sha256'],
  ['milestone_evidence', 'sha256'],
  ['inspection_photo', 'sha256'],
  ['deviation_evidence', 'sha256'],
  ['acceptance', 'report_sha256']
]

/**
 * The cases whose records name an attachment (a sample's photo, a
 * milestone's or a deviation's evidence, an inspection's photo, an
 * acceptance report), in one statement. An attachment no record names yet
 * (just uploaded) belongs to no case.
 */
export async function casesOfAttachment(db: Db, sha256: string): Promise<string[]> {
  const query = sql.join(
    attachmentColumns.map(([table, column]) => caseQuery(table, column, sha256)),
    sql` union `
  )
  const { rows } = await sql<{ caseId: string }>`${query}`.execute(db)
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

/**
 * The case of a record as the history tab names it (its table, see
 * `history.repository.ts`; a link row by its parent, the first column of its
 * key). A signature follows what it signs.
 */
const historySubject = (table: string): ((db: Db, id: string) => Promise<string | null>) | null => {
  if (table === 'signature')
    return async (db, id) => {
      const signed = await db.selectFrom('signature').select(['purpose', 'subjectId']).where('id', '=', id).executeTakeFirst()
      return signed ? caseOfSignatureSubject(db, signed.purpose, signed.subjectId) : null
    }
  const link = caseLinks[table]
  if (!link) return null
  if ('keyedByParent' in link) return (db, entityId) => caseOfRow(link.parent)(db, parentOf(entityId))
  return caseOfRow(table)
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
  const find = historySubject(entityType)
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
