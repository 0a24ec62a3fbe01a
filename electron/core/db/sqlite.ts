import BetterSqlite3 from 'better-sqlite3'

/**
 * SQLite-only setup lives here so the rest of core stays portable to the
 * PostgreSQL dialect: WAL for a reader beside the writer, enforced foreign
 * keys, and a busy timeout instead of immediate SQLITE_BUSY errors.
 */
export function openSqlite(file: string): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(file)
  if (file !== ':memory:') sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
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
