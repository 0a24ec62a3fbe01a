import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../db/database'
import type { User } from '../../shared/users'
import type { Role } from '../../shared/roles'

function toUser(row: Selectable<Database['appUser']>, extraRoles: string[]): User {
  const role = row.role
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role,
    roles: [role, ...(extraRoles as Role[]).filter((r) => r !== role)],
    active: row.active === 1,
    expertId: row.expertId,
    expertLinkConfirmed: row.expertId !== null && row.expertLinkConfirmedAt !== null,
    revision: row.revision
  }
}

async function extraRolesOf(db: Kysely<Database>, userIds: string[]): Promise<Map<string, string[]>> {
  const byUser = new Map<string, string[]>()
  if (userIds.length === 0) return byUser
  const rows = await db.selectFrom('appUserRole').select(['userId', 'role']).where('userId', 'in', userIds).orderBy('role').execute()
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.role])
  return byUser
}

export async function findUser(db: Kysely<Database>, id: string): Promise<User | null> {
  const row = await db.selectFrom('appUser').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? toUser(row, (await extraRolesOf(db, [row.id])).get(row.id) ?? []) : null
}

export async function findUserByUsername(db: Kysely<Database>, username: string): Promise<User | null> {
  const row = await db.selectFrom('appUser').selectAll().where('username', '=', username).executeTakeFirst()
  return row ? toUser(row, (await extraRolesOf(db, [row.id])).get(row.id) ?? []) : null
}

export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  const rows = await db.selectFrom('appUser').selectAll().orderBy('role').orderBy('displayName').execute()
  const extra = await extraRolesOf(db, rows.map((r) => r.id))
  return rows.map((row) => toUser(row, extra.get(row.id) ?? []))
}

/** Whether the user holds the role, as primary or extra role. */
export function holds(user: Pick<User, 'roles'>, role: Role): boolean {
  return user.roles.includes(role)
}
