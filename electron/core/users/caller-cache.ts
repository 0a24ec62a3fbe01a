import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import type { User } from '../../shared/users'
import type { Session } from '../call'
import { findUser } from './user.repository'
import { securityPolicy, type SecurityPolicy } from './security-policy'

/**
 * The tables whose rows decide who may call: the account (active, role), its
 * extra roles, its password and the security policy (the idle lock). A write
 * to any of them, through this process, forgets every cached caller.
 */
const callerTables = new Set(['app_user', 'app_user_role', 'user_credential', 'security_setting'])

/** Bumped by every write to a caller table in this process; an entry read under an older value is read again. */
let generation = 0

/** Notes a row write (the records module calls it for every row it writes, the credential store for passwords). */
export function noteRowWrite(table: string): void {
  if (callerTables.has(table)) generation++
}

/**
 * What a cached entry was read under: this process's generation and SQLite's
 * `data_version`, which changes when another connection (the CLI, a second
 * process on the folder) commits (https://sqlite.org/pragma.html#pragma_data_version),
 * so an account deactivated from the CLI is refused at the app's next call.
 */
interface Stamp {
  generation: number
  dataVersion: number
}

const dataVersionStatements = new WeakMap<BetterSqlite3.Database, BetterSqlite3.Statement>()

function stampOf(sqlite: BetterSqlite3.Database): Stamp {
  let statement = dataVersionStatements.get(sqlite)
  if (!statement) {
    statement = sqlite.prepare('pragma data_version').pluck()
    dataVersionStatements.set(sqlite, statement)
  }
  return { generation, dataVersion: statement.get() as number }
}

const fresh = (cached: Stamp, now: Stamp) => cached.generation === now.generation && cached.dataVersion === now.dataVersion

const users = new WeakMap<Session, { user: User; stamp: Stamp }>()
const policies = new WeakMap<BetterSqlite3.Database, { policy: SecurityPolicy; stamp: Stamp }>()

/**
 * The session's user as stored, read once per session and again only after
 * a caller table changed (issue 15: the lookup was most of the fixed cost of
 * a call). Signing out, or in as someone else, changes `session.userId`, so
 * the entry no longer applies.
 */
export async function cachedSessionUser(db: Kysely<Database>, sqlite: BetterSqlite3.Database, session: Session, userId: string): Promise<User | null> {
  const stamp = stampOf(sqlite)
  const cached = users.get(session)
  if (cached && cached.user.id === userId && fresh(cached.stamp, stamp)) return cached.user
  const user = await findUser(db, userId)
  if (user) users.set(session, { user, stamp })
  else users.delete(session)
  return user
}

/** The security policy, read once per connection and again only after a caller table changed. */
export async function cachedSecurityPolicy(db: Kysely<Database>, sqlite: BetterSqlite3.Database): Promise<SecurityPolicy> {
  const stamp = stampOf(sqlite)
  const cached = policies.get(sqlite)
  if (cached && fresh(cached.stamp, stamp)) return cached.policy
  const policy = await securityPolicy(db)
  policies.set(sqlite, { policy, stamp })
  return policy
}

/** Forgets the session's cached user (sign-out). */
export function forgetSessionUser(session: Session): void {
  users.delete(session)
}
