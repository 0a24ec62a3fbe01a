import { AppError } from '../../shared/errors'
import type { User } from '../../shared/users'
import type { Core } from '../core'
import type { ClientKind } from '../call'
import { recordFact, type RecordWriter } from '../records/records'
import { checkNoPassword, checkPassword } from './password-hash'
import { clearFailures, findCredential, recordFailure, type Credential } from './credential.repository'
import { retryDelayMs, securityPolicy } from './security-policy'

/** The actor of facts about a sign-in nobody has passed yet. */
export const nobody = { id: 'unauthenticated', displayName: '（未登录）' }

export interface Attempt {
  channel: string
  client: ClientKind
  now: Date
}

function writer(core: Core, db: RecordWriter['db'], actor: RecordWriter['user'], attempt: Attempt): RecordWriter {
  return { db, user: actor, channel: attempt.channel, now: attempt.now.toISOString(), newId: core.newId }
}

/**
 * Checks one password attempt for an account, with the growing delay and
 * the lock after the policy's number of failures in a row (GB/T 22239-2019
 * 8.1.4.1 b: 登录失败处理). A failure is counted and recorded as
 * `session.sign_in_failed` before the refusal is thrown; a success clears
 * the count. The scrypt work runs outside any transaction, so other
 * clients' calls are not held up by it.
 *
 * @returns the credential and the key-encryption key the password derives.
 * @throws AppError `unauthenticated` (wrong name or password, told apart for nobody), `too_many_attempts` (waiting or locked).
 */
export async function attemptPassword(core: Core, user: User | null, username: string, password: string, attempt: Attempt) {
  const credential = user ? await findCredential(core.db, user.id) : null
  if (!user || !credential) {
    await checkNoPassword(password, core.passwordCost)
    await core.db.transaction().execute((trx) =>
      recordFact(writer(core, trx, nobody, attempt), 'session.sign_in_failed', username, { username, client: attempt.client, reason: 'unknown_user' })
    )
    throw new AppError('unauthenticated', 'bad_credentials')
  }
  const nowMs = attempt.now.getTime()
  if (credential.lockedUntil && Date.parse(credential.lockedUntil) > nowMs) {
    throw new AppError('too_many_attempts', 'account_locked_until', { until: credential.lockedUntil ?? '' })
  }
  const waitMs = credential.lastFailedAt ? Date.parse(credential.lastFailedAt) + retryDelayMs(credential.failedAttempts) - nowMs : 0
  if (waitMs > 0) throw new AppError('too_many_attempts', 'password_wait', { seconds: Math.ceil(waitMs / 1000) })

  const keyEncryptionKey = await checkPassword(password, credential.password)
  if (!keyEncryptionKey) {
    await countFailure(core, user, credential, attempt)
    throw new AppError('unauthenticated', 'bad_credentials')
  }
  if (credential.failedAttempts > 0) await clearFailures(core.db, user.id)
  return { credential, keyEncryptionKey }
}

async function countFailure(core: Core, user: User, credential: Credential, attempt: Attempt) {
  const policy = await securityPolicy(core.db)
  const now = attempt.now.toISOString()
  await core.db.transaction().execute(async (trx) => {
    // Re-read inside the transaction: two clients failing at once both count.
    const failures = ((await findCredential(trx, user.id))?.failedAttempts ?? credential.failedAttempts) + 1
    const lockedUntil = failures >= policy.maxFailedAttempts ? new Date(attempt.now.getTime() + policy.lockMinutes * 60_000).toISOString() : null
    await recordFailure(trx, user.id, failures, now, lockedUntil)
    await recordFact(writer(core, trx, nobody, attempt), 'session.sign_in_failed', user.id, {
      username: user.username,
      client: attempt.client,
      reason: 'wrong_password',
      failedAttempts: failures,
      lockedUntil
    })
  })
}
