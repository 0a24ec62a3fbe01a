import type { StampColumns } from '../db/record-stamp'

/** One Ed25519 public key of an account and when it was the account's key (see migration 0019). */
export interface UserKeyTable extends StampColumns {
  id: string
  userId: string
  /** The raw 32-byte key, 64 hex digits. */
  publicKey: string
  fingerprint: string
  validFrom: string
  validUntil: string | null
  /** Why the key ended: `password_reset`, or '' while it is current. */
  endedReason: string
}

/** A signature by a person: append-only, never edited or moved. */
export interface SignatureTable {
  id: string
  purpose: string
  subjectId: string
  signerUserId: string
  signerKeyId: string
  keyFingerprint: string
  /** The expert the signer signed as (an opinion), or null. */
  expertId: string | null
  /** The signed content, RFC 8785 JSON. */
  contentJson: string
  contentHash: string
  signature: string
  signedAt: string
}

export interface SignatureTables {
  userKey: UserKeyTable
  signature: SignatureTable
}
