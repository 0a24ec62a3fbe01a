import type BetterSqlite3 from 'better-sqlite3'
import type { SqliteDatabase, SqliteStatement } from 'kysely'

/**
 * How many prepared statements one connection keeps. The app's queries are
 * a few hundred distinct SQL texts (kysely compiles the same builder to the
 * same text, values are parameters); a bound keeps a query built with a
 * varying `in (?, ?, …)` list from growing the cache without end.
 */
export const statementCacheSize = 500

const caches = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>()

/**
 * The connection as kysely's SqliteDialect sees it, with prepared statements
 * cached by SQL text (least recently used dropped first) instead of
 * prepared anew for every query and freed only by the garbage collector
 * (issue 15: a fresh prepare of every statement was most of the fixed cost
 * per call, and the import's memory). A statement still busy (a streaming
 * query not yet finished) is never handed out twice: a second one is
 * prepared for that use.
 */
export function cachedStatements(sqlite: BetterSqlite3.Database, size = statementCacheSize): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>()
  caches.set(sqlite, cache)
  return {
    close: () => {
      cache.clear()
      sqlite.close()
    },
    prepare: (sql: string): SqliteStatement => {
      const cached = cache.get(sql)
      if (cached && !cached.busy) {
        // Map keeps insertion order: re-inserting marks the statement most recently used.
        cache.delete(sql)
        cache.set(sql, cached)
        return cached as unknown as SqliteStatement
      }
      const statement = sqlite.prepare(sql)
      if (!cached) {
        cache.set(sql, statement)
        if (cache.size > size) cache.delete(cache.keys().next().value!)
      }
      return statement as unknown as SqliteStatement
    }
  }
}

/** Drops the connection's cached statements (the bench does, to see every statement a handler prepares). */
export function clearStatementCache(sqlite: BetterSqlite3.Database): void {
  caches.get(sqlite)?.clear()
}
