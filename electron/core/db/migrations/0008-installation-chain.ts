import { sql, type Kysely } from 'kysely'

/**
 * One chain per installation: the `installation` table (this folder's
 * identity and, later, the paired installations whose events arrive in
 * packages), and on every audit event its installation, its place in that
 * installation's chain, the hash rule it was written under and its
 * signature. Existing events keep hash rule 1; the identity itself (a key
 * pair, whose private half lives in a file) is made when the folder is
 * first opened, which also gives existing events their chain.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('installation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('local', 'integer', (c) => c.notNull().defaultTo(0).check(sql`local in (0, 1)`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()
  await sql`create unique index installation_one_local on installation (local) where local = 1`.execute(db)

  await db.schema.alterTable('audit_event').addColumn('installation_id', 'text').execute()
  await db.schema.alterTable('audit_event').addColumn('chain_seq', 'integer').execute()
  await db.schema.alterTable('audit_event').addColumn('hash_version', 'integer', (c) => c.notNull().defaultTo(1)).execute()
  await db.schema.alterTable('audit_event').addColumn('signature', 'text').execute()
  await db.schema.createIndex('audit_event_chain').on('audit_event').columns(['installation_id', 'chain_seq']).unique().execute()
}
