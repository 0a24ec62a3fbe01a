import { afterEach, describe, expect, it, vi } from 'vitest'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Core } from '../../../electron/core/core'
import { verifyCommand } from '../../../electron/cli/verify'
import { demoPassword } from '../../../electron/core/demo/demo-password'
import { signIn, testPasswordCost } from '../support/test-core'

const coreModule = '../../../electron/core/core'
const migrationsModule = '../../../electron/core/db/migrations'

afterEach(() => {
  vi.doUnmock(migrationsModule)
  vi.resetModules()
})

/** Opens `dir` with the migrations before `before` only (as an older EcoCase did), or with all. */
async function openWithMigrations(dir: string, before: string | null): Promise<Core> {
  vi.resetModules()
  if (before) {
    vi.doMock(migrationsModule, async (importOriginal) => {
      const real = await importOriginal<typeof import('../../../electron/core/db/migrations')>()
      return { migrations: Object.fromEntries(Object.entries(real.migrations).filter(([name]) => name < before)) }
    })
  } else vi.doUnmock(migrationsModule)
  const { openCore } = (await import(coreModule)) as typeof import('../../../electron/core/core')
  return openCore({ dataDir: dir, passwordCost: testPasswordCost })
}

describe('migration 0028-dashboard-order-counts', () => {
  it("indexes the orders of a folder of the previous schema; the dashboard's counts by status and type stay those of the table", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecocase-dashboard-counts-'))
    const old = await openWithMigrations(dir, '0028')
    const { loadDemo } = (await import('../../../electron/core/demo/load-demo')) as typeof import('../../../electron/core/demo/load-demo')
    await loadDemo(old)
    await old.close()

    const core = await openWithMigrations(dir, null)
    try {
      const indexes = core.sqlite.prepare("select name from sqlite_master where type = 'index' and tbl_name = 'restoration_order'").pluck().all()
      expect(indexes).toEqual(expect.arrayContaining(['restoration_order_live_status', 'restoration_order_live_type']))
      const judge = await signIn(core, 'wang.judge', demoPassword)
      const dashboard = await judge.must('orders.dashboard', {})
      const byStatus = core.sqlite.prepare('select status, count(*) as n from restoration_order where voided_at is null group by status').all() as { status: string; n: number }[]
      const counted = Object.fromEntries(dashboard.byStatus.filter((s) => s.count > 0).map((s) => [s.status, s.count]))
      expect(counted).toEqual(Object.fromEntries(byStatus.map((r) => [r.status, r.n])))
      const types = core.sqlite.prepare('select t.id, t.name_zh, (select count(*) from restoration_order o where o.order_type_id = t.id and o.voided_at is null) as n from order_type t order by t.sort_order').all() as { id: string; name_zh: string; n: number }[]
      expect(dashboard.byType).toEqual(types.map((t) => ({ orderTypeId: t.id, name: t.name_zh, count: t.n })))
      expect(dashboard.byType.some((t) => t.count > 0)).toBe(true)
    } finally {
      await core.close()
    }
    expect((await verifyCommand(dir, {})).output).toContain('结论：通过')
  }, 120_000)
})
