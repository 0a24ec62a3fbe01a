import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto'
import { chmodSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { v7 as uuidv7 } from 'uuid'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import { chainHeadMessage, type ChainPoint } from './event-hash'

/**
 * The installation's private signing key, PKCS#8 PEM, readable by its owner
 * only (0600). It never leaves the data folder; the public key is in the
 * `installation` table, where verifiers (and, with exchange packages, other
 * installations) find it.
 */
export const installationKeyFile = 'installation-key.pem'

export interface LocalInstallation {
  id: string
  publicKey: string
}

/** Signing keys of the installations opened in this process, by installation id. */
const signingKeys = new Map<string, KeyObject>()

/** The key this process signs the installation's events with, if it holds it. */
export function signingKeyOf(installationId: string): KeyObject | undefined {
  return signingKeys.get(installationId)
}

/**
 * Gives the data folder its installation identity on first open: a UUIDv7
 * and an Ed25519 key pair (node:crypto), the private key in
 * {@link installationKeyFile}. Events written before (the chain of a folder
 * made by an older EcoCase, or written by a migration before the identity
 * existed) become the start of this installation's chain, in their order.
 * A folder whose key file is missing or no longer matches the recorded
 * public key (a database copied without its key) cannot extend the old
 * chain: it becomes a new installation with a chain of its own, and the old
 * chain stays verifiable with its public key.
 *
 * @param dataDir the data folder, or null for an in-memory database (the key is kept in memory only).
 * @returns the local installation, or null when the database is read-only and has none yet.
 */
export async function ensureInstallation(db: Kysely<Database>, dataDir: string | null, readOnly: boolean, now: string): Promise<LocalInstallation | null> {
  const local = await db.selectFrom('installation').select(['id', 'publicKey']).where('local', '=', 1).executeTakeFirst()
  if (local) {
    const key = dataDir === null ? signingKeys.get(local.id) : readKeyFile(dataDir)
    if (key && publicKeyHex(key) === local.publicKey) {
      signingKeys.set(local.id, key)
      return local
    }
    if (readOnly) return local
  }
  if (readOnly) return null

  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const created = { id: uuidv7(), publicKey: publicKeyHex(publicKey) }
  if (dataDir !== null) writeKeyFile(dataDir, privateKey)
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('installation').set({ local: 0 }).where('local', '=', 1).execute()
    await trx.insertInto('installation').values({ id: created.id, publicKey: created.publicKey, local: 1, createdAt: now }).execute()
    await trx
      .updateTable('auditEvent')
      .set((eb) => ({ installationId: created.id, chainSeq: eb.ref('seq') }))
      .where('installationId', 'is', null)
      .execute()
  })
  signingKeys.set(created.id, privateKey)
  return created
}

/** The public key as 64 hex digits (the raw 32 bytes of RFC 8032). */
export function publicKeyHex(key: KeyObject): string {
  const jwk = (key.type === 'private' ? createPublicKey(key) : key).export({ format: 'jwk' })
  return Buffer.from(jwk.x!, 'base64url').toString('hex')
}

/** Signs a chain point with the installation's key: 128 hex digits. */
export function signChainPoint(key: KeyObject, point: ChainPoint): string {
  return signText(key, chainHeadMessage(point))
}

/** Whether `signature` is the installation's signature of the chain point. */
export function chainPointSignatureValid(publicKey: string, point: ChainPoint, signature: string): boolean {
  return textSignatureValid(publicKey, chainHeadMessage(point), signature)
}

/** Ed25519 signature of a text (UTF-8) with the installation's key: 128 hex digits. */
export function signText(key: KeyObject, text: string): string {
  return sign(null, Buffer.from(text), key).toString('hex')
}

/** Whether `signature` (128 hex digits) is the signature of `text` by the key whose public key (64 hex digits) is given. */
export function textSignatureValid(publicKey: string, text: string, signature: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(publicKey) || !/^[0-9a-f]{128}$/.test(signature)) return false
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey, 'hex').toString('base64url') }, format: 'jwk' })
  return verify(null, Buffer.from(text), key, Buffer.from(signature, 'hex'))
}

/** The private key in the data folder, or null when there is none. @throws Error when it exists but cannot be read. */
export function readKeyFile(dataDir: string): KeyObject | null {
  let pem: string
  try {
    pem = readFileSync(join(dataDir, installationKeyFile), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  try {
    return createPrivateKey(pem)
  } catch {
    return null
  }
}

function writeKeyFile(dataDir: string, key: KeyObject): void {
  const file = join(dataDir, installationKeyFile)
  const pem = key.export({ format: 'pem', type: 'pkcs8' }) as string
  // An old key that no longer matches the database is kept aside, never overwritten.
  try {
    renameSync(file, `${file}.replaced-${Date.now()}`)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  const tmp = `${file}.tmp-${process.pid}`
  writeFileSync(tmp, pem, { mode: 0o600, flag: 'wx' })
  chmodSync(tmp, 0o600)
  renameSync(tmp, file)
}
