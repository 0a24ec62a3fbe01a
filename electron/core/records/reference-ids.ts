import { sql, type Kysely } from 'kysely'
import { v5 as uuidv5 } from 'uuid'
import { migrateAuditedRows } from './migrated-rows'

/** The namespace of EcoCase's reference-data ids (RFC 9562 name-based UUIDs). */
const referenceNamespace = '6f1d3c52-2b0e-4c7a-9d41-0e5c2a7b9f13'

/**
 * Reference data (the fields, the order types, the holding times) is seeded
 * on every installation and exchanged with the cases that use it; a row of it
 * is named by its natural key, so its id is derived from that key (a
 * name-based UUID): the field `water` has one id on the court's workstation
 * and on every investigator's laptop, and a case package refers to the same
 * row on both. Rows added later get their id by the same rule.
 */
export const referenceKeys: Readonly<Record<string, readonly string[]>> = {
  field: ['code'],
  order_type: ['code'],
  holding_time: ['parameter_key', 'matrix']
}

/** The id of a reference row, from its table and natural key values. */
export function referenceRowId(table: keyof typeof referenceKeys | string, key: readonly (string | number)[]): string {
  return uuidv5(`${table}:${key.join('/')}`, referenceNamespace)
}

/**
 * Gives every reference row its id by {@link referenceRowId}, changing the
 * rows that refer to it in the same migration, each change audited (the old
 * key's row removed, the new one added, the referring rows updated). The
 * foreign keys are checked when the migration commits.
 */
export async function rekeyReferenceRows(db: Kysely<unknown>, migration: string): Promise<void> {
  await sql`pragma defer_foreign_keys = on`.execute(db)
  for (const [table, columns] of Object.entries(referenceKeys)) {
    const exists = await sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'table' and name = ${table}`.execute(db)
    if (!exists.rows[0]?.n) continue
    const referring = await sql<{ name: string; from: string }>`select m.name, f."from" from sqlite_master m join pragma_foreign_key_list(m.name) f
      where m.type = 'table' and f."table" = ${table}`.execute(db)
    const rows = await sql<Record<string, string | number>>`select * from ${sql.table(table)}`.execute(db.withoutPlugins())
    const moves = rows.rows
      .map((row) => ({ from: row.id as string, to: referenceRowId(table, columns.map((c) => row[c]!)), row }))
      .filter((m) => m.from !== m.to)
    if (moves.length === 0) continue
    const rekey = async () => {
      for (const move of moves) {
        await sql`delete from ${sql.table(table)} where id = ${move.from}`.execute(db)
        const names = Object.keys(move.row)
        await sql`insert into ${sql.table(table)} (${sql.join(names.map((n) => sql.ref(n)))}) values (${sql.join(names.map((n) => (n === 'id' ? move.to : move.row[n])))})`.execute(db)
        for (const ref of referring.rows) await sql`update ${sql.table(ref.name)} set ${sql.ref(ref.from)} = ${move.to} where ${sql.ref(ref.from)} = ${move.from}`.execute(db)
      }
    }
    // Rows seeded in this same run have no event yet (their baseline is written at its end, with the new ids): nothing to audit.
    const recorded = await sql<{ n: number }>`select count(*) as n from audit_event where entity_type = ${table}`.execute(db)
    if (recorded.rows[0]!.n === 0) await rekey()
    else await migrateAuditedRows(db, migration, [table, ...new Set(referring.rows.map((r) => r.name))], rekey)
  }
}
