import { sql, type Kysely } from 'kysely'
import { withStamp } from '../record-stamp'

/**
 * A closed case reopened by its judge: one row per reopening with the judge's
 * written reason, so the case keeps the history of why it was opened again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withStamp(
    db.schema
      .createTable('case_reopening')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('court_case.id'))
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('closed_on', 'text', (c) => c.notNull())
      .modifyEnd(sql`strict`)
  ).execute()
  await db.schema.createIndex('case_reopening_case').on('case_reopening').columns(['case_id', 'created_at']).execute()
}
