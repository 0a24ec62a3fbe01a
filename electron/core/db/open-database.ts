import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { Kysely, sql } from 'kysely'
import { SqliteCamelCasePlugin } from './sqlite-camel-case'
import { Migrator, type MigrationProvider } from 'kysely/migration'
import type BetterSqlite3 from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { openSqlite, writeWaitMs } from './sqlite'
import { ImmediateSqliteDialect } from './immediate-sqlite-dialect'
import { cachedStatements } from './statement-cache'
import { migrations } from './migrations'
import { missingFolderError, storageError } from './storage-errors'
import { withSeedBaseline } from './seed-baseline'
import type { Database } from './database'

export interface OpenedDatabase {
  db: Kysely<Database>
  sqlite: BetterSqlite3.Database
  /** Removes what opening left behind (the private copy of a read-only database); call after `db.destroy()`. */
  release: () => void
}

/**
 * Opens (or creates) the EcoCase database and brings it to the latest schema.
 * A file written by a newer EcoCase is refused before anything is touched.
 * Rows the migrations seed (the admin, the fields, …) get their baseline
 * audit events in the run that seeded them (see seed-baseline).
 *
 * @param options.readOnly open a database on a read-only disk or folder:
 *   nothing is migrated or written, and every write is refused as `read_only`.
 * @throws AppError `read_only` when a read-only database needs an upgrade; a storage error (disk full, …) when the upgrade cannot be written.
 */
export async function openDatabase(file: string, options: { readOnly?: boolean } = {}): Promise<OpenedDatabase> {
  const { sqlite, release } = options.readOnly ? openReadOnly(file) : { sqlite: openSqlite(file), release: () => undefined }
  const db = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({
      database: cachedStatements(sqlite),
      connectionOfBulkWrites: sqlite,
      waitMs: writeWaitMs,
      beforeWrite: file === ':memory:' ? undefined : () => {
        if (!existsSync(file)) throw missingFolderError(dirname(file))
      }
    }),
    plugins: [new SqliteCamelCasePlugin()]
  })
  try {
    await refuseNewerDatabase(db)
    if (options.readOnly) await refusePendingMigrations(db)
    else await migrate(db)
  } catch (e) {
    await db.destroy()
    release()
    throw storageError(e, null) ?? e
  }
  return { db, sqlite, release }
}

async function migrate(db: Kysely<Database>): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => withSeedBaseline(migrations, () => new Date().toISOString()) }
  // Migration numbers are reserved per piece of work (TEAM.md) and land out of turn (0017 before 0015): a folder that
  // already ran a higher number still gets a lower one that arrives later. A migration that depends on another takes a higher number than it.
  const { error, results } = await new Migrator({ db, provider, allowUnorderedMigrations: true }).migrateToLatest()
  if (error) {
    if (storageError(error, null)) throw error
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '未知'
    throw new Error(`数据库升级失败（迁移 ${failed}）：${String(error)}`)
  }
}

/**
 * A WAL database on a read-only disk: SQLite reads it in place when its
 * `-shm` file is there (https://sqlite.org/wal.html#readonly). A database
 * closed cleanly has none, and SQLite cannot make one on a read-only disk,
 * so the file (with its `-wal`, if any) is copied to a private temporary
 * folder and read there; nobody can write the disk meanwhile, so the copy
 * is the database.
 */
function openReadOnly(file: string): { sqlite: BetterSqlite3.Database; release: () => void } {
  if (!existsSync(file)) throw new AppError('read_only', 'read_only_no_database')
  if (existsSync(`${file}-shm`)) return { sqlite: openSqlite(file, { readOnly: true }), release: () => undefined }
  const copyDir = mkdtempSync(join(tmpdir(), 'ecocase-readonly-'))
  const copy = join(copyDir, basename(file))
  const release = () => rmSync(copyDir, { recursive: true, force: true })
  try {
    copyFileSync(file, copy)
    if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) copyFileSync(`${file}-wal`, `${copy}-wal`)
    return { sqlite: openSqlite(copy, { readOnly: true }), release }
  } catch (error) {
    release()
    throw error
  }
}

async function refusePendingMigrations(db: Kysely<Database>): Promise<void> {
  const applied = new Set((await sql<{ name: string }>`select name from kysely_migration`.execute(db)).rows.map((r) => r.name))
  if (Object.keys(migrations).some((name) => !applied.has(name))) {
    throw new AppError('read_only', 'read_only_needs_upgrade')
  }
}

async function refuseNewerDatabase(db: Kysely<Database>): Promise<void> {
  const hasTable = await sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'table' and name = 'kysely_migration'`.execute(db)
  if (!hasTable.rows[0]?.n) return
  const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db)
  const unknown = applied.rows.map((r) => r.name).filter((name) => !(name in migrations))
  if (unknown.length > 0) {
    throw new Error(
      `此数据库由更新版本的 EcoCase 写入（未知的数据库版本：${unknown.join('、')}），当前版本无法打开。请安装最新版本的 EcoCase。`
    )
  }
}
