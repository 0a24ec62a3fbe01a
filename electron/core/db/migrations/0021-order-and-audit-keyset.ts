import type { Kysely } from 'kysely'

/**
 * Keyset paging of the orders list and the audit log (issue 15), as 0018
 * gave the case, expert and sample lists.
 *
 * Orders are listed newest first, `(created_at, id)`: the filtered list
 * indexes of 0006 end at `created_at`, so a page boundary between two orders
 * made in the same call could not be found in them; they are replaced by the
 * same indexes ending with `id`.
 *
 * The audit log is listed newest first by `(at, seq)`. `seq` is the rowid,
 * which SQLite appends to every index entry, so an index on `at` (or a filter
 * column, then `at`) is already in the log's order: one for the day range,
 * and one for each filter of the log screen (who, which channel, which
 * record), so a filtered page is read from its index however long the trail.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [old, column] of [
    ['restoration_order_status_created', 'status'],
    ['restoration_order_type_created', 'order_type_id'],
    ['restoration_order_case_created', 'case_id']
  ] as const) {
    await db.schema.dropIndex(old).execute()
    await db.schema.createIndex(`${old}_id`).on('restoration_order').columns([column, 'created_at', 'id']).execute()
  }
  await db.schema.createIndex('audit_event_at').on('audit_event').column('at').execute()
  await db.schema.createIndex('audit_event_actor_at').on('audit_event').columns(['actor_id', 'at']).execute()
  await db.schema.createIndex('audit_event_channel_at').on('audit_event').columns(['channel', 'at']).execute()
  await db.schema.createIndex('audit_event_entity_id_at').on('audit_event').columns(['entity_id', 'at']).execute()
}
