/**
 * Full-text search by SQLite FTS5, kept in this module (DESIGN.md: SQLite-only
 * features stay in small modules of their own; a PostgreSQL server would
 * answer `matchingIds` with its own index).
 *
 * Each searchable kind (cases, samples, experts; orders and opinions from
 * migration 0020) has a key table
 * `<kind>_search_key` (an integer doc id per record id, since FTS5 rows are
 * named by integer and a record's rowid may change on VACUUM) and a
 * contentless FTS5 table `<kind>_search_fts` with the unigram and bigram
 * columns of search-terms.ts. Both are derived data, not records: listed in
 * `notRecordTables`, built by migrations 0018 and 0020, and kept current by
 * {@link followRowChange}, which the records module calls in the same
 * transaction as every row write.
 */
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely'
import { listCountCap } from '../../shared/common'
import { countUpTo } from '../db/keyset'
import type { SchemaSource } from '../records/record-tables'
import { documentTokens, matchExpression } from './search-terms'

export type SearchKind = 'case' | 'sample' | 'expert' | 'order' | 'opinion'

export const searchKinds: readonly SearchKind[] = ['case', 'sample', 'expert', 'order', 'opinion']

/** The tables a kind's index uses: its key table, its FTS5 table and the shadow tables FTS5 makes for it. */
function tablesOf(kind: SearchKind): string[] {
  const fts = `${kind}_search_fts`
  return [`${kind}_search_key`, fts, ...['data', 'idx', 'docsize', 'config'].map((shadow) => `${fts}_${shadow}`)]
}

/** Every table of the search index, for `notRecordTables`. */
export const searchIndexTables: readonly string[] = searchKinds.flatMap(tablesOf)

type Texts = Map<string, string[]>

/** Reads the texts each record of a kind is found by, for the ids given; a missing id has no entry. */
const documentSources: Record<SearchKind, (db: SchemaSource, ids: readonly string[]) => Promise<Texts>> = {
  async case(db, ids) {
    const raw = db.withoutPlugins()
    const cases = await sql<{ id: string; case_number: string; cause: string; notes: string }>`
      select id, case_number, cause, notes from court_case where id in (${sql.join(ids)})`.execute(raw)
    const parties = await sql<{ case_id: string; name: string; organisation: string }>`
      select case_id, name, organisation from case_party where case_id in (${sql.join(ids)}) order by case_id, position`.execute(raw)
    const texts: Texts = new Map(cases.rows.map((c) => [c.id, [c.case_number, c.cause, c.notes]]))
    for (const p of parties.rows) texts.get(p.case_id)?.push(p.name, p.organisation)
    return texts
  },
  async sample(db, ids) {
    const rows = await sql<{ id: string; texts: string }>`
      select s.id, json_array(s.code, s.sampler, s.sampler_organisation, s.supervising_investigator, s.seal_number, c.case_number, t.name) as texts
      from sample s join court_case c on c.id = s.case_id join site t on t.id = s.site_id
      where s.id in (${sql.join(ids)})`.execute(db.withoutPlugins())
    return new Map(rows.rows.map((r) => [r.id, JSON.parse(r.texts) as string[]]))
  },
  async expert(db, ids) {
    const rows = await sql<{ id: string; name: string; organisation: string }>`
      select id, name, organisation from expert where id in (${sql.join(ids)})`.execute(db.withoutPlugins())
    return new Map(rows.rows.map((r) => [r.id, [r.name, r.organisation]]))
  },
  async order(db, ids) {
    const rows = await sql<{ id: string; texts: string }>`
      select o.id, json_array(o.order_number, o.obligor, o.executor, o.judgment_reference, c.case_number) as texts
      from restoration_order o join court_case c on c.id = o.case_id
      where o.id in (${sql.join(ids)})`.execute(db.withoutPlugins())
    return new Map(rows.rows.map((r) => [r.id, JSON.parse(r.texts) as string[]]))
  },
  async opinion(db, ids) {
    const rows = await sql<{ id: string; texts: string }>`
      select p.id, json_array(c.case_number, p.findings, p.statement) as texts
      from opinion p join court_case c on c.id = p.case_id
      where p.id in (${sql.join(ids)})`.execute(db.withoutPlugins())
    return new Map(rows.rows.map((r) => [r.id, JSON.parse(r.texts) as string[]]))
  }
}

const sourceTable: Record<SearchKind, string> = { case: 'court_case', sample: 'sample', expert: 'expert', order: 'restoration_order', opinion: 'opinion' }

/** At most this many records per statement: well under SQLite's bound-parameter limit. */
const chunk = 500

/**
 * Makes the index entries of these records those of their rows now: a
 * record's document is replaced, a record that no longer exists drops out.
 */
async function reindex(db: SchemaSource, kind: SearchKind, ids: readonly string[]): Promise<void> {
  const raw = db.withoutPlugins()
  const fts = sql.table(`${kind}_search_fts`)
  const keys = sql.table(`${kind}_search_key`)
  for (let start = 0; start < ids.length; start += chunk) {
    const part = [...new Set(ids.slice(start, start + chunk))]
    const texts = await documentSources[kind](db, part)
    for (const id of part) {
      const found = texts.get(id)
      if (found) {
        const { docId } = (await sql<{ docId: number }>`
          insert into ${keys} (entity_id) values (${id})
          on conflict (entity_id) do update set entity_id = excluded.entity_id
          returning doc_id as "docId"`.execute(raw)).rows[0]!
        const { unigrams, bigrams } = documentTokens(found)
        await sql`delete from ${fts} where rowid = ${docId}`.execute(raw)
        await sql`insert into ${fts} (rowid, unigrams, bigrams) values (${docId}, ${unigrams}, ${bigrams})`.execute(raw)
      } else {
        const gone = (await sql<{ docId: number }>`delete from ${keys} where entity_id = ${id} returning doc_id as "docId"`.execute(raw)).rows[0]
        if (gone) await sql`delete from ${fts} where rowid = ${gone.docId}`.execute(raw)
      }
    }
  }
}

/**
 * Indexes every record of the kinds given anew (each migration that adds a
 * kind, and seed-scale after its bulk rows, for all kinds).
 */
export async function rebuildSearchIndex(db: SchemaSource, kinds: readonly SearchKind[] = searchKinds): Promise<void> {
  const raw = db.withoutPlugins()
  for (const kind of kinds) {
    await sql`delete from ${sql.table(`${kind}_search_fts`)}`.execute(raw)
    await sql`delete from ${sql.table(`${kind}_search_key`)}`.execute(raw)
    let after = ''
    for (;;) {
      const ids = (await sql<{ id: string }>`select id from ${sql.table(sourceTable[kind])} where id > ${after} order by id limit ${chunk}`.execute(raw)).rows.map(
        (r) => r.id
      )
      if (ids.length === 0) break
      await reindex(db, kind, ids)
      after = ids.at(-1)!
    }
  }
}

type StoredRow = Record<string, unknown>

/**
 * Keeps the index current after one row write (called by the records module
 * in the write's transaction, with the stored rows before and after): a
 * case's document holds its parties, a sample's holds its case number and
 * site name, so a change to those rows reindexes the records that show them.
 */
export async function followRowChange(db: SchemaSource, table: string, before: StoredRow | null, after: StoredRow | null): Promise<void> {
  const row = (after ?? before)!
  const changed = (column: string) => before === null || after === null || before[column] !== after[column]
  switch (table) {
    case 'court_case':
      await reindex(db, 'case', [row.id as string])
      if (before !== null && changed('case_number')) {
        for (const [kind, table] of [['sample', 'sample'], ['order', 'restoration_order'], ['opinion', 'opinion']] as const) {
          await reindex(db, kind, await idsWhere(db, table, 'case_id', row.id as string))
        }
      }
      return
    case 'case_party':
      await reindex(db, 'case', [...new Set([before?.case_id, after?.case_id].filter((id): id is string => typeof id === 'string'))])
      return
    case 'sample':
      await reindex(db, 'sample', [row.id as string])
      return
    case 'site':
      if (before !== null && changed('name')) await reindex(db, 'sample', await idsWhere(db, 'sample', 'site_id', row.id as string))
      return
    case 'expert':
      await reindex(db, 'expert', [row.id as string])
      return
    case 'restoration_order':
      await reindex(db, 'order', [row.id as string])
      return
    case 'opinion':
      await reindex(db, 'opinion', [row.id as string])
      return
  }
}

async function idsWhere(db: SchemaSource, table: string, column: string, value: string): Promise<string[]> {
  const rows = await sql<{ id: string }>`select id from ${sql.table(table)} where ${sql.ref(column)} = ${value}`.execute(db.withoutPlugins())
  return rows.rows.map((r) => r.id)
}

/**
 * Fewer matches than this: a search page is read from its matches, looked
 * up by id and sorted (a temporary B-tree of at most this many rows).
 */
export const denseMatches = 2000

/**
 * From this many matches on, walking the list's index in its order finds a
 * page within 51 × rows ÷ matches rows, and each row is probed in FTS5
 * (about 20 µs) instead of first holding every match in a list (about a
 * quarter of a µs per match, 50 ms for a province's 200,000 samples).
 * Between the two, the list of matches is held and the walk tests against it.
 */
export const veryDenseMatches = 20_000

/** A search read from the FTS5 index, for one list query. */
export interface SearchMatch {
  /** The condition its page is read with, chosen by how many records match. */
  page: RawBuilder<SqlBool>
  /** The condition its total is counted with beside other filters: the list of matches, cheap to test for many rows. */
  count: RawBuilder<SqlBool>
  /** How many records match, counted in FTS5 alone up to {@link listCountCap} + 1: the total when the search is the list's only filter. */
  total: number
}

/**
 * The records of a kind that hold every word of `search`, read from the
 * FTS5 index, never a scan of the records. `column` names the record id in
 * the list query (`courtCase.id`, `sample.id`). The matches are counted
 * first to choose the plan of the page (see {@link denseMatches},
 * {@link veryDenseMatches}); the unary `+` keeps SQLite from driving the
 * query from the match list, so it walks the order's index instead.
 *
 * @throws AppError `invalid_input` when `search` holds nothing searchable (see {@link matchExpression}).
 */
export async function searchMatch(db: SchemaSource, kind: SearchKind, column: string, search: string): Promise<SearchMatch> {
  const fts = sql.table(`${kind}_search_fts`)
  const keys = sql.table(`${kind}_search_key`)
  const expression = matchExpression(search)
  const matches = sql`select rowid from ${fts} where ${fts} match ${expression}`
  const counted = await sql<{ n: number }>`select count(*) as n from (${matches} limit ${Math.max(veryDenseMatches, listCountCap + 1)})`.execute(db.withoutPlugins())
  const n = counted.rows[0]!.n
  const inList = (target: RawBuilder<unknown>) => sql<SqlBool>`${target} in (select k.entity_id from ${keys} k where k.doc_id in (${matches}))`
  const probe = sql<SqlBool>`exists (select 1 from ${keys} k join ${fts} f on f.rowid = k.doc_id where k.entity_id = ${sql.ref(column)} and ${fts} match ${expression})`
  return {
    page: n < denseMatches ? inList(sql.ref(column)) : n < veryDenseMatches ? inList(sql`+${sql.ref(column)}`) : probe,
    count: inList(sql.ref(column)),
    total: Math.min(n, listCountCap + 1)
  }
}

/**
 * The record ids of a kind holding every word of `search`, as a subquery read
 * from the FTS5 index (for the header's search, global-search.ts).
 *
 * @throws AppError `invalid_input` when `search` holds nothing searchable (see {@link matchExpression}).
 */
export function matchingIds(kind: SearchKind, search: string): RawBuilder<string> {
  const fts = sql.table(`${kind}_search_fts`)
  const expression = matchExpression(search)
  return sql<string>`(select k.entity_id from ${sql.table(`${kind}_search_key`)} k where k.doc_id in (select rowid from ${fts} where ${fts} match ${expression}))`
}

/**
 * A list's first-page total: the search's own count when the search is the
 * only filter (`narrowed` false), else the filtered rows counted up to the cap.
 */
export async function listTotal<DB, TB extends keyof DB, O>(
  db: Kysely<DB>,
  filtered: SelectQueryBuilder<DB, TB, O>,
  match: SearchMatch | null,
  narrowed: boolean
): Promise<number> {
  if (match && !narrowed) return match.total
  return countUpTo(db, match ? filtered.where(match.count) : filtered)
}
