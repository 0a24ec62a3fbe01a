import { AppError } from '../../shared/errors'
import type { User } from '../../shared/users'
import type { Core } from '../core'
import type { Session } from '../call'
import { recordFact } from '../records/records'
import { cachedSecurityPolicy, cachedSessionUser, forgetSessionUser } from './caller-cache'

/** Forgets who signed in to the session (sign-out, account deactivated, role withdrawn). */
export function clearSession(session: Session): void {
  forgetSessionUser(session)
  Object.assign(session, { userId: null, role: null, locked: false, mustChangePassword: false, lastActiveAt: 0 })
}

/**
 * The session's user acting in the session's role, after the checks every
 * role-checked call passes: signed in, account still active and still
 * holding the role, screen not locked (locking it now when idle past the
 * policy's minutes), no password change pending. A passing call counts as
 * activity. The account and the policy come from the caller cache, read
 * again only after they changed.
 *
 * @throws AppError `unauthenticated`, `locked` or `must_change_password`.
 */
export async function activeUser(core: Core, session: Session, nowMs: number): Promise<User> {
  if (!session.userId || !session.role) throw new AppError('unauthenticated', 'sign_in_first')
  const user = await cachedSessionUser(core.db, core.sqlite, session, session.userId)
  if (!user || !user.active || !user.roles.includes(session.role)) {
    clearSession(session)
    throw new AppError('unauthenticated', 'account_inactive_or_role')
  }
  if (!session.locked && nowMs - session.lastActiveAt >= (await cachedSecurityPolicy(core.db, core.sqlite)).idleLockMinutes * 60_000) {
    await lockSession(core, session, user, new Date(nowMs).toISOString(), 'idle')
  }
  if (session.locked) throw new AppError('locked', 'screen_locked')
  if (session.mustChangePassword) throw new AppError('must_change_password', 'password_reset')
  session.lastActiveAt = nowMs
  return { ...user, role: session.role }
}

/** Locks the screen of a signed-in session and records `session.lock`. */
export async function lockSession(core: Core, session: Session, user: User, now: string, reason: 'idle' | 'user'): Promise<void> {
  await core.db.transaction().execute((trx) =>
    recordFact({ db: trx, user, channel: 'session.lock', now, newId: core.newId }, 'session.lock', user.id, { username: user.username, client: session.client, reason })
  )
  session.locked = true
}
