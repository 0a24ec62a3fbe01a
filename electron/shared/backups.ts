import { z } from 'zod'
import { hasControlCharacters, controlCharacterMessage } from './common'

/**
 * The bounds of a backup schedule. An hour is the shortest interval worth
 * a full copy of the database and attachments; thirty days the longest a
 * court should go without one. At least the newest backup is always kept.
 */
export const backupIntervalBounds = { min: 1, max: 720 } as const
export const backupKeepBounds = { min: 1, max: 365 } as const

/**
 * An absolute path on Windows (`D:\备份`, `\\server\share\备份`) or POSIX
 * (`/media/backup`). The core checks again with the running platform's own
 * rule, which is the one that decides.
 */
export function looksAbsolute(path: string): boolean {
  return /^(\/|[A-Za-z]:[\\/]|\\\\[^\\]+\\[^\\]+)/.test(path)
}

/** The administrator's schedule: every `intervalHours` a backup into `folder`, keeping the newest `keep` of them. */
export interface BackupSchedule {
  enabled: boolean
  intervalHours: number
  /** An absolute folder outside the data folder; each backup is a new `ecocase-backup-<time>` folder inside it. */
  folder: string
  keep: number
  /** null until the administrator first saves the schedule. */
  revision: number | null
}

export const unsetBackupSchedule: BackupSchedule = { enabled: false, intervalHours: 24, folder: '', keep: 7, revision: null }

const wholeNumber = (missing: string, bounds: { min: number; max: number }) =>
  z
    .number({ message: missing })
    .int('whole_number_required')
    .min(bounds.min, 'number_at_least_value')
    .max(bounds.max, 'number_at_most_value')

export const backupScheduleInput = z
  .object({
    enabled: z.boolean({ message: 'schedule_enabled_required' }),
    intervalHours: wholeNumber('backup_interval_required', backupIntervalBounds),
    folder: z.string().trim().max(400, 'text_too_long').refine((t) => !hasControlCharacters(t), controlCharacterMessage),
    keep: wholeNumber('backup_keep_required', backupKeepBounds),
    /** The revision read, or null when the schedule was never saved. */
    revision: z.number().int().nonnegative().nullable()
  })
  .superRefine((value, ctx) => {
    // A schedule switched off may keep an empty folder; one switched on needs somewhere to write.
    if (value.folder === '') {
      if (value.enabled) ctx.addIssue({ code: 'custom', path: ['folder'], message: 'backup_folder_required' })
    } else if (!looksAbsolute(value.folder)) {
      ctx.addIssue({ code: 'custom', path: ['folder'], message: 'backup_folder_absolute' })
    }
  })
export type BackupScheduleInput = z.input<typeof backupScheduleInput>

/** Who started a backup: the app's schedule, or an administrator with `cli backup`. */
export const backupTriggers = ['schedule', 'manual'] as const
export type BackupTrigger = (typeof backupTriggers)[number]

/** `running` until it ends; a run whose process died stays `running` and is never shown as the last backup. */
export const backupOutcomes = ['running', 'ok', 'failed'] as const
export type BackupOutcome = (typeof backupOutcomes)[number]

/** One backup attempt, ok or failed with its reason. */
export interface BackupRun {
  id: string
  trigger: BackupTrigger
  /** The folder the backup was written under. */
  outRoot: string
  startedAt: string
  finishedAt: string | null
  outcome: BackupOutcome
  /** The new backup's folder, when it was made. */
  folder: string | null
  /** Why it failed ('' when ok). */
  message: string
}

/**
 * Why the dashboard warns about backups, most pressing first: the last
 * attempt failed; there is no backup at all; the newest is older than the
 * interval; no schedule is set (backups then depend on someone remembering).
 */
export type BackupWarning = 'failed' | 'never' | 'overdue' | 'not_scheduled'

export interface BackupStatus {
  schedule: BackupSchedule
  /** The last finished attempt, scheduled or manual. */
  last: BackupRun | null
  /** The newest backup that was taken. */
  lastOk: BackupRun | null
  /** When the schedule takes its next backup (null when it is off). */
  nextDueAt: string | null
  warning: BackupWarning | null
}
