import { existsSync, statSync } from 'node:fs'
import { isAbsolute } from 'node:path'
import { permissions } from '../../shared/permissions'
import { AppError, type ErrorReason } from '../../shared/errors'
import type { BackupSchedule } from '../../shared/backups'
import { insertRecord, staleRevision, updateRecord } from '../records/records'
import type { Handlers } from '../handler-table'
import type { Call } from '../call'
import { isInsideFolder } from './backup'
import { backupWarning, nextBackupDue } from './backup-schedule'
import { backupScheduleId, findBackupSchedule, lastAttempt, lastFinished } from './backup.repository'
import { noCase } from '../access/case-scope'

/**
 * The backup schedule: an administrator sets it; everyone signed in sees
 * the last backup on the dashboard, so a failing one is noticed by whoever
 * is at the workstation, not only by the administrator.
 */
export const backupHandlers: Handlers<'backups.schedule' | 'backups.setSchedule' | 'backups.status'> = {
  'backups.schedule': { scope: noCase, access: permissions.manageBackups, writes: false, run: async (call) => scheduleOf(await findBackupSchedule(call.db)) },
  'backups.setSchedule': { scope: noCase,
    access: permissions.manageBackups,
    writes: true,
    run: async (call, { revision, ...values }) => {
      checkFolder(call, values.folder, values.enabled)
      const set = { enabled: values.enabled ? 1 : 0, intervalHours: values.intervalHours, folder: values.folder, keepCount: values.keep }
      const stored = await findBackupSchedule(call.db)
      // The first save inserts the row; a later one names the revision it read, like every record.
      if (stored.revision === null) {
        if (revision !== null) throw staleRevision()
        await insertRecord(call, 'backupSchedule', { id: backupScheduleId, ...set })
      } else {
        if (revision === null) throw staleRevision()
        await updateRecord(call, 'backupSchedule', backupScheduleId, { revision, set })
      }
      return scheduleOf(await findBackupSchedule(call.db))
    }
  },
  'backups.status': { scope: noCase,
    access: 'signedIn',
    writes: false,
    run: async (call) => {
      const stored = await findBackupSchedule(call.db)
      const last = await lastFinished(call.db)
      const lastOk = last?.outcome === 'ok' ? last : await lastFinished(call.db, 'ok')
      const schedule = scheduleOf(stored)
      return {
        schedule,
        last,
        lastOk,
        nextDueAt: nextBackupDue(stored, await lastAttempt(call.db, 'schedule')),
        warning: backupWarning(schedule, last, lastOk, new Date(call.now))
      }
    }
  }
}

function scheduleOf({ enabled, intervalHours, folder, keep, revision }: BackupSchedule): BackupSchedule {
  return { enabled, intervalHours, folder, keep, revision }
}

/**
 * The checks only this machine can make (the contract's schema already
 * refused a relative-looking path): absolute by this platform's rule, an
 * existing folder when the schedule is on (a removable disk must be
 * plugged in when it is set; switching it off needs no disk), and outside the data folder, where a failing disk would take the
 * backups with it.
 */
function checkFolder(call: Call, folder: string, enabled: boolean): void {
  if (folder === '') return
  const refuse = (reason: ErrorReason) => new AppError('invalid_input', 'invalid_input', { problem: [{ reason }] }, { folder: reason })
  if (!isAbsolute(folder)) throw refuse('backup_folder_not_absolute')
  if (enabled && !existsSync(folder)) throw refuse('backup_folder_absent')
  if (existsSync(folder) && !statSync(folder).isDirectory()) throw refuse('backup_folder_is_file')
  if (call.core.dataDir !== ':memory:' && isInsideFolder(folder, call.core.dataDir)) throw refuse('backup_inside_data')
}
