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
 * call's one transaction; rows are written through `electron/core/records`,
 * which appends the hash-chained event inside it.
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
  /** Where a long call (an import) reports how far it is; the CLI prints it. */
  progress?: (report: CallProgress) => void
}

/** How far a long call is: `done` of `total` in a phase. */
export interface CallProgress {
  phase: 'parsed' | 'checked' | 'written'
  done: number
  total: number
}
