import { createCipheriv, createDecipheriv, createPrivateKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import { publicKeyHex } from '../audit/installation'
import { keyFingerprint } from '../exchange/partners'
import { insertRecord, updateRecord, type RecordWriter } from '../records/records'

/** A user's private key as it rests in `user_credential`: AES-256-GCM ciphertext of its PKCS#8 DER, with its IV and tag. */
export interface SealedKey {
  keyId: string
  iv: string
  tag: string
  ciphertext: string
}

/**
 * The additional data authenticated with the ciphertext: the account and the
 * key id, so a sealed key copied onto another account's row does not open.
 */
function boundTo(userId: string, keyId: string): Buffer {
  return Buffer.from(`ecocase.user-key\n${userId}\n${keyId}`)
}

/**
 * Encrypts a private key under the 32-byte key-encryption key that the
 * user's password derives (scrypt, see `password-hash.ts`); the salt and
 * cost of that derivation are the ones stored in the same row.
 */
export function sealPrivateKey(privateKey: KeyObject, keyEncryptionKey: Buffer, userId: string, keyId: string): SealedKey {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyEncryptionKey, iv)
  cipher.setAAD(boundTo(userId, keyId))
  const der = privateKey.export({ format: 'der', type: 'pkcs8' })
  const ciphertext = Buffer.concat([cipher.update(der), cipher.final()])
  der.fill(0)
  return { keyId, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), ciphertext: ciphertext.toString('base64') }
}

/**
 * Decrypts a sealed key. @throws Error when the key-encryption key is not the one it was sealed with, or the row was altered (GCM tag).
 */
export function openPrivateKey(sealed: SealedKey, keyEncryptionKey: Buffer, userId: string): KeyObject {
  const decipher = createDecipheriv('aes-256-gcm', keyEncryptionKey, Buffer.from(sealed.iv, 'base64'))
  decipher.setAAD(boundTo(userId, sealed.keyId))
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'))
  const der = Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()])
  const key = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
  der.fill(0)
  return key
}

export async function findSealedKey(db: Kysely<Database>, userId: string): Promise<SealedKey | null> {
  const row = await db.selectFrom('userCredential').select(['signingKeyId', 'keyIv', 'keyTag', 'keyCiphertext']).where('userId', '=', userId).executeTakeFirst()
  if (!row?.signingKeyId || !row.keyIv || !row.keyTag || !row.keyCiphertext) return null
  return { keyId: row.signingKeyId, iv: row.keyIv, tag: row.keyTag, ciphertext: row.keyCiphertext }
}

/** Stores (or, with null, forgets) the user's sealed private key; `user_credential` is not a record, its callers' facts tell the change. */
export async function storeSealedKey(db: Kysely<Database>, userId: string, sealed: SealedKey | null): Promise<void> {
  await db
    .updateTable('userCredential')
    .set({ signingKeyId: sealed?.keyId ?? null, keyIv: sealed?.iv ?? null, keyTag: sealed?.tag ?? null, keyCiphertext: sealed?.ciphertext ?? null })
    .where('userId', '=', userId)
    .execute()
}

/**
 * Gives the user a new Ed25519 key pair (node:crypto): the public key as a
 * `user_key` record (audited, valid from now), the private key sealed under
 * the key-encryption key of the password only the user knows. Called where
 * that password is set or typed: the first run, the user's own password
 * change (also the forced one after an account is made or reset), and a
 * sign-in of an account that has no key yet (a folder migrated from before
 * signatures). The private key never leaves this function unencrypted.
 */
export async function issueUserKey(w: RecordWriter, userId: string, keyEncryptionKey: Buffer): Promise<void> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const hex = publicKeyHex(publicKey)
  const keyId = w.newId()
  await insertRecord(w, 'userKey', { id: keyId, userId, publicKey: hex, fingerprint: keyFingerprint(hex), validFrom: w.now, validUntil: null, endedReason: '' })
  await storeSealedKey(w.db, userId, sealPrivateKey(privateKey, keyEncryptionKey, userId, keyId))
}

/**
 * Re-encrypts the user's key under a new password's key-encryption key: the
 * same key pair, so the public key and every signature stay as they are.
 * An account without a key gets one under the new password.
 */
export async function resealUserKey(w: RecordWriter, userId: string, oldKeyEncryptionKey: Buffer, newKeyEncryptionKey: Buffer): Promise<void> {
  const sealed = await findSealedKey(w.db, userId)
  if (!sealed) return issueUserKey(w, userId, newKeyEncryptionKey)
  const key = openPrivateKey(sealed, oldKeyEncryptionKey, userId)
  await storeSealedKey(w.db, userId, sealPrivateKey(key, newKeyEncryptionKey, userId, sealed.keyId))
}

/**
 * Ends the user's current key when an administrator resets the password:
 * the administrator never learns it, so it can sign no more. Its public key
 * stays, valid until now, so what it signed stays verifiable; the user gets
 * a new key when they choose their own password.
 */
export async function endUserKey(w: RecordWriter, userId: string, reason: 'password_reset'): Promise<void> {
  const current = await w.db.selectFrom('userKey').select(['id', 'revision']).where('userId', '=', userId).where('validUntil', 'is', null).execute()
  for (const key of current) await updateRecord(w, 'userKey', key.id, { revision: key.revision, set: { validUntil: w.now, endedReason: reason } })
  await storeSealedKey(w.db, userId, null)
}
