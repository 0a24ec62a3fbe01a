import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import type { Attachment } from '../../shared/sampling'

/** The attachment filed under `sha256`, or `null`. */
export async function findAttachmentByHash(db: Kysely<Database>, sha256: string): Promise<Attachment | null> {
  const row = await db.selectFrom('attachment').selectAll().where('sha256', '=', sha256).executeTakeFirst()
  return row ?? null
}
