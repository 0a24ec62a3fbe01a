import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { cachedStatements } from '../../electron/core/db/statement-cache'

describe('the prepared-statement cache of the kysely connection', () => {
  it('prepares one SQL text once, keeps at most its bound, and never hands out a statement still iterating', () => {
    const sqlite = new BetterSqlite3(':memory:')
    let prepared = 0
    const prepare = sqlite.prepare.bind(sqlite)
    sqlite.prepare = ((source: string) => {
      prepared++
      return prepare(source)
    }) as typeof sqlite.prepare
    const db = cachedStatements(sqlite, 2)
    sqlite.exec('create table t (n integer)')
    const insert = db.prepare('insert into t values (?)')
    for (let n = 0; n < 3; n++) db.prepare('insert into t values (?)').run([n])
    expect(db.prepare('insert into t values (?)')).toBe(insert)
    expect(prepared).toBe(1)

    const select = db.prepare('select n from t order by n')
    const rows = select.iterate([])
    rows.next()
    const second = db.prepare('select n from t order by n')
    expect(second).not.toBe(select)
    expect(second.all([])).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }])
    rows.return?.()

    db.prepare('select 1')
    db.prepare('select 2')
    const before = prepared
    db.prepare('insert into t values (?)')
    expect(prepared).toBe(before + 1)
    db.close()
  })
})
