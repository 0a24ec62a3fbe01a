import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto'
import { closeSync, openSync, readSync } from 'node:fs'
import { canonicalJson } from '../audit/canonical-json'
import type { SignedChainHead } from '../audit/chain-head'
import { part, type VerifyPart } from '../../shared/verify-reasons'

/** The manifest's file name in a backup folder. */
export const manifestFileName = 'manifest.json'

/** The manifest format this EcoCase writes and reads. */
export const manifestFormat = 'ecocase-backup/1'

/** One file of a backup: its path inside the backup folder, size and SHA-256. */
export interface BackupFile {
  path: string
  bytes: number
  sha256: string
}

/**
 * What a backup holds and how to check it: every file with its hash, the
 * chain head signed for this backup (also kept in the backed-up chain, as a
 * `chain.head` event), and the installation's signature over all of it.
 */
export interface BackupManifest {
  format: typeof manifestFormat
  createdAt: string
  installationId: string
  /** The installation's public key (64 hex digits); the backed-up database holds it too, and restore checks they agree. */
  publicKey: string
  head: SignedChainHead
  /** Events in the backed-up database (all chains). */
  events: number
  database: BackupFile
  key: BackupFile
  attachments: BackupFile[]
  /** Ed25519 over the canonical JSON (RFC 8785) of every other field. */
  signature: string
}

export type UnsignedManifest = Omit<BackupManifest, 'signature'>

export function signManifest(body: UnsignedManifest, key: KeyObject): BackupManifest {
  return { ...body, signature: sign(null, Buffer.from(canonicalJson(body)), key).toString('hex') }
}

/** Whether the manifest carries the signature of the installation whose public key (64 hex digits) is given. */
export function manifestSignatureValid(manifest: BackupManifest, publicKey: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(publicKey) || !/^[0-9a-f]{128}$/.test(manifest.signature ?? '')) return false
  const { signature, ...body } = manifest
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey, 'hex').toString('base64url') }, format: 'jwk' })
  return verify(null, Buffer.from(canonicalJson(body)), key, Buffer.from(signature, 'hex'))
}

/** Parses a manifest, or says why it is not one. */
export function parseManifest(text: string): BackupManifest | VerifyPart {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return part('backup_manifest_not_json')
  }
  const m = value as Partial<BackupManifest>
  if (m?.format !== manifestFormat) return part('backup_manifest_format', { format: manifestFormat })
  const isFile = (f: unknown): f is BackupFile => {
    const file = f as BackupFile
    return typeof file?.path === 'string' && Number.isInteger(file.bytes) && typeof file.sha256 === 'string' && safePath(file.path)
  }
  if (typeof m.installationId !== 'string' || typeof m.publicKey !== 'string' || typeof m.signature !== 'string' || typeof m.head?.signature !== 'string') return part('backup_manifest_identity')
  if (!isFile(m.database) || !isFile(m.key) || !Array.isArray(m.attachments) || !m.attachments.every(isFile)) return part('backup_manifest_files')
  return m as BackupManifest
}

/** A path inside the backup folder: relative, forward slashes, no `..`. */
function safePath(path: string): boolean {
  return path.length > 0 && !path.startsWith('/') && !path.includes('\\') && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..')
}

const chunk = Buffer.alloc(1 << 20)

/** SHA-256 and size of a file, read a megabyte at a time; null when it is missing. */
export function hashFile(file: string): { sha256: string; bytes: number } | null {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  try {
    const hash = createHash('sha256')
    let bytes = 0
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null)
      if (n === 0) break
      hash.update(chunk.subarray(0, n))
      bytes += n
    }
    return { sha256: hash.digest('hex'), bytes }
  } finally {
    closeSync(fd)
  }
}
