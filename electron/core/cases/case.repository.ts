import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../db/database'
import type { KeysetPage } from '../../shared/common'
import type { CaseInput, CaseListQuery, CourtCase } from '../../shared/cases'
import { parseCaseNumber } from '../../shared/case-number'
import { listTotal, searchMatch } from '../search/search-index'
import { readKeysetPage, type KeysetOrder } from '../db/keyset'
import { rowsByKey } from '../db/rows-by-key'
import { inList } from '../access/case-access'
import { replaceLinks, type RecordWriter } from '../records/records'

export type CaseFilter = Required<Omit<CaseListQuery, 'after' | 'limit'>>

/** The case list's order, newest filing first; every filtered list index ends with (`filed_on`, `id`). */
const caseListOrder: KeysetOrder = { columns: ['filedOn', 'id'], direction: 'desc' }

/** A page of the case list in {@link caseListOrder}, searched (case number, cause, notes, a party's name or organisation) through the FTS5 index; the total is counted for the first page only. */
export async function listCases(
  db: Kysely<Database>,
  filter: CaseFilter & { after: string | null; limit: number },
  caseIds: readonly string[] | null
): Promise<KeysetPage<CourtCase>> {
  let filtered = db.selectFrom('courtCase')
  if (caseIds !== null) filtered = filtered.where('id', 'in', inList(caseIds))
  if (filter.status) filtered = filtered.where('status', '=', filter.status)
  if (filter.type) filtered = filtered.where('type', '=', filter.type)
  if (filter.year) filtered = filtered.where('year', '=', filter.year)
  if (filter.judgeId) filtered = filtered.where('judgeId', '=', filter.judgeId)
  const search = filter.search.trim()
  const match = search ? await searchMatch(db, 'case', 'courtCase.id', search) : null
  const narrowed = Boolean(filter.status || filter.type || filter.year || filter.judgeId || caseIds)
  const total = filter.after === null ? await listTotal(db, filtered, match, narrowed) : null
  const { rows, next } = await readKeysetPage((match ? filtered.where(match.page) : filtered).selectAll(), caseListOrder, filter)
  return { items: await withChildren(db, rows), next, total }
}

export async function findCase(db: Kysely<Database>, id: string): Promise<CourtCase | null> {
  const row = await db.selectFrom('courtCase').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? (await withChildren(db, [row]))[0]! : null
}

export async function findCaseByNumber(db: Kysely<Database>, caseNumber: string) {
  return db.selectFrom('courtCase').select(['id', 'matterId']).where('caseNumber', '=', caseNumber).executeTakeFirst()
}

/** The ids of every case of a matter. */
export async function casesOfMatter(db: Kysely<Database>, matterId: string): Promise<string[]> {
  const rows = await db.selectFrom('courtCase').select('id').where('matterId', '=', matterId).execute()
  return rows.map((r) => r.id)
}

async function withChildren(db: Kysely<Database>, rows: Selectable<Database['courtCase']>[]): Promise<CourtCase[]> {
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const parties = await db.selectFrom('caseParty').selectAll().where('caseId', 'in', ids).orderBy('position').execute()
  const participants = await db.selectFrom('caseParticipant').selectAll().where('caseId', 'in', ids).orderBy('position').execute()
  const reopenings = await db.selectFrom('caseReopening').selectAll().where('caseId', 'in', ids).orderBy('createdAt').execute()
  const userIds = [...new Set([...rows.flatMap((r) => [r.judgeId, r.clerkId]), ...reopenings.map((r) => r.updatedBy)].filter((u): u is string => u !== null))]
  const users = userIds.length
    ? await db.selectFrom('appUser').select(['id', 'displayName']).where('id', 'in', userIds).execute()
    : []
  const names = new Map(users.map((u) => [u.id, u.displayName]))
  const userName = (userId: string | null) => (userId === null ? '' : (names.get(userId) ?? ''))
  const matterIds = [...new Set(rows.map((r) => r.matterId))]
  const matterCases = await db
    .selectFrom('courtCase')
    .select(['id', 'caseNumber', 'type', 'stage', 'status', 'matterId', 'filedOn'])
    .where('matterId', 'in', matterIds)
    .orderBy('filedOn')
    .execute()
  const partiesOf = rowsByKey(parties, (p) => p.caseId)
  const participantsOf = rowsByKey(participants, (p) => p.caseId)
  const reopeningsOf = rowsByKey(reopenings, (r) => r.caseId)
  const casesOfMatter = rowsByKey(matterCases, (c) => c.matterId)
  return rows.map((row) => ({
    id: row.id,
    caseNumber: row.caseNumber,
    year: row.year,
    type: row.type,
    stage: row.stage,
    cause: row.cause,
    court: row.court,
    judgeId: row.judgeId,
    judgeName: userName(row.judgeId),
    clerkId: row.clerkId,
    clerkName: userName(row.clerkId),
    status: row.status,
    filedOn: row.filedOn,
    hearingOn: row.hearingOn,
    judgedOn: row.judgedOn,
    closedOn: row.closedOn,
    matterId: row.matterId,
    notes: row.notes,
    parties: (partiesOf.get(row.id) ?? []).map((p) => ({ position: p.position, name: p.name, role: p.role, organisation: p.organisation })),
    participants: (participantsOf.get(row.id) ?? []).map((p) => ({ position: p.position, role: p.role, name: p.name, organisation: p.organisation, partyPosition: p.partyPosition })),
    linkedCases: (casesOfMatter.get(row.matterId) ?? [])
      .filter((c) => c.id !== row.id)
      .map((c) => ({ id: c.id, caseNumber: c.caseNumber, type: c.type, stage: c.stage, status: c.status })),
    reopenings: (reopeningsOf.get(row.id) ?? []).map((r) => ({ reason: r.reason, closedOn: r.closedOn, reopenedAt: r.createdAt, reopenedBy: userName(r.updatedBy) })),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
    revision: row.revision
  }))
}

/** The rows by a key, each list in the rows' order. */
/** The case's own columns from the form input; the case number is stored in its canonical text. */
export function caseColumns(input: Required<CaseInput>) {
  const reading = parseCaseNumber(input.caseNumber)
  if (!reading.ok) throw new Error(`unparsed case number reached the repository: ${input.caseNumber}`)
  return {
    caseNumber: reading.value.text,
    year: reading.value.year,
    type: input.type,
    stage: input.stage,
    cause: input.cause,
    court: input.court,
    judgeId: input.judgeId,
    clerkId: input.clerkId,
    filedOn: input.filedOn,
    hearingOn: input.hearingOn,
    judgedOn: input.judgedOn,
    closedOn: input.closedOn,
    notes: input.notes
  }
}

/** Makes the case's party and participant rows those of the input; each row added, changed or dropped is audited. */
export async function replaceParties(call: RecordWriter, caseId: string, input: Required<CaseInput>) {
  await replaceLinks(
    call,
    'caseParty',
    { caseId },
    input.parties.map((p, position) => ({ caseId, position, name: p.name, role: p.role, organisation: p.organisation }))
  )
  await replaceLinks(
    call,
    'caseParticipant',
    { caseId },
    input.participants.map((p, position) => ({
      caseId,
      position,
      role: p.role,
      name: p.name,
      organisation: p.organisation ?? '',
      partyPosition: p.partyPosition ?? null
    }))
  )
}
