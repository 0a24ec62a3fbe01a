import type { Kysely } from 'kysely'
import type { Database } from '../db/database'

/** The idle lock and the failed-attempt policy, as the administrator set them. */
export interface SecurityPolicy {
  idleLockMinutes: number
  maxFailedAttempts: number
  lockMinutes: number
}

/**
 * The defaults until an administrator changes them: the screen locks after
 * 15 idle minutes (the default), and an account locks for 30 minutes
 * after 5 failed sign-ins in a row (GB/T 22239-2019 8.1.4.1 b asks for a
 * limit on failed logins and a lock).
 */
export const defaultSecurityPolicy: SecurityPolicy = { idleLockMinutes: 15, maxFailedAttempts: 5, lockMinutes: 30 }

export async function securityPolicy(db: Kysely<Database>): Promise<SecurityPolicy> {
  const row = await db.selectFrom('securitySetting').select(['idleLockMinutes', 'maxFailedAttempts', 'lockMinutes']).where('id', '=', 'security').executeTakeFirst()
  return row ?? defaultSecurityPolicy
}

/**
 * The wait after `failures` failed sign-ins in a row before the next attempt
 * is heard: 1 s, 2 s, 4 s … up to a minute, so guessing slows at once while
 * a user who mistyped waits a second.
 */
export function retryDelayMs(failures: number): number {
  if (failures <= 0) return 0
  return Math.min(2 ** (failures - 1), 60) * 1000
}
