import { chmodSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, closeSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import type { Core } from '../core'
import { databaseFileName } from '../core'
import { signChainHead } from '../audit/chain-head'
import { installationKeyFile, publicKeyHex, signingKeyOf } from '../audit/installation'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import { insertRecord, updateRecord, type RecordWriter, type Row } from '../records/records'
import type { BackupTrigger } from '../../shared/backups'
import { AppError } from '../../shared/errors'
import { mkdir } from 'node:fs/promises'
import { copyAndHash, hashFileAsync } from './file-copy'
import { hashFile, manifestFileName, manifestFormat, signManifest, type BackupFile, type BackupManifest } from './backup-manifest'

/** The prefix of a backup folder's name; the rest is the UTC time it was taken (`ecocase-backup-20261201T230501Z`). */
export const backupFolderPrefix = 'ecocase-backup-'

export interface BackupReport {
  /** The new backup's folder. */
  folder: string
  manifest: BackupManifest
}

/**
 * Takes an online backup of the data folder into a new folder under
 * `outRoot` (`cli backup --out`), made if missing, and records the attempt
 * (ok, or failed with its reason) as a `backup_run` row.
 *
 * @throws AppError as {@link runBackup}.
 */
export async function takeBackup(core: Core, outRoot: string): Promise<BackupReport> {
  const run = await core.db.transaction().execute(async (trx) => startRun(await backupWriter(core, trx, 'cli.backup'), 'manual', outRoot))
  return runBackup(core, run, { makeFolder: true })
}


/** Whether `path` is `folder` itself or inside it. */
export function isInsideFolder(path: string, folder: string): boolean {
  const inside = relative(resolve(folder), resolve(path))
  return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))
}

/** A started run: its row's key and revision, and where it writes. */
export type StartedRun = Pick<Row<'backupRun'>, 'id' | 'revision' | 'outRoot' | 'trigger'>

/** Records an attempt as `running` before it starts, so a second process sees it and does not start the same one. */
export async function startRun(writer: RecordWriter, trigger: BackupTrigger, outRoot: string): Promise<StartedRun> {
  return insertRecord(writer, 'backupRun', {
    id: writer.newId(),
    trigger,
    outRoot,
    startedAt: writer.now,
    finishedAt: null,
    outcome: 'running',
    folder: null,
    manifestSignature: null,
    message: '',
    pruned: null,
    prunedAt: null
  })
}

/**
 * Writes the backup of a started run (see {@link writeBackup}) and records
 * how it ended on the run's row. A failure is recorded with its reason in
 * Chinese and thrown; if even that cannot be written (the data disk is
 * full), the run stays `running` and the original error is thrown.
 *
 * @param options.makeFolder make `outRoot` when missing. The schedule does
 *   not: a removable disk that is not plugged in must fail the backup, not
 *   receive it into an empty mount point on the system disk.
 * @throws AppError with the reason the backup failed.
 */
export async function runBackup(core: Core, run: StartedRun, options: { makeFolder: boolean }): Promise<BackupReport> {
  const channel = run.trigger === 'schedule' ? 'backup.schedule' : 'cli.backup'
  let report: BackupReport
  try {
    report = await writeBackup(core, run.outRoot, options.makeFolder)
  } catch (error) {
    const failure = backupFailure(error, run.outRoot)
    await core.db
      .transaction()
      .execute(async (trx) =>
        updateRecord(await backupWriter(core, trx, channel), 'backupRun', run.id, {
          revision: run.revision,
          set: { outcome: 'failed', finishedAt: core.now().toISOString(), message: failure.message }
        })
      )
      .catch((recordError: unknown) => console.error('备份失败，且无法记录失败原因', recordError))
    throw failure
  }
  await core.db.transaction().execute(async (trx) =>
    updateRecord(await backupWriter(core, trx, channel), 'backupRun', run.id, {
      revision: run.revision,
      set: { outcome: 'ok', finishedAt: core.now().toISOString(), folder: report.folder, manifestSignature: report.manifest.signature }
    })
  )
  return report
}

/**
 * Why a backup failed, in words for the administrator. The disk errors are
 * named for the backup folder: the data folder's own messages
 * (storage-errors) would point at the wrong disk.
 */
function backupFailure(error: unknown, outRoot: string): AppError {
  if (error instanceof AppError) return error
  const code = (error as NodeJS.ErrnoException)?.code
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return new AppError('disk_full', 'backup_disk_full', { folder: outRoot })
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new AppError('read_only', 'backup_read_only', { folder: outRoot })
  if (code === 'ENOTDIR' || code === 'EEXIST') return new AppError('invalid_input', 'backup_path_is_file', { folder: outRoot })
  if (code === 'ENOENT') return new AppError('storage_missing', 'backup_folder_missing', { folder: outRoot })
  return new AppError('internal', 'backup_failed', { detail: error instanceof Error ? error.message : String(error) })
}

/** Who writes a backup's records: the installation itself, not a person (a scheduled backup has nobody at the keyboard). */
export async function backupWriter(core: Core, trx: Kysely<Database>, channel: string): Promise<RecordWriter> {
  const installation = await trx.selectFrom('installation').select('id').where('local', '=', 1).executeTakeFirstOrThrow()
  return { db: trx, user: { id: `installation:${installation.id}`, displayName: 'EcoCase' }, channel, now: core.now().toISOString(), newId: core.newId }
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
 *
 * @throws AppError `invalid_input` when `outRoot` is inside the data folder,
 *   or an attachment's file is missing or altered (a backup that could not
 *   be restored is not taken); a disk error when `outRoot` cannot be written.
 */
async function writeBackup(core: Core, outRoot: string, makeFolder: boolean): Promise<BackupReport> {
  if (core.dataDir === ':memory:') throw new AppError('invalid_input', 'backup_in_memory')
  if (isInsideFolder(outRoot, core.dataDir)) throw new AppError('invalid_input', 'backup_inside_data')
  // The folder is checked before the head is signed, so a schedule failing on a missing disk adds no heads to the chain.
  if (makeFolder) mkdirSync(outRoot, { recursive: true })
  else if (!statSync(outRoot).isDirectory()) throw new AppError('invalid_input', 'backup_path_is_file', { folder: outRoot })
  const head = await signChainHead(core, 'backup')
  const key = signingKeyOf(head.installationId)!
  const name = `${backupFolderPrefix}${head.signedAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`
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
      await mkdir(join(target, '..'), { recursive: true })
      const source = join(core.dataDir, ...path.split('/'))
      if (!existsSync(source)) throw new AppError('invalid_input', 'backup_attachment_missing', { path })
      // Asynchronous, so the app's other calls are answered while the files are copied; an attachment is content-addressed
      // and never rewritten, so the bytes copied are the snapshot's, and their hash proves it.
      const copied = await copyAndHash(source, target)
      if (copied.sha256 !== sha256 || copied.bytes !== bytes) throw new AppError('invalid_input', 'backup_attachment_changed', { path })
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
        database: { path: databaseFileName, ...(await hashFileAsync(databaseCopy)) },
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
