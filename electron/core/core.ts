import { accessSync, constants, existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import type BetterSqlite3 from 'better-sqlite3'
import { v7 as uuidv7 } from 'uuid'
import { openDatabase } from './db/open-database'
import { missingFolderError, storageError } from './db/storage-errors'
import type { Database } from './db/database'
import { ensureInstallation } from './audit/installation'
import { dailyHeadCheckMs, signChainHeadIfDue } from './audit/chain-head'
import { defaultScryptCost, type ScryptCost } from './users/password-hash'

/** The app without Electron: one database, a clock and an id generator that tests can fix. */
export interface Core {
  db: Kysely<Database>
  sqlite: BetterSqlite3.Database
  dataDir: string
  now: () => Date
  newId: () => string
  /** The scrypt cost of new password hashes. */
  passwordCost: ScryptCost
  close: () => Promise<void>
}

export interface CoreOptions {
  /** The data folder; `:memory:` opens a throwaway in-memory database (tests). */
  dataDir: string
  now?: () => Date
  newId?: () => string
  /** Tests pass a tiny cost so hashing stays fast; production uses {@link defaultScryptCost}. */
  passwordCost?: ScryptCost
}

export const databaseFileName = 'ecocase.sqlite'

/**
 * Opens the data folder's database, migrating it to the latest schema, and
 * loads (on first open: makes) the installation's identity. A chain left
 * without a signed head (after a crash or a migration) gets one now; while
 * open, the head is signed daily, and again on close.
 */
export async function openCore(options: CoreOptions): Promise<Core> {
  const inMemory = options.dataDir === ':memory:'
  const readOnly = !inMemory && !prepareFolder(options.dataDir)
  const { db, sqlite, release } = await openDatabase(inMemory ? ':memory:' : join(options.dataDir, databaseFileName), { readOnly })
  const now = options.now ?? (() => new Date())
  let dailyHeads: NodeJS.Timeout | undefined
  let closed = false
  const core: Core = {
    db,
    sqlite,
    dataDir: options.dataDir,
    now,
    newId: options.newId ?? (() => uuidv7()),
    passwordCost: options.passwordCost ?? defaultScryptCost,
    close: async () => {
      if (closed) return
      closed = true
      clearInterval(dailyHeads)
      try {
        await signChainHeadIfDue(core, 'close')
      } finally {
        await db.destroy()
        release()
      }
    }
  }
  try {
    await ensureInstallation(db, inMemory ? null : options.dataDir, sqlite.readonly, now().toISOString())
    await signChainHeadIfDue(core, 'open')
  } catch (error) {
    await db.destroy()
    release()
    throw error
  }
  if (!inMemory) {
    dailyHeads = setInterval(() => {
      signChainHeadIfDue(core, 'daily').catch((error: unknown) => console.error('每日审计链头签署失败', error))
    }, dailyHeadCheckMs)
    dailyHeads.unref()
  }
  return core
}

/**
 * Makes the data folder on first open and says whether it can be written.
 * A folder on a read-only disk is opened for reading (and `verify`), every
 * write then refused as `read_only`.
 *
 * @returns false when the folder exists but cannot be written.
 * @throws AppError `storage_missing` when the folder cannot be made because its parent is gone (an unplugged disk).
 */
function prepareFolder(dataDir: string): boolean {
  try {
    if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true })
    accessSync(dataDir, constants.W_OK)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
      if (existsSync(dataDir)) return false
      throw storageError(error, dataDir)!
    }
    if (code === 'ENOENT') throw missingFolderError(dataDir)
    throw error
  }
}
