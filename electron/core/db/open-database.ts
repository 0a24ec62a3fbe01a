import { CamelCasePlugin, Kysely, SqliteDialect, sql } from 'kysely'
import { Migrator, type MigrationProvider } from 'kysely/migration'
import type BetterSqlite3 from 'better-sqlite3'
import { openSqlite } from './sqlite'
import { cachedStatements } from './statement-cache'
import { migrations } from './migrations'
import type { Database } from './database'

export interface OpenedDatabase {
  db: Kysely<Database>
  sqlite: BetterSqlite3.Database
}

const provider: MigrationProvider = { getMigrations: async () => migrations }

/**
 * Opens (or creates) the EcoCase database and brings it to the latest schema.
 * A file written by a newer EcoCase is refused before anything is touched.
 */
export async function openDatabase(file: string): Promise<OpenedDatabase> {
  const sqlite = openSqlite(file)
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: cachedStatements(sqlite) }),
    plugins: [new CamelCasePlugin()]
  })
  try {
    await refuseNewerDatabase(db)
    const { error, results } = await new Migrator({ db, provider }).migrateToLatest()
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '未知'
      throw new Error(`数据库升级失败（迁移 ${failed}）：${String(error)}`)
    }
  } catch (e) {
    await db.destroy()
    throw e
  }
  return { db, sqlite }
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
