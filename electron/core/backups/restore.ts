import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, rmdirSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { openCore } from '../core'
import { databaseFileName } from '../core'
import { recordHeadFile } from '../audit/chain-head'
import { forensicCheck } from '../audit/forensic-check'
import { openForensic } from '../audit/forensic-db'
import { listAuditedTables, rowKey } from '../records/record-tables'
import { databaseInUse } from '../db/sqlite'
import { hashFile, manifestFileName, manifestSignatureValid, parseManifest, type BackupFile, type BackupManifest } from './backup-manifest'
import { part, verifyText, type VerifyPart } from '../../shared/verify-reasons'

/** A backup that restore will not use, or a target it will not overwrite: nothing was changed. */
export class RestoreRefused extends Error {
  constructor(readonly problems: VerifyPart[]) {
    super(verifyText(part('restore_refused', { problems }), 'zh'))
    this.name = 'RestoreRefused'
  }
}

export interface RestoreReport {
  dataDir: string
  /** Where the folder that was replaced was kept (with `replace`), or null. */
  keptAside: string | null
  manifest: BackupManifest
}

/**
 * Restores a backup into `dataDir`. The backup is checked first, in full,
 * before the target is touched: the manifest's signature, every file's size
 * and SHA-256, then the same forensic check as `verify` over a staged copy
 * (chains, signed heads, every row replayed, every attachment re-hashed),
 * and that the head signed for the backup is in its chain. A non-empty
 * target is only replaced with `replace`, and is then kept aside, renamed
 * `<dataDir>.replaced-<time>`, never deleted, and never while a running
 * app, preview or CLI command has its database open. The staged copy is built
 * beside the target and renamed into place, so the target is either the old
 * folder or the whole restored one.
 *
 * @throws RestoreRefused listing every problem found; nothing is changed.
 */
export async function restoreBackup(from: string, dataDir: string, options: { replace: boolean; now?: () => Date }): Promise<RestoreReport> {
  const now = options.now ?? (() => new Date())
  const manifest = checkBackupFiles(from)
  const target = resolve(dataDir)
  const occupied = existsSync(target) && (!statSync(target).isDirectory() || readdirSync(target).length > 0)
  if (occupied && !options.replace) {
    throw new RestoreRefused([part('restore_target_not_empty', { target })])
  }
  const stamp = now().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
  const staging = join(dirname(target), `.${basename(target)}.restoring-${stamp}-${process.pid}`)
  rmSync(staging, { recursive: true, force: true })
  try {
    mkdirSync(staging, { recursive: true })
    for (const file of [manifest.database, manifest.key, ...manifest.attachments]) {
      const to = join(staging, ...file.path.split('/'))
      mkdirSync(dirname(to), { recursive: true })
      copyFileSync(join(from, ...file.path.split('/')), to)
    }
    chmodSync(join(staging, manifest.key.path), 0o600)
    await checkStagedCopy(staging, manifest)
    // Asked last, just before the rename, so the window in which an app could open the folder is as short as it gets.
    if (occupied && databaseInUse(join(target, databaseFileName))) {
      throw new RestoreRefused([part('restore_target_busy', { target })])
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    throw error
  }

  let keptAside: string | null = null
  if (occupied) {
    keptAside = `${target}.replaced-${stamp}`
    renameSync(target, keptAside)
  } else if (existsSync(target)) {
    rmdirSync(target)
  }
  renameSync(staging, target)
  // The restored folder gets its head file (the chain's signed tip) and is brought to this version's schema.
  const core = await openCore({ dataDir: target })
  try {
    await recordHeadFile(core)
  } finally {
    await core.close()
  }
  return { dataDir: target, keptAside, manifest }
}

/** The manifest and every file it lists, by size and hash. */
function checkBackupFiles(from: string): BackupManifest {
  if (!existsSync(from) || !statSync(from).isDirectory()) throw new RestoreRefused([part('backup_folder_missing', { folder: from })])
  let text: string
  try {
    text = readFileSync(join(from, manifestFileName), 'utf8')
  } catch {
    throw new RestoreRefused([part('backup_manifest_absent', { folder: from, file: manifestFileName })])
  }
  const manifest = parseManifest(text)
  if ('reason' in manifest) throw new RestoreRefused([manifest])
  if (manifest.database.path !== databaseFileName) throw new RestoreRefused([part('backup_manifest_database_name', { name: databaseFileName })])
  const problems: VerifyPart[] = []
  const check = (file: BackupFile, what: VerifyPart) => {
    const found = hashFile(join(from, ...file.path.split('/')))
    if (!found) problems.push(part('backup_file_missing', { file: what, path: file.path }))
    else if (found.bytes !== file.bytes) problems.push(part('backup_file_size', { file: what, path: file.path, size: found.bytes, recorded: file.bytes }))
    else if (found.sha256 !== file.sha256) problems.push(part('backup_file_altered', { file: what, path: file.path }))
  }
  check(manifest.database, part('backup_file_database'))
  check(manifest.key, part('backup_file_key'))
  for (const attachment of manifest.attachments) check(attachment, part('backup_file_attachment'))
  if (problems.length > 0) throw new RestoreRefused(problems)
  return manifest
}

/** `verify` over the staged copy, plus the backup's own head and the manifest's signature. */
async function checkStagedCopy(staging: string, manifest: BackupManifest): Promise<void> {
  const f = openForensic(staging)
  try {
    const problems: VerifyPart[] = []
    const verdict = forensicCheck(f, await listAuditedTables(f.db), rowKey, { integrity: true })
    if (!verdict.ok) problems.push(...verdict.findings.kept.slice(0, 20).map((finding) => part('backup_verify_failed', { finding })))
    const local = f.sqlite.prepare('select public_key from installation where id = ?').get(manifest.installationId) as { public_key: string } | undefined
    if (!local || local.public_key !== manifest.publicKey) problems.push(part('backup_identity_mismatch'))
    else if (!manifestSignatureValid(manifest, local.public_key)) problems.push(part('backup_manifest_forged'))
    const head = f.sqlite
      .prepare("select after_json from audit_event where entity_type = 'chain.head' and installation_id = ? and entity_id = ?")
      .get(manifest.installationId, `${manifest.installationId}/${manifest.head.seq}`) as { after_json: string } | undefined
    if (!head || (JSON.parse(head.after_json) as { signature?: string }).signature !== manifest.head.signature) problems.push(part('backup_head_missing'))
    if (problems.length > 0) throw new RestoreRefused(problems)
  } finally {
    await f.close()
  }
}
