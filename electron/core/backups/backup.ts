import { chmodSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, closeSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import type { Core } from '../core'
import { databaseFileName } from '../core'
import { signChainHead } from '../audit/chain-head'
import { installationKeyFile, publicKeyHex, signingKeyOf } from '../audit/installation'
import { recordFact } from '../records/records'
import { AppError } from '../../shared/errors'
import { hashFile, manifestFileName, manifestFormat, signManifest, type BackupFile, type BackupManifest } from './backup-manifest'

/** The prefix of a backup folder's name; the rest is the UTC time it was taken (`ecocase-backup-20261201T230501Z`). */
export const backupFolderPrefix = 'ecocase-backup-'

/** The fact kept in the chain for each backup taken (and each that failed), read by the dashboard. */
export const backupTakenType = 'backup.taken'
export const backupFailedType = 'backup.failed'

export interface BackupReport {
  /** The new backup's folder. */
  folder: string
  manifest: BackupManifest
}

/**
 * Takes an online backup of the data folder into a new folder under
 * `outRoot`: signs the chain head for it (the head is in the chain and in
 * the manifest), copies the database with SQLite's online backup API
 * (https://sqlite.org/backup.html: a consistent snapshot even while this
 * and other processes write), the attachments the snapshot names and the
 * installation key, and writes a manifest of every file's SHA-256 signed
 * with the installation key. It is written under a hidden `.partial` name
 * and renamed when complete, so a half-written backup never looks like one.
 * The backup, or its failure, is recorded as a fact in the chain.
 *
 * @throws AppError `invalid_input` when `outRoot` is inside the data folder,
 *   or an attachment's file is missing or altered (a backup that could not
 *   be restored is not taken); a storage error when the disk is full.
 */
export async function takeBackup(core: Core, outRoot: string): Promise<BackupReport> {
  try {
    const report = await writeBackup(core, outRoot)
    await recordBackupFact(core, backupTakenType, { folder: report.folder, at: report.manifest.createdAt, events: report.manifest.events, attachments: report.manifest.attachments.length })
    return report
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    await recordBackupFact(core, backupFailedType, { outRoot, at: core.now().toISOString(), message }).catch(() => undefined)
    throw error
  }
}

async function writeBackup(core: Core, outRoot: string): Promise<BackupReport> {
  if (core.dataDir === ':memory:') throw new AppError('invalid_input', '内存数据库无法备份')
  const inside = relative(resolve(core.dataDir), resolve(outRoot))
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) throw new AppError('invalid_input', '备份文件夹不能位于数据文件夹之内（磁盘损坏时会一同丢失）')
  const head = await signChainHead(core, 'backup')
  const key = signingKeyOf(head.installationId)!
  const name = `${backupFolderPrefix}${head.signedAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`
  mkdirSync(outRoot, { recursive: true })
  let folder = join(outRoot, name)
  for (let n = 2; existsSync(folder); n++) folder = join(outRoot, `${name}-${n}`)
  const partial = join(outRoot, `.${name}.partial-${process.pid}`)
  rmSync(partial, { recursive: true, force: true })
  mkdirSync(partial)
  try {
    const databaseCopy = join(partial, databaseFileName)
    await core.sqlite.backup(databaseCopy)
    const snapshot = readSnapshot(databaseCopy)
    const attachments: BackupFile[] = []
    for (const { sha256, bytes } of snapshot.attachments) {
      const path = `attachments/${sha256.slice(0, 2)}/${sha256.slice(2)}`
      const target = join(partial, ...path.split('/'))
      mkdirSync(join(target, '..'), { recursive: true })
      const source = join(core.dataDir, ...path.split('/'))
      if (!existsSync(source)) throw new AppError('invalid_input', `附件文件缺失（${path}），无法备份；请先运行 verify 查明原因`)
      copyFileSync(source, target)
      const copied = hashFile(target)!
      if (copied.sha256 !== sha256 || copied.bytes !== bytes) throw new AppError('invalid_input', `附件文件已改变（${path}），无法备份；请先运行 verify 查明原因`)
      attachments.push({ path, ...copied })
    }
    const keyCopy = join(partial, installationKeyFile)
    copyFileSync(join(core.dataDir, installationKeyFile), keyCopy)
    chmodSync(keyCopy, 0o600)
    const manifest = signManifest(
      {
        format: manifestFormat,
        createdAt: core.now().toISOString(),
        installationId: head.installationId,
        publicKey: publicKeyHex(key),
        head,
        events: snapshot.events,
        database: { path: databaseFileName, ...hashFile(databaseCopy)! },
        key: { path: installationKeyFile, ...hashFile(keyCopy)! },
        attachments
      },
      key
    )
    writeFileSync(join(partial, manifestFileName), `${JSON.stringify(manifest, null, 2)}\n`)
    for (const file of [databaseCopy, join(partial, manifestFileName)]) syncFile(file)
    renameSync(partial, folder)
    syncFile(outRoot)
    return { folder, manifest }
  } catch (error) {
    rmSync(partial, { recursive: true, force: true })
    throw error
  }
}

/**
 * Turns the copy into one self-contained file (rollback journal instead of
 * WAL, so no `-wal`/`-shm` belongs to it) and reads what the snapshot holds.
 */
function readSnapshot(file: string): { events: number; attachments: { sha256: string; bytes: number }[] } {
  const copy = new BetterSqlite3(file)
  try {
    copy.pragma('journal_mode = DELETE')
    const events = (copy.prepare('select count(*) as n from audit_event').get() as { n: number }).n
    const attachments = (copy.prepare('select sha256, max(size_bytes) as bytes from attachment group by sha256 order by sha256').all() as { sha256: string; bytes: number }[]).filter(
      (a) => /^[0-9a-f]{64}$/.test(a.sha256)
    )
    return { events, attachments }
  } finally {
    copy.close()
  }
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

async function recordBackupFact(core: Core, type: string, payload: Record<string, unknown>): Promise<void> {
  const installation = await core.db.selectFrom('installation').select('id').where('local', '=', 1).executeTakeFirstOrThrow()
  await core.db.transaction().execute((trx) =>
    recordFact(
      { db: trx, user: { id: `installation:${installation.id}`, displayName: 'EcoCase' }, channel: type, now: core.now().toISOString(), newId: core.newId },
      type,
      core.newId(),
      payload
    )
  )
}
