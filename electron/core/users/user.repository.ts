import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../db/database'
import type { AppUserTable } from './user.table'
import type { User } from '../../shared/users'
import type { Role } from '../../shared/roles'

function toUser(row: Selectable<AppUserTable>): User {
  return { id: row.id, username: row.username, displayName: row.displayName, role: row.role as Role, active: row.active === 1, expertId: row.expertId }
}

export async function findUser(db: Kysely<Database>, id: string): Promise<User | null> {
  const row = await db.selectFrom('appUser').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? toUser(row) : null
}

export async function findUserByUsername(db: Kysely<Database>, username: string): Promise<User | null> {
  const row = await db.selectFrom('appUser').selectAll().where('username', '=', username).executeTakeFirst()
  return row ? toUser(row) : null
}

export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  const rows = await db.selectFrom('appUser').selectAll().orderBy('role').orderBy('displayName').execute()
  return rows.map(toUser)
}
