import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../db/database'
import type { Field } from '../../shared/fields'

function toField(row: Selectable<Database['field']>): Field {
  return {
    id: row.id,
    code: row.code,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    sortOrder: row.sortOrder,
    active: row.active === 1,
    revision: row.revision
  }
}

export async function listFields(db: Kysely<Database>): Promise<Field[]> {
  return (await db.selectFrom('field').selectAll().orderBy('sortOrder').orderBy('code').execute()).map(toField)
}

export async function findField(db: Kysely<Database>, id: string): Promise<Field | null> {
  const row = await db.selectFrom('field').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? toField(row) : null
}
