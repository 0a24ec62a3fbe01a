import type { ColumnType } from 'kysely'
import type { StampColumns } from '../db/record-stamp'

export interface AppUserTable extends StampColumns {
  id: string
  username: string
  displayName: string
  /** The primary role, offered first at sign-in. */
  role: string
  active: number
  expertId: ColumnType<string | null, string | null | undefined, string | null>
  /** When the user confirmed the administrator's link to the expert with their password; null while unconfirmed. */
  expertLinkConfirmedAt: ColumnType<string | null, string | null | undefined, string | null>
}

/** A role held besides the primary one. */
export interface AppUserRoleTable {
  userId: string
  role: string
}

/** Not a record (see migration 0012): the scrypt hash and the failed-attempt state of one account. */
export interface UserCredentialTable {
  userId: string
  hash: string
  salt: string
  costN: number
  costR: number
  costP: number
  mustChange: number
  failedAttempts: number
  lastFailedAt: string | null
  lockedUntil: string | null
  changedAt: string
  /** The current signing key (`user_key.id`) and its private key, AES-256-GCM under the password's key-encryption key; null until made. */
  signingKeyId: ColumnType<string | null, string | null | undefined, string | null>
  keyIv: ColumnType<string | null, string | null | undefined, string | null>
  keyTag: ColumnType<string | null, string | null | undefined, string | null>
  keyCiphertext: ColumnType<string | null, string | null | undefined, string | null>
}

export interface SecuritySettingTable extends StampColumns {
  id: string
  idleLockMinutes: number
  maxFailedAttempts: number
  lockMinutes: number
}

export interface UserTables {
  appUser: AppUserTable
  appUserRole: AppUserRoleTable
  userCredential: UserCredentialTable
  securitySetting: SecuritySettingTable
}
