import { describe, expect, it } from 'vitest'
import BetterSqlite3 from 'better-sqlite3'
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely'
import { SqliteCamelCasePlugin } from '../../../electron/core/db/sqlite-camel-case'

interface Db {
  labResult: { id: string; sampleId: string; detectionLimit: number | null; rawBytes: Buffer | null; bigValue: bigint | null }
}

function database(plugin: CamelCasePlugin): Kysely<Db> {
  const sqlite = new BetterSqlite3(':memory:')
  sqlite.defaultSafeIntegers(false)
  sqlite.exec('create table lab_result (id text primary key, sample_id text, detection_limit real, raw_bytes blob, big_value integer)')
  sqlite.prepare('insert into lab_result values (?, ?, ?, ?, ?)').run('r1', 's1', 0.05, Buffer.from([1, 2]), 9007199254740991)
  sqlite.prepare('insert into lab_result values (?, ?, ?, ?, ?)').run('r2', 's2', null, null, null)
  return new Kysely<Db>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [plugin] })
}

describe('the camelCase mapping of result rows', () => {
  it('names every column as kysely’s CamelCasePlugin does and keeps each value as SQLite gave it', async () => {
    const query = (db: Kysely<Db>) => db.selectFrom('labResult').selectAll().orderBy('id').execute()
    const lean = await query(database(new SqliteCamelCasePlugin()))
    expect(lean).toEqual(await query(database(new CamelCasePlugin())))
    expect(lean[0]).toEqual({ id: 'r1', sampleId: 's1', detectionLimit: 0.05, rawBytes: Buffer.from([1, 2]), bigValue: 9007199254740991 })
    expect(Buffer.isBuffer(lean[0]!.rawBytes)).toBe(true)
  })

  it('names an aliased column as written', async () => {
    const rows = await database(new SqliteCamelCasePlugin()).selectFrom('labResult').select(['sampleId as theSample']).where('id', '=', 'r2').execute()
    expect(rows).toEqual([{ theSample: 's2' }])
  })
})
