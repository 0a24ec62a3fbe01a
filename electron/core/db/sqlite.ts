import { existsSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { isBusyError } from './storage-errors'

/**
 * How long one SQLite call may wait for another process's lock before the
 * busy handler gives up; write transactions retry their begin for up to
 * {@link writeWaitMs} in such slices (see immediate-sqlite-dialect), so the
 * process answers other calls between them.
 */
export const busyTimeoutMs = 250

/** How long a write waits for another writer before it is refused as `busy`. */
export const writeWaitMs = 5000

/**
 * SQLite-only setup lives here so the rest of core stays portable to the
 * PostgreSQL dialect: WAL for a reader beside the writer, enforced foreign
 * keys, and a busy timeout instead of immediate SQLITE_BUSY errors.
 *
 * `synchronous = FULL`: in WAL mode NORMAL may lose the last commits on a
 * power cut (https://sqlite.org/pragma.html#pragma_synchronous; the WAL is
 * synced only at checkpoints), and a court record the user saw saved must
 * stay saved. Measured on a burst of single-row writes (README, 数据安全):
 * FULL costs about 2 × NORMAL per commit, still well under the time a person
 * takes to save a form, so durability wins.
 *
 * @param options.readOnly open without writing anything (a read-only folder or disk).
 */
export function openSqlite(file: string, options: { readOnly?: boolean } = {}): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(file, options.readOnly ? { readonly: true, fileMustExist: true } : {})
  if (file !== ':memory:' && !options.readOnly) sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`)
  return sqlite
}

/** `PRAGMA integrity_check`: an empty list means the file is sound. */
export function integrityProblems(sqlite: BetterSqlite3.Database): string[] {
  const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[]
  return rows.map((r) => r.integrity_check).filter((m) => m !== 'ok')
}

/** Whether a thrown error is SQLite refusing a UNIQUE/FOREIGN KEY/CHECK constraint. */
export function isConstraintError(error: unknown): error is Error & { code: string } {
  return (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('SQLITE_CONSTRAINT')
  )
}

/**
 * Whether any connection, of this process or another (the app, the
 * preview, a CLI command), has the database open. An EcoCase connection
 * puts the file in WAL mode, and in WAL mode a connection keeps its shared
 * lock on the database file from its first read until it closes; leaving
 * WAL mode needs the exclusive lock (https://sqlite.org/wal.html,
 * "Persistence of WAL mode" and "Read-Only Databases";
 * https://sqlite.org/lockingv3.html). So the probe asks, without waiting,
 * to leave WAL mode: refused means someone has the file open. Granted, the
 * probe returns to WAL mode at once; the file then holds the same data
 * (SQLite checkpointed the WAL into it on the way).
 *
 * A file that is not in WAL mode was never opened for writing by EcoCase,
 * so nobody holds it.
 */
export function databaseInUse(file: string): boolean {
  if (!existsSync(file)) return false
  const probe = new BetterSqlite3(file, { fileMustExist: true, timeout: 0 })
  try {
    if (probe.pragma('journal_mode', { simple: true }) !== 'wal') return false
    let mode: unknown
    try {
      mode = probe.pragma('journal_mode = DELETE', { simple: true })
    } catch (error) {
      if (isBusyError(error)) return true
      throw error
    }
    if (mode !== 'delete') return true
    probe.pragma('journal_mode = WAL')
    return false
  } finally {
    probe.close()
  }
}
