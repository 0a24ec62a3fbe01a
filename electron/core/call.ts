import type { Kysely } from 'kysely'
import type { Database } from './db/database'
import type { User } from '../shared/users'
import type { Role } from '../shared/roles'
import type { Core } from './core'
import type { CallProgress } from '../shared/progress'
import type { Signer } from './signatures/signing'
import type { CaseAccess } from './access/case-access'

/** The kind of client a session belongs to, named in the audit facts of its sign-ins. */
export type ClientKind = 'window' | 'preview' | 'cli' | 'internal'

/**
 * Who is calling over one client (an Electron window, a preview browser
 * session, a CLI run). Only `session.setup` and `session.signIn` (with the
 * password) set `userId`; every transport starts from {@link newSession}.
 */
export interface Session {
  client: ClientKind
  userId: string | null
  /** The one role the session acts in, chosen at sign-in among the user's roles. */
  role: Role | null
  /** `core.now()` (ms) of the session's last call, for the idle lock. */
  lastActiveAt: number
  locked: boolean
  mustChangePassword: boolean
}

/** A session nobody has signed in to yet. */
export function newSession(client: ClientKind): Session {
  return { client, userId: null, role: null, lastActiveAt: 0, locked: false, mustChangePassword: false }
}

/**
 * What a session channel is given (sign-in, lock, unlock…): perhaps nobody
 * signed in, so it makes its own checks and its own transactions.
 */
export interface AnonymousCall {
  core: Core
  db: Kysely<Database>
  session: Session
  channel: string
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
  /** The signed-in user, `role` being the session's active role. */
  user: User
  /** The cases the user may read and change; lists across cases are narrowed to it. */
  cases: CaseAccess
  /**
   * The case ids the call's lists are narrowed to, as its channel's case
   * scope settled them (`case-scope.ts`); null when nothing is narrowed (the
   * whole court, or the one case the input names, already checked).
   */
  visibleCases: readonly string[] | null
  channel: string
  /** The call's time, fixed once so every row it writes agrees. */
  now: string
  newId: () => string
  /** Where a long call (an import) reports how far it is; the CLI prints it. */
  progress?: (report: CallProgress) => void
  /** A file the transport streams to the call instead of the input's bytes (the CLI's results file, of any size). */
  source?: () => AsyncIterable<Buffer>
  /** For a handler declared `signs`: the caller's signing key, unlocked by the password the input carried. */
  signer?: Signer
}
