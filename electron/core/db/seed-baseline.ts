import { sql, type Kysely, type Transaction } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { Migration } from 'kysely/migration'
import type { Database } from './database'
import { appendAuditEvent } from '../audit/audit-chain'
import { listAuditedTables, rowKey, type SchemaSource } from '../records/record-tables'

/** The channel of a baseline event: the row was seeded by a migration, not written by a person. */
export const baselineChannel = 'migration.baseline'

/** Per audited table, the highest rowid before the migrations of this run (a table absent then has none). */
export type SeedMarks = Map<string, number>

/**
 * The migrations, each wrapped so that the run that applies them also
 * records a baseline audit event (`before: null`, `after`: the stored row)
 * for every row the run's migrations seeded (the administrator, the fields,
 * the holding times, …): `verify` then finds those rows explained by the
 * trail. Kysely's migrator runs all pending migrations in one transaction,
 * and the last migration of the list is always among them, so the marks are
 * taken before the first one runs and the baseline is written after the
 * last one, in the same transaction. Only rows above the marks count (rows
 * the run added), and only those without any event: a row added outside the
 * app before an upgrade is never vouched for by it.
 */
export function withSeedBaseline(migrations: Record<string, Migration>, now: () => string): Record<string, Migration> {
  const names = Object.keys(migrations)
  const last = names.at(-1)
  let marks: SeedMarks | null = null
  return Object.fromEntries(
    names.map((name) => [
      name,
      {
        up: async (db: Kysely<unknown>) => {
          marks ??= await seedMarks(db)
          await migrations[name]!.up(db)
          if (name === last) {
            await recordSeedBaseline(db as unknown as Transaction<Database>, marks, now())
            marks = null
          }
        }
      } satisfies Migration
    ])
  )
}

async function seedMarks(db: SchemaSource): Promise<SeedMarks> {
  const marks: SeedMarks = new Map()
  for (const table of await listAuditedTables(db)) {
    const max = await sql<{ max: number | null }>`select max(rowid) as max from ${sql.table(table.table)}`.execute(db.withoutPlugins())
    marks.set(table.table, max.rows[0]?.max ?? 0)
  }
  return marks
}

async function recordSeedBaseline(trx: Transaction<Database>, marks: SeedMarks, at: string): Promise<void> {
  const raw = trx.withoutPlugins()
  for (const table of await listAuditedTables(trx)) {
    const above = marks.get(table.table) ?? 0
    const rows = await sql<Record<string, unknown>>`select rowid as "rowid:ecocase", * from ${sql.table(table.table)} where rowid > ${above} order by rowid`.execute(raw)
    for (const row of rows.rows) {
      delete row['rowid:ecocase']
      const id = rowKey(table, row)
      const known = await sql`select 1 from audit_event where entity_type = ${table.table} and entity_id = ${id} limit 1`.execute(raw)
      if (known.rows.length > 0) continue
      await appendAuditEvent(trx, uuidv7(), {
        actor: { id: 'system', name: '数据库迁移' },
        at,
        channel: baselineChannel,
        entity: { type: table.table, id },
        before: null,
        after: row
      })
    }
  }
}
