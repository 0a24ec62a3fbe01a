import { sql, type Kysely } from 'kysely'
import { migrateAuditedRows } from '../../records/migrated-rows'
import { nameSortKey } from '../../experts/name-order'

/**
 * The expert pool is listed by the pinyin of the names (issue 14), not by
 * their code points: each expert gets a stored sort key, and the list's
 * indexes end with (`name_sort`, `id`) as its keyset order does. The keys of
 * the experts already stored are recorded in the audit trail, so `verify`
 * keeps binding the table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await migrateAuditedRows(db, '0026-expert-pinyin-order', ['expert'], async () => {
    await sql`alter table expert add column name_sort text not null default ''`.execute(db)
    const experts = await sql<{ id: string; name: string }>`select id, name from expert`.execute(db)
    for (const e of experts.rows) await sql`update expert set name_sort = ${nameSortKey(e.name)} where id = ${e.id}`.execute(db)
  })
  await db.schema.dropIndex('expert_name_id').execute()
  await db.schema.dropIndex('expert_status_name_id').execute()
  await db.schema.createIndex('expert_name_sort_id').on('expert').columns(['name_sort', 'id']).execute()
  await db.schema.createIndex('expert_status_name_sort_id').on('expert').columns(['status', 'name_sort', 'id']).execute()
}
