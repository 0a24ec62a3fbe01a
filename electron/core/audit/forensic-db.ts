import { copyFileSync, existsSync, linkSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { SqliteCamelCasePlugin } from '../db/sqlite-camel-case'
import type { Database } from '../db/database'
import { migrations } from '../db/migrations'

export const databaseFile = 'ecocase.sqlite'

/** A data folder opened for a forensic check: read-only, never migrated. */
export interface ForensicDb {
  dataDir: string
  sqlite: BetterSqlite3.Database
  /** The same connection through kysely, for the read functions of the domains. */
  db: Kysely<Database>
  /** Whether the schema has per-installation chains (migration 0008); an older folder has one legacy chain. */
  hasInstallations: boolean
  /**
   * Whether the app opened the folder while the check read it through a link
   * (its WAL appeared): the app's checkpoint may then have rewritten pages
   * under the check, which therefore read no single snapshot.
   */
  disturbed?: () => boolean
  close: () => Promise<void>
}

/** A folder `verify` will not look at, with the reason in words for the user. */
export class NotADataFolder extends Error {}

/**
 * Opens a data folder's database read-only for `verify`, migrating nothing
 * and writing nothing: the folder's files keep their bytes and no file is
 * added to it. SQLite would create the `-wal` and `-shm` files of a WAL
 * database even for a read-only connection, and cannot read it at all on a
 * read-only disk where they are missing; so a database without them (closed
 * cleanly, hence not being written) is read through a hard link in a
 * temporary folder (SQLite's WAL files are made beside the link; a read-only
 * connection never writes the database file), or through a copy there
 * where no link can be made (another file system, a read-only disk); a
 * province's 3.9 GB file is not copied for every check (issue 15). One with
 * them (in use, or left by a crash) is read in place. The whole check then
 * runs in one read transaction, one snapshot.
 *
 * @throws NotADataFolder when the folder or its EcoCase database is missing,
 *   the file is not an EcoCase database, or a newer EcoCase wrote it.
 */
export function openForensic(dataDir: string): ForensicDb {
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) throw new NotADataFolder(`数据文件夹不存在：${dataDir}`)
  const file = join(dataDir, databaseFile)
  if (!existsSync(file)) throw new NotADataFolder(`此文件夹中没有 EcoCase 数据库（${databaseFile}）：${dataDir}；未作任何更改`)

  let copyDir: string | null = null
  let readFrom = file
  let linked = false
  if (!existsSync(`${file}-wal`) || !existsSync(`${file}-shm`)) {
    copyDir = mkdtempSync(join(tmpdir(), 'ecocase-verify-'))
    readFrom = join(copyDir, databaseFile)
    if (existsSync(`${file}-wal`)) {
      // Left by a crash: SQLite recovers from the WAL on open, so both are read as copies, the folder's stay as they are.
      copyFileSync(file, readFrom)
      copyFileSync(`${file}-wal`, `${readFrom}-wal`)
    } else linked = linkOrCopy(file, readFrom)
  }
  const removeCopy = () => {
    if (copyDir) rmSync(copyDir, { recursive: true, force: true })
  }

  let sqlite: BetterSqlite3.Database
  try {
    sqlite = new BetterSqlite3(readFrom, { readonly: true, fileMustExist: true })
  } catch (error) {
    removeCopy()
    throw new NotADataFolder(`无法以只读方式打开数据库 ${file}：${(error as Error).message}`)
  }
  const refuse = (reason: string): never => {
    sqlite.close()
    removeCopy()
    throw new NotADataFolder(reason)
  }
  let tables: Set<string>
  try {
    tables = new Set((sqlite.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((r) => r.name))
  } catch {
    return refuse(`${file} 不是 SQLite 数据库文件`)
  }
  if (!tables.has('audit_event') || !tables.has('kysely_migration')) refuse(`${file} 不是 EcoCase 数据库（没有审计链）`)
  const applied = (sqlite.prepare('select name from kysely_migration').all() as { name: string }[]).map((r) => r.name)
  const unknown = applied.filter((name) => !(name in migrations))
  if (unknown.length > 0) refuse(`此数据库由更新版本的 EcoCase 写入（未知的数据库版本：${unknown.join('、')}），请用最新版本核验`)

  sqlite.exec('begin')
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [new SqliteCamelCasePlugin()] })
  return {
    dataDir,
    sqlite,
    db,
    hasInstallations: tables.has('installation'),
    disturbed: () => linked && existsSync(`${file}-wal`),
    close: async () => {
      if (sqlite.inTransaction) sqlite.exec('rollback')
      await db.destroy()
      removeCopy()
    }
  }
}

/** @returns whether a link was made (else a copy). */
function linkOrCopy(from: string, to: string): boolean {
  try {
    linkSync(from, to)
    return true
  } catch {
    copyFileSync(from, to)
    return false
  }
}
