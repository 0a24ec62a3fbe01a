import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../db/database'
import type { Expert, ExpertInput, ExpertStatus } from '../../shared/experts'
import type { KeysetPage } from '../../shared/common'
import { listTotal, searchMatch } from '../search/search-index'
import { readKeysetPage, type KeysetOrder } from '../db/keyset'
import { rowsByKey } from '../db/rows-by-key'
import { replaceLinks, type RecordWriter } from '../records/records'
import { nameSortKey } from './name-order'

export interface ExpertFilter {
  search: string
  fieldId: string | null
  status: ExpertStatus | null
  after: string | null
  limit: number
}

/** The expert list's order, by the pinyin of the name ({@link nameSortKey}); its indexes end with (`name_sort`, `id`). */
const expertListOrder: KeysetOrder = { columns: ['nameSort', 'id'], direction: 'asc' }

/** A page of the expert list in {@link expertListOrder}, searched (name or organisation) through the FTS5 index; the total is counted for the first page only. */
export async function listExperts(db: Kysely<Database>, filter: ExpertFilter): Promise<KeysetPage<Expert>> {
  let filtered = db.selectFrom('expert')
  if (filter.fieldId) {
    filtered = filtered.where('id', 'in', db.selectFrom('expertField').select('expertId').where('fieldId', '=', filter.fieldId))
  }
  if (filter.status) filtered = filtered.where('status', '=', filter.status)
  const search = filter.search.trim()
  const match = search ? await searchMatch(db, 'expert', 'expert.id', search) : null
  const total = filter.after === null ? await listTotal(db, filtered, match, Boolean(filter.fieldId || filter.status)) : null
  const { rows, next } = await readKeysetPage((match ? filtered.where(match.page) : filtered).selectAll(), expertListOrder, filter)
  return { items: await withChildren(db, rows), next, total }
}

export async function findExpert(db: Kysely<Database>, id: string): Promise<Expert | null> {
  const row = await db.selectFrom('expert').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? (await withChildren(db, [row]))[0]! : null
}

/** Several experts with their fields and affiliations, in the list's (pinyin) order. */
export async function findExperts(db: Kysely<Database>, ids: string[]): Promise<Expert[]> {
  if (ids.length === 0) return []
  const rows = await db.selectFrom('expert').selectAll().where('id', 'in', ids).orderBy('nameSort').orderBy('id').execute()
  return withChildren(db, rows)
}

async function withChildren(db: Kysely<Database>, rows: Selectable<Database['expert']>[]): Promise<Expert[]> {
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const fields = await db.selectFrom('expertField').selectAll().where('expertId', 'in', ids).orderBy('isPrimary', 'desc').execute()
  const affiliations = await db.selectFrom('expertAffiliation').selectAll().where('expertId', 'in', ids).orderBy('position').execute()
  const relatives = await db.selectFrom('expertRelative').selectAll().where('expertId', 'in', ids).orderBy('position').execute()
  const fieldsOf = rowsByKey(fields, (f) => f.expertId)
  const affiliationsOf = rowsByKey(affiliations, (a) => a.expertId)
  const relativesOf = rowsByKey(relatives, (r) => r.expertId)
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    organisation: row.organisation,
    title: row.title,
    phone: row.phone,
    email: row.email,
    termStart: row.termStart,
    termEnd: row.termEnd,
    status: row.status,
    statusReason: row.statusReason,
    maxConcurrentCases: row.maxConcurrentCases,
    notes: row.notes,
    fields: (fieldsOf.get(row.id) ?? []).map((f) => ({ fieldId: f.fieldId, primary: f.isPrimary === 1 })),
    affiliations: (affiliationsOf.get(row.id) ?? []).map((a) => ({ organisation: a.organisation, relation: a.relation })),
    relatives: (relativesOf.get(row.id) ?? []).map((r) => ({ name: r.name, relation: r.relation })),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
    revision: row.revision
  }))
}

/** The expert's own columns from the form input. */
export function expertColumns(input: Required<ExpertInput>) {
  return {
    name: input.name,
    nameSort: nameSortKey(input.name),
    organisation: input.organisation,
    title: input.title,
    phone: input.phone,
    email: input.email,
    termStart: input.termStart,
    termEnd: input.termEnd,
    maxConcurrentCases: input.maxConcurrentCases,
    notes: input.notes
  }
}

/** Makes the expert's field, affiliation and near-relative rows those of the input; each row added, changed or dropped is audited. */
export async function replaceExpertChildren(call: RecordWriter, expertId: string, input: Required<ExpertInput>) {
  await replaceLinks(
    call,
    'expertField',
    { expertId },
    input.fieldIds.map((fieldId) => ({ expertId, fieldId, isPrimary: fieldId === input.primaryFieldId ? 1 : 0 }))
  )
  await replaceLinks(
    call,
    'expertAffiliation',
    { expertId },
    input.affiliations.map((a, position) => ({ expertId, position, organisation: a.organisation, relation: a.relation }))
  )
  await replaceLinks(
    call,
    'expertRelative',
    { expertId },
    input.relatives.map((r, position) => ({ expertId, position, name: r.name, relation: r.relation }))
  )
}
