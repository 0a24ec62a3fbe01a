import { existsSync, lstatSync, readFileSync, rmSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type { Kysely } from 'kysely'
import type { Core } from '../core'
import type { Database } from '../db/database'
import { updateRecord } from '../records/records'
import { AppError } from '../../shared/errors'
import type { BackupRun, BackupSchedule, BackupWarning } from '../../shared/backups'
import { backupFolderPrefix, backupWriter, runBackup, startRun } from './backup'
import { manifestFileName, parseManifest } from './backup-manifest'
import { findBackupSchedule, lastAttempt, prunableRuns, toRun } from './backup.repository'

/** How often the running app asks whether a backup is due: the schedule counts in hours, a minute late is on time. */
export const backupCheckMs = 60_000

const hourMs = 3_600_000

/**
 * When the schedule's next backup is due, or null when it is off. Saving
 * the schedule makes one due at once, so the administrator learns at the
 * next check whether the folder works; after that, one interval after the
 * last attempt began, whether it succeeded or not (a failure is on the
 * dashboard, and saving the schedule again retries at once).
 */
export function nextBackupDue(schedule: BackupSchedule & { updatedAt: string | null }, last: BackupRun | null): string | null {
  if (!schedule.enabled || schedule.updatedAt === null) return null
  if (!last || last.startedAt < schedule.updatedAt) return schedule.updatedAt
  return new Date(Date.parse(last.startedAt) + schedule.intervalHours * hourMs).toISOString()
}

/**
 * What the dashboard warns of, most pressing first (see {@link BackupWarning}).
 * A backup is overdue when the newest one is older than the interval.
 */
export function backupWarning(schedule: BackupSchedule, last: BackupRun | null, lastOk: BackupRun | null, now: Date): BackupWarning | null {
  if (last?.outcome === 'failed') return 'failed'
  if (!lastOk) return 'never'
  if (!schedule.enabled) return 'not_scheduled'
  if (now.getTime() - Date.parse(lastOk.finishedAt!) > schedule.intervalHours * hourMs) return 'overdue'
  return null
}

/**
 * Takes the scheduled backup if one is due at `core.now()`, then prunes.
 * Whether it is due is decided, and the attempt recorded as `running`, in
 * one write transaction (BEGIN IMMEDIATE), so of two processes with the
 * same folder open (the app and the preview) only one takes it.
 *
 * @returns the attempt as recorded (ok, or failed with its reason), or null when none was due.
 */
export async function runBackupIfDue(core: Core): Promise<BackupRun | null> {
  const isDue = async (db: Kysely<Database>) => {
    const schedule = await findBackupSchedule(db)
    const due = nextBackupDue(schedule, await lastAttempt(db, 'schedule'))
    return due !== null && Date.parse(due) <= core.now().getTime() ? schedule : null
  }
  // Asked first without the write lock, so the minute's check costs the other writers nothing when nothing is due.
  if (!(await isDue(core.db))) return null
  const started = await core.db.transaction().execute(async (trx) => {
    const schedule = await isDue(trx)
    if (!schedule) return null
    return { run: await startRun(await backupWriter(core, trx, 'backup.schedule'), 'schedule', schedule.folder), keep: schedule.keep }
  })
  if (!started) return null
  // runBackup records a failure on the run's row before it throws it as an AppError; anything else is a fault of the app.
  const taken = await runBackup(core, started.run, { makeFolder: false }).then(
    () => true,
    (error: unknown) => {
      if (error instanceof AppError) return false
      throw error
    }
  )
  // Only after a backup was taken: a failing disk must never cost the backups that are still good.
  if (taken) await pruneBackups(core, started.run.outRoot, started.keep)
  return toRun(await core.db.selectFrom('backupRun').selectAll().where('id', '=', started.run.id).executeTakeFirstOrThrow())
}

/**
 * Deletes the scheduled backups under `outRoot` beyond the newest `keep`.
 * Only folders this installation's schedule made are considered (its
 * `backup_run` rows), and one is deleted only when it is still what the run
 * wrote: a direct child of `outRoot` named `ecocase-backup-…`, a real
 * folder (not a link), whose manifest carries the signature the run
 * recorded. Anything else in the folder, manual backups included, is never
 * touched. What became of each folder is recorded on its run.
 */
export async function pruneBackups(core: Core, outRoot: string, keep: number): Promise<void> {
  const runs = await prunableRuns(core.db, outRoot)
  for (const run of runs.slice(keep)) {
    let pruned: 'deleted' | 'missing' | 'kept'
    try {
      pruned = pruneFolder(outRoot, run.folder, run.manifestSignature)
    } catch (error) {
      // Left unmarked, so the next run tries again.
      console.error(`无法删除旧的定时备份：${run.folder}`, error)
      continue
    }
    await core.db.transaction().execute(async (trx) =>
      updateRecord(await backupWriter(core, trx, 'backup.schedule'), 'backupRun', run.id, {
        revision: run.revision,
        set: { pruned, prunedAt: core.now().toISOString() }
      })
    )
  }
}

function pruneFolder(outRoot: string, folder: string | null, signature: string | null): 'deleted' | 'missing' | 'kept' {
  if (!folder || !signature) return 'kept'
  const path = resolve(folder)
  if (dirname(path) !== resolve(outRoot) || !basename(path).startsWith(backupFolderPrefix)) return 'kept'
  if (!existsSync(path)) return 'missing'
  if (!lstatSync(path).isDirectory()) return 'kept'
  let text: string
  try {
    text = readFileSync(join(path, manifestFileName), 'utf8')
  } catch {
    return 'kept'
  }
  const manifest = parseManifest(text)
  if ('reason' in manifest || manifest.signature !== signature) return 'kept'
  rmSync(path, { recursive: true })
  return 'deleted'
}

/**
 * Runs the schedule while the app is open: a check at once, then every
 * {@link backupCheckMs}; checks never overlap.
 *
 * @returns a stop function that resolves once a backup under way has ended (call it before `core.close()`).
 */
export function startBackupSchedule(core: Core): () => Promise<void> {
  // A folder opened read-only cannot record a run, so it has no schedule to keep.
  if (core.sqlite.readonly) return async () => undefined
  let stopped = false
  let running: Promise<unknown> = Promise.resolve()
  const check = () => {
    running = running.then(() => (stopped ? null : runBackupIfDue(core))).catch((error: unknown) => console.error('定时备份检查失败', error))
  }
  const timer = setInterval(check, backupCheckMs)
  timer.unref()
  check()
  return async () => {
    stopped = true
    clearInterval(timer)
    await running
  }
}
