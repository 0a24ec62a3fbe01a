import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../db/database'
import type { HoldingTime, Matrix } from '../../shared/sampling'

/** The list query, in parameter then matrix order; a test asserts it reads the unique index. */
export function holdingTimeListQuery(db: Kysely<Database>) {
  return db.selectFrom('holdingTime').selectAll().orderBy('parameterKey').orderBy('matrix')
}

export async function listHoldingTimes(db: Kysely<Database>): Promise<HoldingTime[]> {
  return (await holdingTimeListQuery(db).execute()).map(toHoldingTime)
}

export async function findHoldingTime(db: Kysely<Database>, id: string): Promise<HoldingTime | null> {
  const row = await db.selectFrom('holdingTime').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? toHoldingTime(row) : null
}

function toHoldingTime(row: Selectable<Database['holdingTime']>): HoldingTime {
  return { ...row, matrix: row.matrix as Matrix }
}
