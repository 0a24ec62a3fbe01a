import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../db/database'
import { unsetBackupSchedule, type BackupOutcome, type BackupRun, type BackupSchedule, type BackupTrigger } from '../../shared/backups'

/** The key of the one schedule row. */
export const backupScheduleId = 'schedule'

/** The schedule and when it was last saved (null before an administrator saved one). */
export async function findBackupSchedule(db: Kysely<Database>): Promise<BackupSchedule & { updatedAt: string | null }> {
  const row = await db.selectFrom('backupSchedule').selectAll().where('id', '=', backupScheduleId).executeTakeFirst()
  if (!row) return { ...unsetBackupSchedule, updatedAt: null }
  return { enabled: row.enabled === 1, intervalHours: row.intervalHours, folder: row.folder, keep: row.keepCount, revision: row.revision, updatedAt: row.updatedAt }
}

/** The newest attempt of a trigger, finished or still running: when the schedule last tried. */
export async function lastAttempt(db: Kysely<Database>, trigger: BackupTrigger): Promise<BackupRun | null> {
  const row = await db.selectFrom('backupRun').selectAll().where('trigger', '=', trigger).orderBy('startedAt', 'desc').limit(1).executeTakeFirst()
  return row ? toRun(row) : null
}

/** The newest finished attempt (of any trigger), or the newest that succeeded. */
export async function lastFinished(db: Kysely<Database>, outcome?: Exclude<BackupOutcome, 'running'>): Promise<BackupRun | null> {
  let query = db.selectFrom('backupRun').selectAll().where('finishedAt', 'is not', null)
  if (outcome) query = query.where('outcome', '=', outcome)
  const row = await query.orderBy('finishedAt', 'desc').limit(1).executeTakeFirst()
  return row ? toRun(row) : null
}

/** The scheduled backups taken under `outRoot` and not yet pruned, newest first: the only folders pruning may consider. */
export async function prunableRuns(db: Kysely<Database>, outRoot: string): Promise<Selectable<Database['backupRun']>[]> {
  return db
    .selectFrom('backupRun')
    .selectAll()
    .where('trigger', '=', 'schedule')
    .where('outRoot', '=', outRoot)
    .where('outcome', '=', 'ok')
    .where('pruned', 'is', null)
    .orderBy('startedAt', 'desc')
    .execute()
}

export function toRun(row: Selectable<Database['backupRun']>): BackupRun {
  return {
    id: row.id,
    trigger: row.trigger,
    outRoot: row.outRoot,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    outcome: row.outcome,
    folder: row.folder,
    message: row.message
  }
}
