import type { Kysely } from 'kysely'
import type { Database } from './db/database'
import type { User } from '../shared/users'
import type { Core } from './core'

/** Who is calling over one transport connection (a window, a preview token, a CLI run). */
export interface Session {
  userId: string | null
}

/** What a handler that anyone may call is given: read-only, perhaps nobody signed in. */
export interface AnonymousCall {
  core: Core
  db: Kysely<Database>
  session: Session
  user: User | null
}

/**
 * What a role-checked handler is given. For a writing handler `db` is the
 * call's one transaction, and `audit` appends the hash-chained event inside it.
 */
export interface Call {
  core: Core
  db: Kysely<Database>
  session: Session
  user: User
  channel: string
  /** The call's time, fixed once so every row it writes agrees. */
  now: string
  newId: () => string
  audit: (entity: { type: string; id: string }, before: unknown, after: unknown) => Promise<void>
}

/** The stamp for a new record made by this call. */
export function newStamp(call: Call) {
  return { createdAt: call.now, updatedAt: call.now, updatedBy: call.user.id, revision: 0 }
}

/** The stamp for an update made by this call over the record's `revision`. */
export function nextStamp(call: Call, revision: number) {
  return { updatedAt: call.now, updatedBy: call.user.id, revision: revision + 1 }
}
