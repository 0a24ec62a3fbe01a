import { sql, type Kysely } from 'kysely'
import { rebuildSearchIndex } from '../../search/search-index'

/**
 * The header's search (issue 14) finds restoration orders (number, obligor,
 * executor, judgment, case number) and technical opinions (case number,
 * findings, statement) besides cases, samples and experts: their key and
 * FTS5 tables, in the scheme of 0018 (core/search/search-index.ts), built
 * here for the orders and opinions a folder already holds. Derived data, in
 * `notRecordTables`; no record changes, so `verify` is untouched.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const kind of ['order', 'opinion']) {
    await db.schema
      .createTable(`${kind}_search_key`)
      .addColumn('doc_id', 'integer', (c) => c.primaryKey())
      .addColumn('entity_id', 'text', (c) => c.notNull().unique())
      .modifyEnd(sql`strict`)
      .execute()
    await sql`create virtual table ${sql.table(`${kind}_search_fts`)} using fts5(unigrams, bigrams, content = '', contentless_delete = 1, tokenize = 'ascii')`.execute(db)
  }
  await rebuildSearchIndex(db, ['order', 'opinion'])
}
