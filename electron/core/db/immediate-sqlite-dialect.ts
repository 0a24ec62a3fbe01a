import { CompiledQuery, SqliteAdapter, SqliteDialect, type DialectAdapter, type DatabaseConnection, type Driver, type SqliteDialectConfig, type TransactionSettings } from 'kysely'
import type BetterSqlite3 from 'better-sqlite3'
import { busyError, isBusyError } from './storage-errors'
import { untilBulkWriteEnds } from './bulk-write'

/**
 * Kysely's SQLite dialect whose write transactions wait for the database
 * instead of failing. Kysely begins a transaction with a plain (DEFERRED)
 * `begin`: the transaction reads first and asks for the write lock only at
 * its first write, and in WAL mode SQLite refuses that upgrade at once with
 * SQLITE_BUSY when another process wrote in between (its snapshot is stale;
 * the busy handler is not called, see https://sqlite.org/lang_transaction.html
 * and https://sqlite.org/wal.html#sometimes_queries_return_sqlite_busy_in_wal_mode).
 * `begin immediate` takes the write lock up front, where the busy handler
 * (`busy_timeout`) does wait; a begin still busy is retried until the busy
 * timeout has passed, then refused as `busy`, never `internal`.
 *
 * Only the driver's transaction verbs change ({@link immediateTransactions}
 * wraps any driver), so a statement cache or other driver wrapper composes
 * with it.
 *
 * The adapter declares what SQLite has: transactional DDL
 * (https://sqlite.org/lang_transaction.html). Kysely's own SQLite adapter
 * says it has not, so its migrator ran each statement on its own, and a disk
 * filling up in the middle of an upgrade left half a schema behind; with it,
 * every pending migration runs in one transaction, all or nothing.
 */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #options: WriteOptions

  constructor(config: SqliteDialectConfig & WriteOptions) {
    super(config)
    this.#options = config
  }

  override createDriver(): Driver {
    return immediateTransactions(super.createDriver(), this.#options)
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter()
  }
}

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true
  }
}

export interface WriteOptions {
  database: BetterSqlite3.Database
  /** How long a write transaction waits for another writer before it is refused as `busy`. */
  waitMs: number
  /**
   * Checked before each write transaction begins; throws to refuse it. On
   * Linux a database file whose folder was deleted (an unplugged disk, a
   * folder moved away) stays writable through the open handle, so writes
   * would "succeed" into a file nobody will see again.
   */
  beforeWrite?: () => void
  /** The connection (unwrapped) a bulk write may hold (db/bulk-write.ts): a write transaction waits for it to end. */
  connectionOfBulkWrites?: BetterSqlite3.Database
}

/**
 * Wraps a better-sqlite3 driver: transactions begin IMMEDIATE (retried while
 * busy for up to `waitMs`), and a rollback after SQLite has already rolled
 * the transaction back itself (disk full at commit, an I/O error) is skipped,
 * so the caller sees the error that happened, never "cannot rollback - no
 * transaction is active".
 */
export function immediateTransactions(driver: Driver, { database, waitMs, beforeWrite, connectionOfBulkWrites }: WriteOptions): Driver {
  return {
    init: (options) => driver.init(options),
    acquireConnection: (options) => driver.acquireConnection(options),
    releaseConnection: (connection, options) => driver.releaseConnection(connection, options),
    destroy: (options) => driver.destroy(options),
    commitTransaction: (connection) => driver.commitTransaction(connection),
    savepoint: driver.savepoint?.bind(driver),
    rollbackToSavepoint: driver.rollbackToSavepoint?.bind(driver),
    releaseSavepoint: driver.releaseSavepoint?.bind(driver),
    beginTransaction: async (connection: DatabaseConnection, _settings: TransactionSettings) => {
      if (connectionOfBulkWrites) await untilBulkWriteEnds(connectionOfBulkWrites)
      beforeWrite?.()
      const deadline = Date.now() + waitMs
      for (let attempt = 0; ; attempt++) {
        try {
          await connection.executeQuery(CompiledQuery.raw('begin immediate'))
          return
        } catch (error) {
          if (!isBusyError(error)) throw error
          if (Date.now() >= deadline) throw busyError()
          // The busy handler already waited; yield to the event loop so other calls are answered, then try again.
          await new Promise((resolve) => setTimeout(resolve, Math.min(50, 5 * (attempt + 1))))
        }
      }
    },
    rollbackTransaction: async (connection: DatabaseConnection) => {
      if (!database.inTransaction) return
      await driver.rollbackTransaction(connection)
    }
  }
}
