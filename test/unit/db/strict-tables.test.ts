import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect, sql } from 'kysely'
import type { Migration } from 'kysely/migration'
import { describe, expect, it } from 'vitest'
import { migrations } from '../../../electron/core/db/migrations'

/**
 * The migrations shipped before the rule "every new table is STRICT" (TEAM.md,
 * issue 9): their tables stay as they are, since a shipped migration is never
 * edited. Every other migration, whatever its number (numbers are reserved per
 * piece of work and land out of turn), must make its tables STRICT.
 */
const beforeStrictRule = new Set([
  '0001-foundation', '0002-cases', '0003-assignments', '0004-sampling', '0005-field-notebook', '0006-orders',
  '0007-opinions', '0008-installation-chain', '0009-case-reopening', '0010-recusal-grounds', '0011-order-links',
  '0012-court-settings', '0013-accounts', '0014-exchange', '0015-backup-schedule', '0016-order-rules',
  '0017-sample-amendments', '0018-search-and-keyset', '0019-personal-signatures', '0020-search-orders-opinions',
  '0021-order-and-audit-keyset', '0026-expert-pinyin-order'
])

interface TableState { strict: boolean; rootpage: number }

function tableStates(sqlite: BetterSqlite3.Database): Map<string, TableState> {
  const rows = sqlite
    .prepare(`select l.name, l.strict, m.rootpage from pragma_table_list l join sqlite_master m on m.name = l.name
              where l.schema = 'main' and l.type = 'table' and l.name not like 'sqlite_%' and l.name not like 'kysely_%'`)
    .all() as { name: string; strict: number; rootpage: number }[]
  return new Map(rows.map((r) => [r.name, { strict: r.strict === 1, rootpage: r.rootpage }]))
}

/**
 * Runs the migrations in order on a fresh database and names, per migration
 * under the rule, each table it made that is not STRICT: a table of a new
 * name, or a table rebuilt under an old name (made new, then renamed over the old one: a new b-tree, so a new root page).
 */
async function nonStrictTables(list: Record<string, Migration>): Promise<string[]> {
  const sqlite = new BetterSqlite3(':memory:')
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
  const found: string[] = []
  try {
    for (const [name, migration] of Object.entries(list)) {
      const before = tableStates(sqlite)
      await migration.up(db)
      if (beforeStrictRule.has(name)) continue
      for (const [table, state] of tableStates(sqlite)) {
        const made = before.get(table)?.rootpage !== state.rootpage
        if (made && !state.strict) found.push(`${name}: ${table}`)
      }
    }
  } finally {
    await db.destroy()
  }
  return found
}

describe('STRICT tables', () => {
  it('every table a migration after the rule creates or rebuilds is STRICT', async () => {
    expect(await nonStrictTables(migrations)).toEqual([])
  })

  it('a new migration that creates or rebuilds a table without STRICT is named, a STRICT one is not', async () => {
    const later: Record<string, Migration> = {
      '0901-loose': { up: async (db) => void (await sql`create table loose (id text primary key)`.execute(db)) },
      '0902-tight': { up: async (db) => void (await sql`create table tight (id text primary key) strict`.execute(db)) },
      '0903-rebuild': {
        up: async (db) => {
          await sql`create table tight_new (id text primary key, note text)`.execute(db)
          await sql`drop table tight`.execute(db)
          await sql`alter table tight_new rename to tight`.execute(db)
        }
      }
    }
    expect(await nonStrictTables({ ...migrations, ...later })).toEqual(['0901-loose: loose', '0903-rebuild: tight'])
  })
})
