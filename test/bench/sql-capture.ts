import type BetterSqlite3 from 'better-sqlite3'

/** One statement a handler ran: its SQL, how it was run and with which parameters. */
export interface CapturedStatement {
  sql: string
  method: 'all' | 'get' | 'run' | 'iterate'
  params: unknown[]
}

/**
 * Records every statement kysely runs on `sqlite` while `capture` is on, by
 * wrapping `prepare`: the bench replays exactly these statements through
 * better-sqlite3, prepared once, to compare a handler with its raw SQL.
 */
export function statementRecorder(sqlite: BetterSqlite3.Database) {
  let log: CapturedStatement[] | null = null
  const prepare = sqlite.prepare.bind(sqlite)
  sqlite.prepare = ((source: string) => {
    const statement = prepare(source)
    if (log === null) return statement
    const record = log
    return new Proxy(statement, {
      get(target, property) {
        const value = Reflect.get(target, property, target) as unknown
        if (typeof value !== 'function') return value
        if (property === 'all' || property === 'get' || property === 'run' || property === 'iterate') {
          return (...params: unknown[]) => {
            record.push({ sql: source, method: property, params })
            return (value as (...p: unknown[]) => unknown).apply(target, params)
          }
        }
        return (value as (...p: unknown[]) => unknown).bind(target)
      }
    })
  }) as typeof sqlite.prepare
  return {
    /** Runs `work` and returns the statements it ran. */
    async capture(work: () => Promise<unknown>): Promise<CapturedStatement[]> {
      log = []
      try {
        await work()
        return log
      } finally {
        log = null
      }
    }
  }
}

/**
 * Replays captured statements through a second connection, each SQL
 * prepared once for the whole run; `null` when the handler wrote (a write
 * cannot be replayed over itself).
 */
export function rawReplayer(raw: BetterSqlite3.Database) {
  const prepared = new Map<string, BetterSqlite3.Statement>()
  return (statements: CapturedStatement[]): (() => void) | null => {
    if (statements.some((s) => s.method === 'run' || /^\s*(insert|update|delete|begin|commit|savepoint|release)/i.test(s.sql))) return null
    const steps = statements.map((s) => {
      let statement = prepared.get(s.sql)
      if (!statement) {
        statement = raw.prepare(s.sql)
        prepared.set(s.sql, statement)
      }
      return { statement, s }
    })
    return () => {
      for (const { statement, s } of steps) {
        if (s.method === 'iterate') for (const row of statement.iterate(...s.params)) void row
        else if (s.method === 'get') statement.get(...s.params)
        else statement.all(...s.params)
      }
    }
  }
}
