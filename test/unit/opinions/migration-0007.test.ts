import { describe, expect, it } from 'vitest'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { migrations } from '../../../electron/core/db/migrations'

describe('migration 0007-opinions', () => {
  it('adds estimates, opinion versions, signatures, visit and sample links and the account-to-expert link on a fresh database', async () => {
    const sqlite = new BetterSqlite3(':memory:')
    sqlite.pragma('foreign_keys = ON')
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
    for (const [name, migration] of Object.entries(migrations)) if (name <= '0007-opinions') await migration.up(db)
    const tables = (sqlite.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((r) => r.name)
    expect(tables).toEqual(expect.arrayContaining(['damage_estimate', 'opinion', 'opinion_signature', 'opinion_visit', 'opinion_sample', 'opinion_draft_order']))
    const userColumns = (sqlite.prepare('pragma table_info(app_user)').all() as { name: string }[]).map((c) => c.name)
    expect(userColumns).toContain('expert_id')
    // The seeded administrator is unlinked; a link must name an expert that exists.
    expect(sqlite.prepare("select expert_id from app_user where username = 'admin'").get()).toEqual({ expert_id: null })
    expect(() => sqlite.prepare("update app_user set expert_id = 'nobody' where username = 'admin'").run()).toThrow(/FOREIGN KEY/)
    const stamp = "'t','t','u',0"
    sqlite.exec(`insert into court_case (id, case_number, year, type, stage, cause, court, status, filed_on, hearing_on, judged_on, closed_on, matter_id, notes, created_at, updated_at, updated_by, revision)
      values ('c', 'n', 2020, 'criminal', 'first_instance', 'x', 'x', 'registered', '2020-01-01', '', '', '', 'c', '', ${stamp})`)
    const opinion = (id: string, version: number, previous: string | null, status = 'draft') =>
      sqlite.prepare(`insert into opinion (id, case_id, version, previous_version_id, status, questions_json, findings, options_json, statement, created_at, updated_at, updated_by, revision)
        values (?, 'c', ?, ?, ?, '[]', '', '[]', '', ${stamp})`).run(id, version, previous, status)
    opinion('o1', 1, null)
    opinion('o2', 2, 'o1')
    // Versions form one line: a version number once per case, a version replaced once.
    expect(() => opinion('o3', 2, null)).toThrow(/UNIQUE/)
    expect(() => opinion('o3', 3, 'o1')).toThrow(/UNIQUE/)
    expect(() => opinion('o3', 3, 'o2', 'approved')).toThrow(/CHECK/)
    // A version links each visit and sample once, and only ones that exist.
    sqlite.exec(`insert into site_visit (id, case_id, visit_date, people_present, weather, notes, created_at, updated_at, updated_by, revision)
      values ('v', 'c', '2020-05-12', '[]', '', '', ${stamp})`)
    const link = (visit: string) => sqlite.prepare("insert into opinion_visit (opinion_id, visit_id, position) values ('o1', ?, 0)").run(visit)
    link('v')
    expect(() => link('v')).toThrow(/UNIQUE/)
    expect(() => link('nowhere')).toThrow(/FOREIGN KEY/)
    expect(() => sqlite.prepare("insert into opinion_sample (opinion_id, sample_id, position) values ('o1', 'nothing', 0)").run()).toThrow(/FOREIGN KEY/)
    await db.destroy()
  })
})
