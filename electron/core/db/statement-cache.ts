import type BetterSqlite3 from 'better-sqlite3'

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
export function cachedStatements(sqlite: BetterSqlite3.Database, size = statementCacheSize): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>()
  caches.set(sqlite, cache)
  const prepare = (source: string): BetterSqlite3.Statement => {
    const cached = cache.get(source)
    if (cached && !cached.busy) {
      // Map keeps insertion order: re-inserting marks the statement most recently used.
      cache.delete(source)
      cache.set(source, cached)
      return cached
    }
    const statement = sqlite.prepare(source)
    if (!cached) {
      cache.set(source, statement)
      if (cache.size > size) cache.delete(cache.keys().next().value!)
    }
    return statement
  }
  const close = () => {
    cache.clear()
    return sqlite.close()
  }
  // Everything else (inTransaction, pragma, …) is the connection's own, so dialects that read it see the real state.
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === 'prepare') return prepare
      if (property === 'close') return close
      const value = Reflect.get(target, property, target) as unknown
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
    }
  })
}

/** Drops the connection's cached statements (the bench does, to see every statement a handler prepares). */
export function clearStatementCache(sqlite: BetterSqlite3.Database): void {
  caches.get(sqlite)?.clear()
}
