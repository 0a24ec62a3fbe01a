import type BetterSqlite3 from 'better-sqlite3'
import { isBusyError, busyError } from './storage-errors'
import { writeWaitMs } from './sqlite'
import { LoopShare } from '../loop-share'

const running = new WeakMap<BetterSqlite3.Database, Promise<void>>()

const turn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Waits while a bulk write holds the connection's transaction. Every write
 * transaction of the app waits here before it begins (the dispatch, before
 * kysely takes the connection, so reads go on meanwhile; the dialect too, for
 * writers outside a call), instead of beginning inside the bulk write's.
 */
export async function untilBulkWriteEnds(sqlite: BetterSqlite3.Database): Promise<void> {
  for (let current = running.get(sqlite); current; current = running.get(sqlite)) await current
}

/**
 * One write transaction for a long import that lets the event loop run
 * between its steps (issue 10: other calls answer within 100 ms during a
 * 30,000-row import), all or nothing: `work` writes a step at a time, each
 * step ending when the loop's slice is spent (`loop.due()`), and lets the
 * loop run between steps (`await loop.share()`). It runs on the app's own connection with
 * better-sqlite3's statements, outside kysely: the app's reads go on between
 * the steps (on this connection they see the rows written so far, which the
 * import has already checked and commits moments later; were it to fail,
 * they are gone), while its writes wait for the commit
 * ({@link untilBulkWriteEnds}). Another process's writer waits on the busy
 * timeout as for any write.
 *
 * @throws AppError `busy` when another writer holds the database past the write wait.
 */
export async function bulkWriteTransaction<T>(sqlite: BetterSqlite3.Database, work: (loop: LoopShare) => Promise<T>): Promise<T> {
  let release!: () => void
  for (;;) {
    await untilBulkWriteEnds(sqlite)
    // A kysely transaction spans awaits: begin only once none is open (checked and begun in one turn of the loop).
    if (!sqlite.inTransaction && !running.has(sqlite)) break
    await turn()
  }
  running.set(sqlite, new Promise<void>((resolve) => (release = resolve)))
  let result: T
  try {
    await beginImmediate(sqlite)
    try {
      result = await work(new LoopShare())
      commitLeavingCheckpoint(sqlite)
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('rollback')
      throw error
    }
  } finally {
    running.delete(sqlite)
    release()
  }
  await turn()
  // PASSIVE: copies what no reader still needs and waits for nobody; what is left goes at a later checkpoint.
  sqlite.pragma('wal_checkpoint(PASSIVE)')
  return result
}

/**
 * Commits with SQLite's automatic checkpoint held back for this commit: it
 * would copy every page of the import from the WAL into the database file
 * in the same synchronous call (measured: 45 ms to commit 30,000 rows, then
 * 42 ms to checkpoint them), so the caller runs it in a turn of its own.
 * The commit is durable once the WAL is synced (synchronous = FULL); the
 * checkpoint only moves pages.
 */
function commitLeavingCheckpoint(sqlite: BetterSqlite3.Database): void {
  const pages = sqlite.pragma('wal_autocheckpoint', { simple: true }) as number
  sqlite.pragma('wal_autocheckpoint = 0')
  try {
    sqlite.exec('commit')
  } finally {
    sqlite.pragma(`wal_autocheckpoint = ${pages}`)
  }
}

async function beginImmediate(sqlite: BetterSqlite3.Database): Promise<void> {
  const deadline = Date.now() + writeWaitMs
  for (;;) {
    try {
      sqlite.exec('begin immediate')
      return
    } catch (error) {
      if (!isBusyError(error)) throw error
      if (Date.now() >= deadline) throw busyError()
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }
}
