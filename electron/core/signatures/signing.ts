import type { KeyObject } from 'node:crypto'
import { AppError } from '../../shared/errors'
import type { SignaturePurpose } from '../../shared/signatures'
import type { User } from '../../shared/users'
import type { Core } from '../core'
import type { Call, Session } from '../call'
import { canonicalJson } from '../audit/canonical-json'
import { sha256 } from '../audit/event-hash'
import { signText } from '../audit/installation'
import { insertRecord } from '../records/records'
import { attemptPassword } from '../users/sign-in'
import { findSealedKey, issueUserKey, openPrivateKey } from './user-key'
import { signedContent, type RowReader } from './signed-content'

/** The signer's key, unlocked by their password for one call and dropped with it. */
export interface Signer {
  userId: string
  keyId: string
  fingerprint: string
  privateKey: KeyObject
}

/**
 * Checks the signed-in user's password again and unlocks their signing key,
 * before the call's transaction (scrypt must not hold other writers up). A
 * wrong password counts toward the account lock like any failed attempt and
 * is refused on the password field; nothing of the call is written. An
 * account without a key yet (made before signatures, its user not signed in
 * since) gets one now, under this password.
 *
 * @throws AppError `invalid_input` (wrong password), `too_many_attempts`.
 */
export async function unlockSigner(core: Core, session: Session, user: User, password: string, channel: string): Promise<Signer> {
  const now = core.now()
  let keyEncryptionKey: Buffer
  try {
    ;({ keyEncryptionKey } = await attemptPassword(core, user, user.username, password, { channel, client: session.client, now }))
  } catch (error) {
    if (error instanceof AppError && error.code === 'unauthenticated') throw new AppError('invalid_input', 'signing_wrong_password', {}, { password: 'field_wrong_password' })
    throw error
  }
  let sealed = await findSealedKey(core.db, user.id)
  if (!sealed) {
    await core.db.transaction().execute((trx) => issueUserKey({ db: trx, user, channel, now: now.toISOString(), newId: core.newId }, user.id, keyEncryptionKey))
    sealed = (await findSealedKey(core.db, user.id))!
  }
  const key = await core.db.selectFrom('userKey').select(['id', 'fingerprint']).where('id', '=', sealed.keyId).executeTakeFirstOrThrow()
  return { userId: user.id, keyId: key.id, fingerprint: key.fingerprint, privateKey: openPrivateKey(sealed, keyEncryptionKey, user.id) }
}

/** The text a signature signs: what, whose, by which key, when, and the SHA-256 of the content. */
export function signatureMessage(s: { purpose: string; subjectId: string; signerUserId: string; expertId: string | null; keyFingerprint: string; signedAt: string; contentHash: string }): string {
  return canonicalJson({
    type: 'ecocase.signature',
    purpose: s.purpose,
    subjectId: s.subjectId,
    signerUserId: s.signerUserId,
    expertId: s.expertId,
    keyFingerprint: s.keyFingerprint,
    signedAt: s.signedAt,
    contentHash: s.contentHash
  })
}

/** Rows as the call's transaction sees them (the same SQLite connection), for {@link signedContent}. */
export function callRows(call: Pick<Call, 'core'>): RowReader {
  return (query, ...params) => call.core.sqlite.prepare(query).all(...params) as Record<string, unknown>[]
}

/**
 * Signs a record the call has just written, with the key its password
 * unlocked (the handler is declared `signs`): the RFC 8785 JSON of the
 * record's signed content, its SHA-256, and the Ed25519 signature of both
 * with who and when, kept as an append-only `signature` record.
 *
 * @param expertId the expert the user signs as (an opinion), or null.
 */
export async function signRecord(call: Call, purpose: SignaturePurpose, subjectId: string, expertId: string | null = null): Promise<void> {
  const signer = call.signer
  if (!signer || signer.userId !== call.user.id) throw new Error(`${call.channel} signs but was not given the signer's key`)
  const content = signedContent[purpose](callRows(call), subjectId)
  if (content === null) throw new Error(`${purpose}: no record ${subjectId} to sign`)
  const contentJson = canonicalJson(content)
  const fields = { purpose, subjectId, signerUserId: signer.userId, expertId, keyFingerprint: signer.fingerprint, signedAt: call.now, contentHash: sha256(contentJson) }
  await insertRecord(call, 'signature', {
    id: call.newId(),
    ...fields,
    signerKeyId: signer.keyId,
    contentJson,
    signature: signText(signer.privateKey, signatureMessage(fields))
  })
}
