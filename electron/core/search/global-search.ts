import { sql, type RawBuilder } from 'kysely'
import { listCountCap } from '../../shared/common'
import { searchGroupLimit, searchHitKinds, type SearchGroup, type SearchHit, type SearchHitKind, type SearchResults } from '../../shared/search'
import type { Call } from '../call'
import { matchingIds } from './search-index'
import { inList } from '../access/case-access'

/**
 * The header's search: for every kind, its first {@link searchGroupLimit}
 * matches in its list's order (dates newest first, experts by name) and a
 * count up to the list cap, read through the FTS5 index (search-index.ts),
 * never a scan of the records.
 *
 * Who sees what (DESIGN.md, access follows the case): an investigator only
 * the records of their cases (`case-access.ts`); an opinion, which is not for release, only its
 * investigators and the judge and clerk of its case; the expert pool every
 * signed-in user, as `experts.list`.
 *
 * @throws AppError `invalid_input` when the query holds no letter or digit.
 */
export async function globalSearch(call: Call, query: string): Promise<SearchResults> {
  const groups: SearchGroup[] = []
  for (const kind of searchHitKinds) groups.push(await searchKind(call, kind, query))
  return { query, groups }
}

/**
 * The cases the caller may see records of, as a list of ids; null when every
 * case. An investigator's are the call's narrowing (`call.visibleCases`, the
 * one rule of `case-access.ts`); the opinion of the court's staff is read by
 * the case's own judge and clerk only, as `requireOpinionReader` says.
 */
function visibleCases(call: Call, kind: SearchHitKind): RawBuilder<string> | null {
  const { user } = call
  if (call.visibleCases !== null) return sql<string>`(${sql.join(inList(call.visibleCases))})`
  if (kind !== 'opinion') return null
  if (user.role === 'judge') return sql<string>`(select c.id from court_case c where c.judge_id = ${user.id})`
  if (user.role === 'clerk') return sql<string>`(select c.id from court_case c where c.clerk_id = ${user.id})`
  return sql<string>`(select c.id from court_case c where 0)`
}

/** Per kind: the rows matched (alias `r`, its case column) and the hit columns, in the list's order. */
const shapes: Record<SearchHitKind, { from: RawBuilder<unknown>; caseColumn: string | null; columns: RawBuilder<unknown>; order: RawBuilder<unknown> }> = {
  case: {
    from: sql`court_case r`,
    caseColumn: 'r.id',
    columns: sql`r.id, r.case_number as title, r.cause as detail, r.status, r.id as case_id, r.case_number, null as version`,
    order: sql`r.filed_on desc, r.id desc`
  },
  sample: {
    from: sql`sample r join court_case c on c.id = r.case_id`,
    caseColumn: 'r.case_id',
    columns: sql`r.id, r.code as title, r.matrix as detail, case when r.voided_at is null then 'valid' else 'voided' end as status, r.case_id, c.case_number, null as version`,
    order: sql`r.sampled_at desc, r.id desc`
  },
  order: {
    from: sql`restoration_order r join court_case c on c.id = r.case_id`,
    caseColumn: 'r.case_id',
    columns: sql`r.id, r.order_number as title, r.obligor as detail, case when r.voided_at is null then r.status else 'discarded' end as status, r.case_id, c.case_number, null as version`,
    order: sql`r.created_at desc, r.id desc`
  },
  opinion: {
    from: sql`opinion r join court_case c on c.id = r.case_id`,
    caseColumn: 'r.case_id',
    columns: sql`r.id, c.case_number as title, substr(r.findings, 1, 60) as detail, r.status, r.case_id, c.case_number, r.version`,
    order: sql`r.created_at desc, r.id desc`
  },
  expert: {
    from: sql`expert r`,
    caseColumn: null,
    columns: sql`r.id, r.name as title, r.organisation as detail, r.status, null as case_id, null as case_number, null as version`,
    order: sql`r.name, r.id`
  }
}

interface HitRow {
  id: string
  title: string
  detail: string
  status: string
  case_id: string | null
  case_number: string | null
  version: number | null
}

async function searchKind(call: Call, kind: SearchHitKind, query: string): Promise<SearchGroup> {
  const shape = shapes[kind]
  const cases = shape.caseColumn === null ? null : visibleCases(call, kind)
  const where = sql`r.id in ${matchingIds(kind, query)}${cases === null ? sql`` : sql` and ${sql.raw(shape.caseColumn!)} in ${cases}`}`
  const raw = call.db.withoutPlugins()
  const rows = await sql<HitRow>`select ${shape.columns} from ${shape.from} where ${where} order by ${shape.order} limit ${searchGroupLimit}`.execute(raw)
  const hits: SearchHit[] = rows.rows.map((r) => ({
    kind,
    id: r.id,
    title: r.title,
    detail: r.detail,
    status: r.status,
    caseId: r.case_id,
    caseNumber: r.case_number,
    version: r.version
  }))
  const total =
    hits.length < searchGroupLimit
      ? hits.length
      : (await sql<{ n: number }>`select count(*) as n from (select 1 from ${shape.from} where ${where} limit ${listCountCap + 1})`.execute(raw)).rows[0]!.n
  return { kind, total, hits }
}
