import { sql, type Kysely } from 'kysely'
import { withStamp } from '../record-stamp'
import { rekeyReferenceRows } from '../../records/reference-ids'

/**
 * Exchange between installations (the court's workstation, investigators'
 * laptops): the partners an installation accepts packages from, the
 * packages sent and received (with their signed manifests, which vouch for
 * the other installations' events this database keeps), and the conflicts
 * an import found. Nothing is seeded: an installation has no partner until
 * an administrator pairs one. The reference rows are re-keyed by their
 * natural keys (see records' reference-ids).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The name an installation shows on its pairing card (the court's name, the investigator's laptop); not a record.
  await db.schema.alterTable('installation').addColumn('name', 'text').execute()

  await withStamp(
    db.schema
      .createTable('partner')
      .addColumn('installation_id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('public_key', 'text', (c) => c.notNull().check(sql`length(public_key) = 64`))
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      // The investigator whose laptop it is: case packages to it hold only the cases that expert is assigned to.
      .addColumn('expert_id', 'text', (c) => c.references('expert.id'))
      .modifyEnd(sql`strict`)
  ).execute()

  await withStamp(
    db.schema
      .createTable('exchange_package')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('direction', 'text', (c) => c.notNull().check(sql`direction in ('out', 'in')`))
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('case', 'changes', 'receipt')`))
      .addColumn('source_installation_id', 'text', (c) => c.notNull())
      .addColumn('destination_installation_id', 'text', (c) => c.notNull())
      .addColumn('case_id', 'text')
      .addColumn('source_created_at', 'text', (c) => c.notNull())
      .addColumn('events', 'integer', (c) => c.notNull())
      .addColumn('attachments', 'integer', (c) => c.notNull())
      // The part of the source's own chain the package covers: events after from_seq up to to_seq (whether carried or withheld).
      .addColumn('from_seq', 'integer', (c) => c.notNull())
      .addColumn('to_seq', 'integer', (c) => c.notNull())
      .addColumn('to_hash', 'text', (c) => c.notNull())
      // For a receipt: the package it acknowledges.
      .addColumn('acknowledges', 'text')
      .addColumn('conflicts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('manifest_json', 'text', (c) => c.notNull())
      .addColumn('signature', 'text', (c) => c.notNull())
      .modifyEnd(sql`strict`)
  ).execute()
  await db.schema.createIndex('exchange_package_partner').on('exchange_package').columns(['source_installation_id', 'destination_installation_id', 'kind']).execute()
  await db.schema.createIndex('exchange_package_case').on('exchange_package').columns(['case_id']).execute()

  await withStamp(
    db.schema
      .createTable('exchange_conflict')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('package_id', 'text', (c) => c.notNull().references('exchange_package.id'))
      .addColumn('entity_type', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('case_id', 'text')
      // The row the other side changed from, the row here at the import, and the other side's row: JSON of stored rows, null for none.
      .addColumn('base_json', 'text')
      .addColumn('local_json', 'text')
      .addColumn('incoming_json', 'text')
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'resolved')`))
      .addColumn('resolved_at', 'text')
      .addColumn('resolved_by', 'text', (c) => c.references('app_user.id'))
      .addColumn('resolution_json', 'text')
      .modifyEnd(sql`strict`)
  ).execute()
  await db.schema.createIndex('exchange_conflict_entity').on('exchange_conflict').columns(['entity_type', 'entity_id', 'status']).execute()

  // An imported event kept in its chain but not applied to its row: a conflict waits, or the row already reads as the event left it
  // (the same change made on both sides, a change a resolution settled). Row replay skips it.
  await db.schema
    .createTable('exchange_held_event')
    .addColumn('event_id', 'text', (c) => c.primaryKey())
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`reason in ('conflict', 'superseded')`))
    .addColumn('conflict_id', 'text', (c) => c.references('exchange_conflict.id'))
    .modifyEnd(sql`strict`)
    .execute()
  await db.schema.createIndex('exchange_held_event_conflict').on('exchange_held_event').column('conflict_id').execute()

  // Reference rows get the same id on every installation, so a case package refers to the same field or order type on both sides.
  await rekeyReferenceRows(db, '0014-exchange')
}
