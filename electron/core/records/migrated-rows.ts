import { sql, type Kysely, type Transaction } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { Database } from '../db/database'
import { appendAuditEvent } from '../audit/audit-chain'
import { canonicalJson } from '../audit/canonical-json'
import { describeTable, rowKey } from './record-tables'

type StoredRow = Record<string, unknown>

/** Who a migration's events name: the program, not a person. */
const migrationActor = { id: 'system', name: 'EcoCase' }

/**
 * Runs a migration's change to stored rows (a JSON list moved into a link
 * table, a column dropped) so that the audit trail keeps binding the tables:
 * every row of `tables` that the change altered, added or removed gets one
 * event holding the stored row before and after, under the channel
 * `migration:<name>`, in the migration's own run. A column only added with
 * its default needs none (row replay reads a missing column as its default).
 * Tampering done before the migration still shows, because `verify` checks
 * that each event's `before` continues the previous event's `after`. A row
 * that no event names yet gets none: either it was seeded in this run and
 * its baseline records it, or it was added outside the app and stays
 * unexplained.
 */
export async function migrateAuditedRows(db: Kysely<unknown>, migration: string, tables: readonly string[], change: () => Promise<void>): Promise<void> {
  const before = new Map<string, Map<string, StoredRow>>()
  for (const table of tables) before.set(table, await snapshot(db, table))
  await change()
  const at = new Date().toISOString()
  for (const table of tables) {
    const old = before.get(table)!
    const now = await snapshot(db, table)
    for (const key of new Set([...old.keys(), ...now.keys()])) {
      const was = old.get(key) ?? null
      const is = now.get(key) ?? null
      if (was && is && canonicalJson(was) === canonicalJson(is)) continue
      // A row no event names yet was seeded earlier in this same run (its baseline, written at the run's end,
      // records it as it ends up), or was added outside the app: a migration event would vouch for it.
      if (was && !(await hasEvent(db, table, key))) continue
      await appendAuditEvent(db as unknown as Transaction<Database>, uuidv7(), {
        actor: migrationActor,
        at,
        channel: `migration:${migration}`,
        entity: { type: table, id: key },
        before: was,
        after: is
      })
    }
  }
}

async function hasEvent(db: Kysely<unknown>, table: string, key: string): Promise<boolean> {
  const found = await sql`select 1 from audit_event where entity_type = ${table} and entity_id = ${key} limit 1`.execute(db.withoutPlugins())
  return found.rows.length > 0
}

async function snapshot(db: Kysely<unknown>, table: string): Promise<Map<string, StoredRow>> {
  const exists = await sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'table' and name = ${table}`.execute(db)
  if (!exists.rows[0]?.n) return new Map()
  const shape = await describeTable(db, table)
  const rows = await sql<StoredRow>`select * from ${sql.table(table)}`.execute(db.withoutPlugins())
  return new Map(rows.rows.map((row) => [rowKey(shape, row), row]))
}
