import { sql, type Kysely } from 'kysely'
import { withStamp } from '../record-stamp'

/**
 * The court's particulars for letterheads and exports: one row, written by
 * an administrator through the records module (so the row is in the audit
 * trail from its first save; nothing is seeded here).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withStamp(
    db.schema
      .createTable('court_setting')
      .addColumn('id', 'text', (c) => c.primaryKey().check(sql`id = 'court'`))
      .addColumn('full_name', 'text', (c) => c.notNull())
      .addColumn('short_name', 'text', (c) => c.notNull())
      .addColumn('tribunal', 'text', (c) => c.notNull())
      .addColumn('address', 'text', (c) => c.notNull())
      .addColumn('phone', 'text', (c) => c.notNull())
      .addColumn('seal_position', 'text', (c) => c.notNull().check(sql`seal_position in ('over_date', 'right_of_signature', 'none')`))
      .modifyEnd(sql`strict`)
  ).execute()
}
