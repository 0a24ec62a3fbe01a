import { describe, expect, it } from 'vitest'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kysely, sql } from 'kysely'
import { ImmediateSqliteDialect } from '../../../electron/core/db/immediate-sqlite-dialect'
import { openSqlite } from '../../../electron/core/db/sqlite'
import { AppError } from '../../../electron/shared/errors'

function twoConnections(waitMs = 300) {
  const file = join(mkdtempSync(join(tmpdir(), 'ecocase-busy-')), 'db.sqlite')
  const other = openSqlite(file)
  other.exec('create table t (x integer)')
  const sqlite = openSqlite(file)
  const db = new Kysely<{ t: { x: number } }>({ dialect: new ImmediateSqliteDialect({ database: sqlite, waitMs }) })
  return { other, sqlite, db }
}

describe('write transactions', () => {
  it('take the write lock when they begin, so a second writer waits at its begin rather than failing at its first write', async () => {
    const { other, sqlite, db } = twoConnections()
    await db.transaction().execute(async (trx) => {
      expect(() => other.exec('begin immediate')).toThrow(/locked|busy/i)
      await trx.insertInto('t').values({ x: 1 }).execute()
    })
    expect(sqlite.inTransaction).toBe(false)
    await db.destroy()
    other.close()
  })

  it('a writer still locked out when the wait is over is refused as busy ("数据库正忙，请稍后重试"), having written nothing', async () => {
    const { other, db } = twoConnections()
    other.exec('begin immediate')
    const refusal = await db
      .transaction()
      .execute((trx) => trx.insertInto('t').values({ x: 2 }).execute())
      .catch((e: unknown) => e)
    expect(refusal).toBeInstanceOf(AppError)
    expect((refusal as AppError).toJSON()).toEqual({ code: 'busy', reason: 'database_busy', message: '数据库正忙，请稍后重试' })
    other.exec('rollback')
    expect((await sql<{ n: number }>`select count(*) as n from t`.execute(db)).rows[0]!.n).toBe(0)
    await db.destroy()
    other.close()
  })

  it('a writer waiting for the lock goes ahead once the other one commits', async () => {
    // A wait long enough for a loaded machine: the first attempt alone blocks for the busy timeout.
    const { other, db } = twoConnections(5000)
    other.exec('begin immediate')
    const write = db.transaction().execute((trx) => trx.insertInto('t').values({ x: 3 }).execute())
    setImmediate(() => other.exec('commit'))
    await write
    expect((await sql<{ n: number }>`select count(*) as n from t`.execute(db)).rows[0]!.n).toBe(1)
    await db.destroy()
    other.close()
  })
})
