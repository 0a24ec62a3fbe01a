import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import type BetterSqlite3 from 'better-sqlite3'
import { v7 as uuidv7 } from 'uuid'
import { openDatabase } from './db/open-database'
import type { Database } from './db/database'

/** The app without Electron: one database, a clock and an id generator that tests can fix. */
export interface Core {
  db: Kysely<Database>
  sqlite: BetterSqlite3.Database
  dataDir: string
  now: () => Date
  newId: () => string
  close: () => Promise<void>
}

export interface CoreOptions {
  /** The data folder; `:memory:` opens a throwaway in-memory database (tests). */
  dataDir: string
  now?: () => Date
  newId?: () => string
}

export const databaseFileName = 'ecocase.sqlite'

/** Opens the data folder's database, migrating it to the latest schema. */
export async function openCore(options: CoreOptions): Promise<Core> {
  const inMemory = options.dataDir === ':memory:'
  if (!inMemory) mkdirSync(options.dataDir, { recursive: true })
  const { db, sqlite } = await openDatabase(inMemory ? ':memory:' : join(options.dataDir, databaseFileName))
  return {
    db,
    sqlite,
    dataDir: options.dataDir,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? (() => uuidv7()),
    close: () => db.destroy()
  }
}
