import type BetterSqlite3 from 'better-sqlite3'
import { rowKey, type AuditedTable } from '../records/record-tables'
import { batchSuffix, type BatchContent } from '../audit/batch-events'

/**
 * Tables that stay on their installation: its accounts and their roles, its
 * security settings, its partners and its exchange bookkeeping. Their rows
 * never travel as events. The people a carried record names travel as the
 * package's `people` instead, and become people without an account on the
 * other side (an account, its username and its password belong to the
 * machine where it was made).
 */
export const localOnlyTables: ReadonlySet<string> = new Set([
  'app_user',
  'app_user_role',
  'security_setting',
  'partner',
  'exchange_package',
  'exchange_conflict',
  'exchange_held_event'
])

/** Reference data a case's investigator needs whole: the fields, holding times, order types and the standards' settings. */
export const referenceTables: readonly string[] = ['field', 'holding_time', 'order_type', 'sampling_setting', 'court_setting']

/** The fact that records a conflict's resolution; it travels with the rows it settled (see import). */
export const resolutionFact = 'exchange.resolution'

/** Rows by table: the SQLite table name and each row's key by records' `rowKey` rule. */
export type Scope = Map<string, Map<string, Record<string, unknown>>>

interface ForeignKey {
  table: string
  from: string
  parent: string
  to: string
}

/**
 * The rows of one case, found through the schema's foreign keys so that a
 * table added later is carried without a list to keep up to date: the case,
 * every row that hangs from it (its parties, sites, assignments, visits,
 * samples with their custody events and results, opinions, orders with their
 * milestones, inspections and deviations, and their links), then every row
 * those refer to (the experts assigned, the people named, the attachments,
 * the order types), then the reference data. A row that names a case names
 * this one: a site shared with another case does not bring that case's
 * samples.
 */
export function caseScope(sqlite: BetterSqlite3.Database, tables: readonly AuditedTable[], caseId: string): Scope {
  const shared = tables.filter((t) => !localOnlyTables.has(t.table))
  const byName = new Map(shared.map((t) => [t.table, t]))
  const keys = foreignKeys(sqlite, shared)
  const scope: Scope = new Map()
  const add = (table: AuditedTable, row: Record<string, unknown>): boolean => {
    let rows = scope.get(table.table)
    if (!rows) scope.set(table.table, (rows = new Map()))
    const key = rowKey(table, row)
    if (rows.has(key)) return false
    rows.set(key, row)
    return true
  }
  const courtCase = byName.get('court_case')!
  const root = sqlite.prepare('select * from court_case where id = ?').get(caseId) as Record<string, unknown> | undefined
  if (!root) return scope
  add(courtCase, root)

  // Down: rows that refer to rows already in the case, until nothing new is found.
  for (let grew = true; grew; ) {
    grew = false
    for (const fk of keys) {
      if (fk.parent === fk.table || fk.table === 'court_case') continue
      const parents = scope.get(fk.parent)
      const child = byName.get(fk.table)
      if (!parents || !child) continue
      const caseColumn = keys.find((k) => k.table === fk.table && k.parent === 'court_case' && k.from !== fk.from)?.from
      const values = [...new Set([...parents.values()].map((r) => r[fk.to]).filter((v) => v !== null && v !== undefined))]
      for (let i = 0; i < values.length; i += 500) {
        const chunk = values.slice(i, i + 500)
        const rows = sqlite
          .prepare(`select * from "${fk.table}" where "${fk.from}" in (${chunk.map(() => '?').join(',')})${caseColumn ? ` and "${caseColumn}" = ?` : ''}`)
          .all(...chunk, ...(caseColumn ? [caseId] : [])) as Record<string, unknown>[]
        for (const row of rows) if (add(child, row)) grew = true
      }
    }
  }
  addParents(sqlite, scope, keys, byName, add)
  for (const name of referenceTables) {
    const table = byName.get(name)
    if (!table) continue
    for (const row of sqlite.prepare(`select * from "${name}"`).all() as Record<string, unknown>[]) add(table, row)
  }
  addParents(sqlite, scope, keys, byName, add)
  return scope
}

/** Up: every row a row in scope refers to, and what those refer to. */
function addParents(
  sqlite: BetterSqlite3.Database,
  scope: Scope,
  keys: ForeignKey[],
  byName: Map<string, AuditedTable>,
  add: (table: AuditedTable, row: Record<string, unknown>) => boolean
) {
  const seen = new Set<string>()
  for (let grew = true; grew; ) {
    grew = false
    for (const fk of keys) {
      const parent = byName.get(fk.parent)
      const rows = scope.get(fk.table)
      if (!parent || !rows) continue
      const lookup = sqlite.prepare(`select * from "${fk.parent}" where "${fk.to}" = ?`)
      for (const row of [...rows.values()]) {
        const value = row[fk.from]
        if (value === null || value === undefined) continue
        const mark = `${fk.parent}\u0000${fk.to}\u0000${String(value)}`
        if (seen.has(mark)) continue
        seen.add(mark)
        const found = lookup.get(value) as Record<string, unknown> | undefined
        if (found && add(parent, found)) grew = true
      }
    }
  }
}

/** Every column, by table, that names a person (a foreign key to `app_user`). */
export function personColumns(sqlite: BetterSqlite3.Database, tables: readonly AuditedTable[]): Map<string, string[]> {
  const columns = new Map<string, string[]>()
  for (const table of tables) {
    const rows = sqlite.prepare('select "from" from pragma_foreign_key_list(?) where "table" = ?').pluck().all(table.table, 'app_user') as string[]
    if (rows.length > 0) columns.set(table.table, rows)
  }
  return columns
}

function foreignKeys(sqlite: BetterSqlite3.Database, tables: readonly AuditedTable[]): ForeignKey[] {
  const names = new Set(tables.map((t) => t.table))
  const keys: ForeignKey[] = []
  for (const table of tables) {
    const rows = sqlite.prepare('select "table" as parent, "from", "to" from pragma_foreign_key_list(?)').all(table.table) as { parent: string; from: string; to: string | null }[]
    for (const row of rows) {
      if (!names.has(row.parent)) continue
      const parent = tables.find((t) => t.table === row.parent)!
      keys.push({ table: table.table, from: row.from, parent: row.parent, to: row.to ?? parent.keyColumns[0]! })
    }
  }
  return keys
}

/** Whether an event of this type may travel: a row of a shared table (one row, or a batch of rows), or a conflict's resolution. */
export function travels(entityType: string): boolean {
  if (entityType.includes('.')) return entityType === resolutionFact
  return !localOnlyTables.has(batchTableOf(entityType) ?? entityType)
}

/** The table of a batch event (`lab_result` of `lab_result#batch`, audit/batch-events.ts), or null for any other event. */
export function batchTableOf(entityType: string): string | null {
  return entityType.endsWith(batchSuffix) ? entityType.slice(0, -batchSuffix.length) : null
}

/**
 * How a batch event's rows lie in a scope. A batch event travels whole (its
 * hash and signature cover every row), so it travels only when all its rows
 * are in scope; one whose rows belong partly to another case cannot travel
 * without carrying that case ("nothing of another case").
 */
export function batchInScope(scope: Scope, table: AuditedTable, content: BatchContent): 'all' | 'none' | 'some' {
  const rows = scope.get(table.table)
  const inScope = content.rows.filter((row) => rows?.has(rowKey(table, row)) ?? false).length
  return inScope === 0 ? 'none' : inScope === content.rows.length ? 'all' : 'some'
}
