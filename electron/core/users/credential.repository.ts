import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import { noteRowWrite } from './caller-cache'
import type { StoredPassword } from './password-hash'

/**
 * The account's password state. `user_credential` is not a record (see
 * migration 0012): these functions write it directly, and their callers
 * append the audit fact that tells the change.
 */
export interface Credential {
  userId: string
  password: StoredPassword
  mustChange: boolean
  failedAttempts: number
  lastFailedAt: string | null
  lockedUntil: string | null
}

export async function findCredential(db: Kysely<Database>, userId: string): Promise<Credential | null> {
  const row = await db.selectFrom('userCredential').selectAll().where('userId', '=', userId).executeTakeFirst()
  if (!row) return null
  return {
    userId: row.userId,
    password: { hash: row.hash, salt: row.salt, cost: { n: row.costN, r: row.costR, p: row.costP } },
    mustChange: row.mustChange === 1,
    failedAttempts: row.failedAttempts,
    lastFailedAt: row.lastFailedAt,
    lockedUntil: row.lockedUntil
  }
}

/** Whether any account holds a password; until one does, the app runs its first-run setup. */
export async function anyCredential(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('userCredential').select('userId').limit(1).executeTakeFirst()) !== undefined
}

/** Sets a new password (clearing failures and any lock); `mustChange` after an administrator's reset. */
export async function storePassword(db: Kysely<Database>, userId: string, password: StoredPassword, mustChange: boolean, now: string): Promise<void> {
  const values = {
    hash: password.hash,
    salt: password.salt,
    costN: password.cost.n,
    costR: password.cost.r,
    costP: password.cost.p,
    mustChange: mustChange ? 1 : 0,
    failedAttempts: 0,
    lastFailedAt: null,
    lockedUntil: null,
    changedAt: now
  }
  noteRowWrite('user_credential')
  await db
    .insertInto('userCredential')
    .values({ userId, ...values })
    .onConflict((oc) => oc.column('userId').doUpdateSet(values))
    .execute()
}

export async function recordFailure(db: Kysely<Database>, userId: string, failedAttempts: number, now: string, lockedUntil: string | null): Promise<void> {
  await db.updateTable('userCredential').set({ failedAttempts, lastFailedAt: now, lockedUntil }).where('userId', '=', userId).execute()
}

export async function clearFailures(db: Kysely<Database>, userId: string): Promise<void> {
  await db.updateTable('userCredential').set({ failedAttempts: 0, lastFailedAt: null, lockedUntil: null }).where('userId', '=', userId).execute()
}
