import { AppError } from '../../shared/errors'
import type { SessionState, User } from '../../shared/users'
import type { Role } from '../../shared/roles'
import type { Handlers } from '../handler-table'
import type { AnonymousCall } from '../call'
import { insertRecord, recordFact, updateRecord, type RecordWriter } from '../records/records'
import { findUser, findUserByUsername, listUsers } from './user.repository'
import { anyCredential, storePassword } from './credential.repository'
import { hashPassword } from './password-hash'
import { securityPolicy } from './security-policy'
import { attemptPassword } from './sign-in'
import { findSealedKey, issueUserKey, resealUserKey } from '../signatures/user-key'
import { activeUser, clearSession, lockSession } from './session-guard'
import { noCase } from '../access/case-scope'

type SessionChannel =
  | 'session.current'
  | 'session.setup'
  | 'session.signIn'
  | 'session.signOut'
  | 'session.lock'
  | 'session.unlock'
  | 'session.changePassword'
  | 'session.switchRole'
  | 'users.list'

/**
 * The session as its client should show it. Asking counts as activity (the
 * renderer asks while its user is active), unless the session has already
 * been idle past the policy's minutes: then it locks now.
 */
async function stateOf(call: AnonymousCall): Promise<SessionState> {
  const { session } = call
  const user = session.userId ? await findUser(call.db, session.userId) : null
  const policy = await securityPolicy(call.db)
  const signedIn = user !== null && user.active && session.role !== null && user.roles.includes(session.role)
  if (!signedIn) clearSession(session)
  if (signedIn && !session.locked) {
    const now = call.core.now()
    if (now.getTime() - session.lastActiveAt >= policy.idleLockMinutes * 60_000) await lockSession(call.core, session, user, now.toISOString(), 'idle')
    else session.lastActiveAt = now.getTime()
  }
  return {
    user: signedIn ? { ...user, role: session.role! } : null,
    firstRun: !(await anyCredential(call.db)),
    locked: signedIn && session.locked,
    mustChangePassword: signedIn && session.mustChangePassword,
    idleLockMinutes: policy.idleLockMinutes
  }
}

function writerFor(call: AnonymousCall, db: RecordWriter['db'], user: Pick<User, 'id' | 'displayName'>, now: string): RecordWriter {
  return { db, user, channel: call.channel, now, newId: call.core.newId }
}

/** The signed-in user of a session channel that needs one, even while locked or before the forced change. */
async function sessionUser(call: AnonymousCall): Promise<User> {
  const user = call.session.userId ? await findUser(call.db, call.session.userId) : null
  if (!user || !user.active) {
    clearSession(call.session)
    throw new AppError('unauthenticated', 'sign_in_first')
  }
  return { ...user, role: call.session.role ?? user.role }
}

function startSession(call: AnonymousCall, user: User, role: Role, mustChange: boolean, nowMs: number) {
  Object.assign(call.session, { userId: user.id, role, locked: false, mustChangePassword: mustChange, lastActiveAt: nowMs })
}

/**
 * Sign-in, first-run setup, lock, unlock, password change and role switch.
 * These run for anyone (nobody is signed in yet, or the screen is locked)
 * and make their own checks; every outcome is an audit fact.
 */
export const sessionHandlers: Handlers<SessionChannel> = {
  'session.current': { access: 'anyone', run: stateOf },

  /** The first run names the administrator (the seeded `admin` account) and sets their password; refused once any account has one. */
  'session.setup': {
    access: 'anyone',
    run: async (call, input) => {
      const now = call.core.now()
      const { stored, keyEncryptionKey } = await hashPassword(input.password, call.core.passwordCost)
      const adminId = await call.core.db.transaction().execute(async (trx) => {
        if (await anyCredential(trx)) throw new AppError('forbidden', 'admin_already_set_up')
        const seeded = await trx.selectFrom('appUser').select(['id', 'revision']).where('role', '=', 'admin').orderBy('createdAt').limit(1).executeTakeFirst()
        const taken = await trx.selectFrom('appUser').select('id').where('username', '=', input.username).executeTakeFirst()
        if (taken && taken.id !== seeded?.id) throw new AppError('conflict', 'username_taken', { username: input.username }, { username: 'field_username_taken' })
        const id = seeded?.id ?? call.core.newId()
        const w = writerFor(call, trx, { id, displayName: input.displayName }, now.toISOString())
        if (seeded) await updateRecord(w, 'appUser', id, { revision: seeded.revision, set: { username: input.username, displayName: input.displayName } })
        else await insertRecord(w, 'appUser', { id, username: input.username, displayName: input.displayName, role: 'admin', active: 1, expertId: null })
        await storePassword(trx, id, stored, false, w.now)
        await issueUserKey(w, id, keyEncryptionKey)
        await recordFact(w, 'user.password_set', id, { username: input.username, reason: 'first_run' })
        await recordFact(w, 'session.sign_in', id, { username: input.username, role: 'admin', client: call.session.client })
        return id
      })
      startSession(call, (await findUser(call.db, adminId))!, 'admin', false, now.getTime())
      return stateOf(call)
    }
  },

  'session.signIn': {
    access: 'anyone',
    run: async (call, input) => {
      const now = call.core.now()
      const attempt = { channel: call.channel, client: call.session.client, now }
      const user = await findUserByUsername(call.db, input.username)
      const { credential, keyEncryptionKey } = await attemptPassword(call.core, user, input.username, input.password, attempt)
      const known = user!
      // Checked after the password, so a guesser learns nothing about the account.
      if (!known.active) throw new AppError('forbidden', 'account_inactive')
      const role = input.role ?? known.role
      if (!known.roles.includes(role)) throw new AppError('forbidden', 'role_not_held', {}, { role: 'role_not_held' })
      await call.core.db.transaction().execute(async (trx) => {
        const w = writerFor(call, trx, known, now.toISOString())
        // An account from before signatures gets its key at its first sign-in, when its own password is known; not under one the administrator set.
        if (!credential.mustChange && !(await findSealedKey(trx, known.id))) await issueUserKey(w, known.id, keyEncryptionKey)
        await recordFact(w, 'session.sign_in', known.id, { username: known.username, role, client: call.session.client })
      })
      startSession(call, known, role, credential.mustChange, now.getTime())
      return stateOf(call)
    }
  },

  'session.signOut': {
    access: 'anyone',
    run: async (call) => {
      if (call.session.userId) {
        const user = await findUser(call.db, call.session.userId)
        if (user) {
          await call.core.db.transaction().execute((trx) =>
            recordFact(writerFor(call, trx, user, call.core.now().toISOString()), 'session.sign_out', user.id, { username: user.username, client: call.session.client })
          )
        }
      }
      clearSession(call.session)
      return stateOf(call)
    }
  },

  'session.lock': {
    access: 'anyone',
    run: async (call) => {
      const user = await sessionUser(call)
      if (!call.session.locked) await lockSession(call.core, call.session, user, call.core.now().toISOString(), 'user')
      return stateOf(call)
    }
  },

  /** Only the same user's password unlocks; failures count toward the account lock like sign-in failures. */
  'session.unlock': {
    access: 'anyone',
    run: async (call, input) => {
      const user = await sessionUser(call)
      const now = call.core.now()
      await attemptPassword(call.core, user, user.username, input.password, { channel: call.channel, client: call.session.client, now })
      await call.core.db.transaction().execute((trx) =>
        recordFact(writerFor(call, trx, user, now.toISOString()), 'session.unlock', user.id, { username: user.username, client: call.session.client })
      )
      Object.assign(call.session, { locked: false, lastActiveAt: now.getTime() })
      return stateOf(call)
    }
  },

  'session.changePassword': {
    access: 'anyone',
    run: async (call, input) => {
      const user = await sessionUser(call)
      if (call.session.locked) throw new AppError('locked', 'screen_locked')
      const now = call.core.now()
      const current = await attemptPassword(call.core, user, user.username, input.currentPassword, { channel: call.channel, client: call.session.client, now })
      const { stored, keyEncryptionKey } = await hashPassword(input.newPassword, call.core.passwordCost)
      await call.core.db.transaction().execute(async (trx) => {
        await storePassword(trx, user.id, stored, false, now.toISOString())
        // The same signing key under the new password; after a reset (or for a new account) the first key, under the password only the user knows.
        await resealUserKey(writerFor(call, trx, user, now.toISOString()), user.id, current.keyEncryptionKey, keyEncryptionKey)
        await recordFact(writerFor(call, trx, user, now.toISOString()), 'user.password_change', user.id, { username: user.username })
      })
      Object.assign(call.session, { mustChangePassword: false, lastActiveAt: now.getTime() })
      return stateOf(call)
    }
  },

  'session.switchRole': {
    access: 'anyone',
    run: async (call, input) => {
      const nowMs = call.core.now().getTime()
      const user = await activeUser(call.core, call.session, nowMs)
      if (!user.roles.includes(input.role)) throw new AppError('forbidden', 'role_not_held', {}, { role: 'role_not_held' })
      if (input.role !== call.session.role) {
        await call.core.db.transaction().execute((trx) =>
          recordFact(writerFor(call, trx, user, new Date(nowMs).toISOString()), 'session.role_change', user.id, {
            username: user.username,
            from: call.session.role,
            to: input.role,
            client: call.session.client
          })
        )
        call.session.role = input.role
      }
      return stateOf(call)
    }
  },

  'users.list': { scope: noCase, access: 'signedIn', writes: false, run: async (call) => (await listUsers(call.db)).filter((u) => u.active) }
}

