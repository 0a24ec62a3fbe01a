import { afterEach, describe, expect, it } from 'vitest'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect, sql } from 'kysely'
import { busyTimeoutMs } from '../../electron/core/db/sqlite'
import { migrations } from '../../electron/core/db/migrations'
import { openCore, type Core } from '../../electron/core/core'
import { testPasswordCost } from './support/test-core'

const opened: Core[] = []
afterEach(async () => {
  while (opened.length) await opened.pop()!.close()
})

function tables(sqlite: BetterSqlite3.Database): string[] {
  return (sqlite.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[]).map((r) => r.name)
}

describe('migrations', () => {
  // Numbers are reserved per piece of work (TEAM.md) and may land out of turn, so a gap is allowed; a repeat or a step back is not.
  it('are numbered in strictly increasing order, so the forward-only sequence is unambiguous', () => {
    const names = Object.keys(migrations)
    expect(names).toEqual([...names].sort())
    const numbers = names.map((name) => Number(/^(\d{4})-/.exec(name)?.[1]))
    expect(numbers[0]).toBe(1)
    numbers.slice(1).forEach((n, i) => expect(n).toBeGreaterThan(numbers[i]!))
  })

  it('0001-foundation creates the audit, user, field and expert tables and seeds the 11 fields and an administrator', async () => {
    const sqlite = new BetterSqlite3(':memory:')
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
    await migrations['0001-foundation']!.up(db)
    expect(tables(sqlite)).toEqual(expect.arrayContaining(['app_user', 'audit_event', 'expert', 'expert_affiliation', 'expert_field', 'field']))
    const fields = sqlite.prepare('select code, name_zh from field order by sort_order').all() as { code: string; name_zh: string }[]
    expect(fields).toHaveLength(11)
    expect(fields[0]).toEqual({ code: 'forestry', name_zh: '林业生态' })
    expect(sqlite.prepare("select role from app_user where username = 'admin'").get()).toEqual({ role: 'admin' })
    expect(() => sqlite.prepare("insert into app_user (id, username, display_name, role, created_at, updated_at, updated_by) values ('x','y','z','janitor','t','t','t')").run()).toThrow(/CHECK/)
    await db.destroy()
  })

  it('opening twice applies nothing twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecocase-mig-'))
    await (await openCore({ passwordCost: testPasswordCost, dataDir: dir })).close()
    const core = await openCore({ passwordCost: testPasswordCost, dataDir: dir })
    opened.push(core)
    const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(core.db)
    expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(migrations))
    expect(await core.db.selectFrom('field').select('id').execute()).toHaveLength(11)
  })

  it('refuses a database written by a newer EcoCase, touching nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecocase-mig-'))
    const core = await openCore({ passwordCost: testPasswordCost, dataDir: dir })
    await sql`insert into kysely_migration (name, timestamp) values ('9999-from-the-future', '2030-01-01T00:00:00.000Z')`.execute(core.db)
    await core.close()
    await expect(openCore({ passwordCost: testPasswordCost, dataDir: dir })).rejects.toThrow(/更新版本的 EcoCase.*9999-from-the-future/)
  })

  it('opens with WAL, synchronous FULL, foreign keys and a busy timeout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecocase-mig-'))
    const core = await openCore({ passwordCost: testPasswordCost, dataDir: dir })
    opened.push(core)
    expect(core.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(core.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(core.sqlite.pragma('synchronous', { simple: true })).toBe(2)
    expect(core.sqlite.pragma('busy_timeout', { simple: true })).toBe(busyTimeoutMs)
  })
})
