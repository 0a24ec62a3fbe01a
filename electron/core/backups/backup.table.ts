import type { StampColumns } from '../db/record-stamp'

/** The one row of the backup schedule (id `schedule`). */
export interface BackupScheduleTable extends StampColumns {
  id: string
  /** 0 or 1. */
  enabled: number
  intervalHours: number
  folder: string
  keepCount: number
}

/** One backup attempt, scheduled or manual. */
export interface BackupRunTable extends StampColumns {
  id: string
  trigger: string
  outRoot: string
  startedAt: string
  finishedAt: string | null
  outcome: string
  folder: string | null
  manifestSignature: string | null
  message: string
  /** What pruning did with the folder: `deleted`, `missing` (already gone) or `kept` (no longer the backup it made). */
  pruned: string | null
  prunedAt: string | null
}

export interface BackupTables {
  backupSchedule: BackupScheduleTable
  backupRun: BackupRunTable
}
