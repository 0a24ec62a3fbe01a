import { sql, type QueryExecutorProvider } from 'kysely'
import { searchIndexTables } from '../search/search-index'

/** Any kysely database or transaction, whatever its schema type (migrations see `Kysely<unknown>`). */
export interface SchemaSource {
  withoutPlugins(): QueryExecutorProvider
}

/**
 * Tables whose rows are not records of the app: the audit trail itself, the
 * installations whose chains it holds (their identity, not a record), and
 * the migrator's bookkeeping (`sqlite_*` tables are left out as well). Every
 * other table of the schema is audited: each row written goes through
 * `electron/core/records` and its events replay into the table. An engineer
 * adding a table that holds no record (a cache, a lock) names it here.
 */
export const notRecordTables: readonly string[] = [
  'audit_event',
  'installation',
  'kysely_migration',
  'kysely_migration_lock',
  // Password hashes and failed-attempt counters: kept out of the audit trail and of packages; their changes are audit facts.
  'user_credential',
  // The full-text search index (migration 0018) and FTS5's shadow tables: derived from the records, rebuilt from them, never a record itself.
  ...searchIndexTables
]

/** An audited table as the schema declares it, in SQLite names. */
export interface AuditedTable {
  /** The SQLite table name, which is also `entity.type` of its row events. */
  table: string
  /** The primary-key columns in key order. */
  keyColumns: string[]
  /** Every column, in declaration order. */
  columns: string[]
  /** Each column's declared default as a value (null when it has none): what a row stored before the column was added holds in it. */
  defaults: Record<string, string | number | null>
}

/**
 * The audited tables, derived from the schema (`sqlite_master` minus
 * {@link notRecordTables} and `sqlite_*`), each with its key and columns,
 * in name order. SQLite-only (`pragma_table_info`), so it stays in this module.
 *
 * @throws Error when an audited table has no declared primary key: its rows could not be named in events.
 */
export async function listAuditedTables(db: SchemaSource): Promise<AuditedTable[]> {
  const names = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and substr(name, 1, 7) != 'sqlite_' order by name`.execute(
    db.withoutPlugins()
  )
  const tables: AuditedTable[] = []
  for (const { name } of names.rows) {
    if (notRecordTables.includes(name)) continue
    tables.push(await describeTable(db, name))
  }
  return tables
}

/**
 * One table's key and columns from the schema.
 *
 * @throws Error when the table does not exist or has no declared primary key.
 */
export async function describeTable(db: SchemaSource, table: string): Promise<AuditedTable> {
  const info = await sql<{ name: string; pk: number; dflt_value: string | null }>`select name, pk, dflt_value from pragma_table_info(${table}) order by cid`.execute(
    db.withoutPlugins()
  )
  if (info.rows.length === 0) throw new Error(`no table ${table} in the schema`)
  const keyColumns = info.rows
    .filter((c) => c.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((c) => c.name)
  if (keyColumns.length === 0) throw new Error(`table ${table} has no primary key, so its rows cannot be audited`)
  return { table, keyColumns, columns: info.rows.map((c) => c.name), defaults: Object.fromEntries(info.rows.map((c) => [c.name, defaultValue(c.dflt_value)])) }
}

/** A column default as SQLite reports it (the SQL text: `0`, `'interest'`, `NULL`) as the value it stores; an expression other than a literal counts as none. */
function defaultValue(sqlText: string | null): string | number | null {
  if (sqlText === null || /^null$/i.test(sqlText)) return null
  if (/^-?\d+(\.\d+)?$/.test(sqlText)) return Number(sqlText)
  const quoted = /^'((?:[^']|'')*)'$/.exec(sqlText)
  return quoted ? quoted[1]!.replace(/''/g, "'") : null
}

/**
 * The key that names a row in audit events (`entity.id`), from the row keyed
 * by SQLite column names. The one rule: a single-column key is its value as
 * text (`"0190…"`); a composite key (the link tables: `expert_field`,
 * `sample_photo`, …) is the JSON array of its values in primary-key order,
 * numbers as numbers (`["0190…","0191…"]`, `["0190…",0]`).
 *
 * @throws Error when the row lacks a key column.
 */
export function rowKey(table: Pick<AuditedTable, 'table' | 'keyColumns'>, row: Record<string, unknown>): string {
  const values = table.keyColumns.map((column) => {
    const value = row[column]
    if (value === undefined || value === null) throw new Error(`row of ${table.table} lacks its key column ${column}`)
    return value
  })
  return values.length === 1 ? String(values[0]) : JSON.stringify(values)
}

/** Kysely's name of a table or column (`courtCase`) as SQLite stores it (`court_case`), the rule of kysely's CamelCasePlugin. */
export function sqliteName(kyselyName: string): string {
  return kyselyName.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
}

/** SQLite's name of a column (`accuracy_m`) as kysely names it (`accuracyM`). */
export function kyselyName(sqliteColumn: string): string {
  return sqliteColumn.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
}
