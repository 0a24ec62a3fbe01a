import { sql, type Kysely } from 'kysely'
import { rebuildSearchIndex } from '../../search/search-index'

/**
 * Search and paging at a province's volume (issue 15).
 *
 * The FTS5 search index of cases, samples and experts (see
 * core/search/search-index.ts for the scheme): per kind a key table giving
 * each record an integer doc id, and a contentless FTS5 table of its
 * unigrams and bigrams (`contentless_delete`, so a changed record's entry
 * is replaced by rowid without keeping a second copy of the text). The
 * `ascii` tokenizer splits only at ASCII spaces and punctuation, so each
 * pre-cut Chinese token stays one token. Derived data, built here for the
 * records a folder already holds; the tables are in `notRecordTables`.
 *
 * Keyset paging walks each list in its order from the last row shown, so
 * the order's index must end with the record id, the tie-breaker that
 * makes the order total: these indexes extend the filtered list indexes of
 * 0001 and 0002 by `id` and replace them, and one orders a case's samples.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const kind of ['case', 'sample', 'expert']) {
    await db.schema
      .createTable(`${kind}_search_key`)
      .addColumn('doc_id', 'integer', (c) => c.primaryKey())
      .addColumn('entity_id', 'text', (c) => c.notNull().unique())
      .modifyEnd(sql`strict`)
      .execute()
    await sql`create virtual table ${sql.table(`${kind}_search_fts`)} using fts5(unigrams, bigrams, content = '', contentless_delete = 1, tokenize = 'ascii')`.execute(db)
  }

  for (const column of ['status', 'type', 'year', 'judge_id']) {
    await db.schema.dropIndex(`court_case_${column === 'judge_id' ? 'judge' : column}_filed`).execute()
    await db.schema.createIndex(`court_case_${column === 'judge_id' ? 'judge' : column}_filed_id`).on('court_case').columns([column, 'filed_on', 'id']).execute()
  }
  await db.schema.dropIndex('expert_name').execute()
  await db.schema.dropIndex('expert_status_name').execute()
  await db.schema.createIndex('expert_name_id').on('expert').columns(['name', 'id']).execute()
  await db.schema.createIndex('expert_status_name_id').on('expert').columns(['status', 'name', 'id']).execute()
  // A case's samples newest first, the order of the case's sample list (sample_case_sampled keeps the sampling order by code).
  await db.schema.createIndex('sample_case_sampled_id').on('sample').columns(['case_id', 'sampled_at', 'id']).execute()

  // Uses the index code of this version: the index is derived data, so a later change to how text is cut comes with its own rebuild.
  await rebuildSearchIndex(db, ['case', 'sample', 'expert'])
}
