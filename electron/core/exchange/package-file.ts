import { createHash, randomBytes, type KeyObject } from 'node:crypto'
import { closeSync, existsSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { canonicalJson } from '../audit/canonical-json'
import { signText, textSignatureValid } from '../audit/installation'
import { integrityProblems } from '../db/sqlite'
import type { EventRow } from '../audit/chain-check'
import type { Role } from '../../shared/roles'
import { reasonText, type ErrorParams } from '../../shared/errors'
import type { PackageReason } from '../../shared/package-reasons'

/**
 * An exchange package is one SQLite file (SQLite as an application file
 * format, https://sqlite.org/appfileformat.html): `manifest` (one row: the
 * manifest as RFC 8785 JSON and the source installation's Ed25519 signature
 * of exactly that text), `event` (the audit events carried, each holding the
 * stored row, in the order the source stored them) and `attachment` (the
 * files, by SHA-256) and `seal` (one row: the source's signature of the
 * SHA-256 of the whole file, taken with the seal's own 128 digits as zeros,
 * so a single flipped byte anywhere, even in space SQLite leaves unused, is
 * caught). The application id marks the file as EcoCase's. Nothing in it
 * assumes a USB drive: the same file can be carried over a network.
 */
export const packageApplicationId = 0x45434350 // 'ECCP'
export const packageFormatVersion = 1

export type PackageKind = 'case' | 'changes' | 'receipt'

/** One chain whose events the package carries, with the public key its events are signed with (vouched for by the package's signature). */
export interface ManifestChain {
  installationId: string
  publicKey: string | null
}

export interface PackageManifest {
  format: 'ecocase.package'
  formatVersion: number
  packageId: string
  kind: PackageKind
  source: { installationId: string; name: string; publicKey: string }
  destination: { installationId: string }
  /** The source's clock when it made the package. */
  createdAt: string
  appVersion: string
  /** The last migration of the source's schema: packages move only between installations of one schema. */
  schemaVersion: string
  caseId: string | null
  caseNumber: string | null
  /** The part of the source's own chain the package covers (events after `fromSeq` up to `toSeq`, carried or not theirs to send), and the hash at `toSeq`. */
  coverage: { fromSeq: number; toSeq: number; toHash: string }
  chains: ManifestChain[]
  /** Every event carried, in package order: [index into `chains`, sequence in that chain, hash]. */
  events: [number, number, string][]
  attachments: { sha256: string; sizeBytes: number }[]
  /** The people the carried records name (who sampled, who issued, who voided): kept on the other side as people without an account. */
  people: PackagePerson[]
  /** For a receipt: the package it acknowledges and what its import found. */
  receipt: { acknowledges: string; importedAt: string; events: number; conflicts: number } | null
}

export interface PackagePerson {
  id: string
  username: string
  displayName: string
  /** `app_user.role`, which the schema keeps to the four roles. */
  role: Role
  expertId: string | null
}

/** An audit event as a package carries it: the columns of `audit_event` but the local `seq`, always in an installation's chain. */
export type PackageEvent = Omit<EventRow, 'seq' | 'installation_id' | 'chain_seq'> & { installation_id: string; chain_seq: number }

/** The columns a package's `event` table holds, in their order: every column of `audit_event` but `seq`. */
export const packageEventColumns = [
  'id',
  'at',
  'actor_id',
  'actor_name',
  'channel',
  'entity_type',
  'entity_id',
  'before_json',
  'after_json',
  'prev_hash',
  'hash',
  'installation_id',
  'chain_seq',
  'hash_version',
  'signature'
] as const

/** A package that cannot be read or does not check out: the reason names the cause (package-reasons.ts), its message is the Chinese words for logs. */
export class PackageRefused extends Error {
  constructor(
    readonly reason: PackageReason,
    readonly params: ErrorParams = {}
  ) {
    super(reasonText(reason, params, 'zh'))
  }
}

/**
 * Writes a package: into a temporary file beside `file`, compacted, then
 * renamed, so a half-written package never carries the final name.
 */
export function writePackageFile(
  file: string,
  manifest: PackageManifest,
  key: KeyObject,
  events: Iterable<PackageEvent>,
  attachment: (sha256: string) => Buffer
): { manifestText: string; signature: string } {
  const json = canonicalJson(manifest)
  const signature = signText(key, json)
  const sealStandIn = randomBytes(64).toString('hex')
  const tmp = `${file}.tmp-${process.pid}`
  rmSync(tmp, { force: true })
  const db = new BetterSqlite3(tmp)
  try {
    db.pragma(`application_id = ${packageApplicationId}`)
    db.pragma(`user_version = ${packageFormatVersion}`)
    db.exec(`
      create table manifest (id integer primary key check (id = 1), json text not null, signature text not null) strict;
      create table event (position integer primary key, ${packageEventColumns.map((c) => `${c} ${c === 'chain_seq' || c === 'hash_version' ? 'integer' : 'text'}`).join(', ')}) strict;
      create table attachment (sha256 text primary key, content blob not null) strict;
      create table seal (id integer primary key check (id = 1), signature text not null) strict;
    `)
    const insertEvent = db.prepare(`insert into event (position, ${packageEventColumns.join(', ')}) values (?, ${packageEventColumns.map(() => '?').join(', ')})`)
    const insertAttachment = db.prepare('insert into attachment (sha256, content) values (?, ?)')
    db.transaction(() => {
      db.prepare('insert into manifest (id, json, signature) values (1, ?, ?)').run(json, signature)
      let position = 0
      for (const event of events) insertEvent.run(position++, ...packageEventColumns.map((c) => event[c]))
      for (const { sha256 } of manifest.attachments) insertAttachment.run(sha256, attachment(sha256))
      // A random stand-in marks where the seal goes once the rest of the file is final.
      db.prepare('insert into seal (id, signature) values (1, ?)').run(sealStandIn)
    })()
    db.exec('vacuum')
    db.close()
    sealFile(tmp, sealStandIn, key)
  } catch (error) {
    if (db.open) db.close()
    rmSync(tmp, { force: true })
    throw error
  }
  renameSync(tmp, file)
  return { manifestText: json, signature }
}

/** The message a package's seal signs: the SHA-256 of the file with the seal's digits zeroed. */
function sealMessage(bytes: Buffer, offset: number): string {
  const copy = Buffer.from(bytes)
  copy.fill(0x30, offset, offset + 128)
  return `ecocase.package-file:${createHash('sha256').update(copy).digest('hex')}`
}

/** Signs the finished file in place: the stand-in's 128 ASCII digits become the signature's, in the same bytes. */
function sealFile(file: string, standIn: string, key: KeyObject): void {
  const bytes = readFileSync(file)
  const offset = bytes.indexOf(standIn, 0, 'latin1')
  if (offset < 0 || bytes.indexOf(standIn, offset + 1, 'latin1') >= 0) throw new Error('package seal stand-in not found once in the file')
  const seal = Buffer.from(signText(key, sealMessage(bytes, offset)), 'latin1')
  const fd = openSync(file, 'r+')
  try {
    writeSync(fd, seal, 0, seal.length, offset)
  } finally {
    closeSync(fd)
  }
}

/** Whether every byte of the package file is as the installation with this public key sealed it. */
export function packageSealValid(file: string, seal: string, publicKey: string): boolean {
  if (!/^[0-9a-f]{128}$/.test(seal)) return false
  const bytes = readFileSync(file)
  const offset = bytes.indexOf(seal, 0, 'latin1')
  if (offset < 0 || bytes.indexOf(seal, offset + 1, 'latin1') >= 0) return false
  return textSignatureValid(publicKey, sealMessage(bytes, offset), seal)
}

/** A package opened for reading, its manifest's signature not yet checked. */
export interface OpenedPackage {
  manifest: PackageManifest
  /** The manifest exactly as signed. */
  manifestText: string
  signature: string
  /** The file's own signature (see {@link packageSealValid}). */
  seal: string
  file: string
  events: () => IterableIterator<PackageEvent>
  attachment: (sha256: string) => Buffer | null
  attachmentNames: () => string[]
  close: () => void
}

/**
 * Opens a package read-only and reads its manifest; checks that it is an
 * EcoCase package whose file is sound (a truncated or damaged file fails
 * SQLite's integrity check).
 *
 * @throws PackageRefused naming the cause.
 */
export function openPackageFile(file: string): OpenedPackage {
  if (!existsSync(file)) throw new PackageRefused('package_file_missing', { file })
  let db: BetterSqlite3.Database
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  } catch (error) {
    throw new PackageRefused('package_not_sqlite', { detail: (error as Error).message })
  }
  const refuse = (reason: PackageReason, params?: ErrorParams): never => {
    db.close()
    throw new PackageRefused(reason, params)
  }
  let row: { json: string; signature: string } | undefined
  let seal = ''
  try {
    if (db.pragma('application_id', { simple: true }) !== packageApplicationId) refuse('package_not_ecocase')
    const problems = integrityProblems(db)
    if (problems.length > 0) refuse('package_damaged', { detail: problems.slice(0, 3).join('; ') })
    row = db.prepare('select json, signature from manifest where id = 1').get() as typeof row
    seal = (db.prepare('select signature from seal where id = 1').pluck().get() as string | undefined) ?? ''
  } catch (error) {
    if (error instanceof PackageRefused) throw error
    refuse('package_damaged', { detail: (error as Error).message })
  }
  if (!row) return refuse('package_no_manifest')
  let manifest: PackageManifest
  try {
    manifest = JSON.parse(row.json) as PackageManifest
  } catch {
    return refuse('package_manifest_unreadable')
  }
  if (manifest.format !== 'ecocase.package' || typeof manifest.packageId !== 'string' || !Array.isArray(manifest.events)) refuse('package_manifest_malformed')
  if (manifest.formatVersion !== packageFormatVersion) {
    refuse('package_format_version', { theirs: String(manifest.formatVersion), ours: String(packageFormatVersion) })
  }
  const eventsStmt = db.prepare(`select ${packageEventColumns.join(', ')} from event order by position`)
  const blob = db.prepare('select content from attachment where sha256 = ?').pluck()
  return {
    manifest,
    manifestText: row.json,
    signature: row.signature,
    seal,
    file,
    events: () => eventsStmt.iterate() as IterableIterator<PackageEvent>,
    attachment: (sha256) => (blob.get(sha256) as Buffer | undefined) ?? null,
    attachmentNames: () => db.prepare('select sha256 from attachment order by sha256').pluck().all() as string[],
    close: () => db.close()
  }
}

/** Whether the manifest text carries the signature of the installation with this public key. */
export function manifestSignatureValid(opened: Pick<OpenedPackage, 'manifestText' | 'signature'>, publicKey: string): boolean {
  return textSignatureValid(publicKey, opened.manifestText, opened.signature)
}
