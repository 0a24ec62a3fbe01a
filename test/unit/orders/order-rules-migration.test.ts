import { afterEach, describe, expect, it, vi } from 'vitest'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Core } from '../../../electron/core/core'
import { verifyCommand } from '../../../electron/cli/verify'
import { fixedClock, sequentialIds, staff, testPasswordCost } from '../support/test-core'
import { insertRecord, updateRecord } from '../../../electron/core/records/records'
import { attach, pondWithSite } from '../support/order-fixtures'
import { lendTodaysTables, returnTodaysTables } from '../support/lent-schema'

const coreModule = '../../../electron/core/core'
const migrationsModule = '../../../electron/core/db/migrations'

afterEach(() => {
  vi.doUnmock(migrationsModule)
  vi.resetModules()
})

/** Opens `dir` with the migrations before 0016 only, as the EcoCase before the order rules did. */
async function openBeforeOrderRules(dir: string): Promise<Core> {
  vi.resetModules()
  vi.doMock(migrationsModule, async (importOriginal) => {
    const real = await importOriginal<typeof import('../../../electron/core/db/migrations')>()
    return { migrations: Object.fromEntries(Object.entries(real.migrations).filter(([name]) => name < '0016')) }
  })
  const { openCore } = (await import(coreModule)) as typeof import('../../../electron/core/core')
  const core = await openCore({ dataDir: dir, now: fixedClock(), newId: sequentialIds(), passwordCost: testPasswordCost })
  await lendTodaysTables(core)
  return core
}

async function closeBeforeOrderRules(core: Core) {
  returnTodaysTables(core)
  await core.close()
}

async function openLatest(dir: string): Promise<Core> {
  vi.doUnmock(migrationsModule)
  vi.resetModules()
  const { openCore } = (await import(coreModule)) as typeof import('../../../electron/core/core')
  let n = 5000
  return openCore({ passwordCost: testPasswordCost, dataDir: dir, now: fixedClock('2026-04-01T01:00:00.000Z'), newId: () => `01900000-0000-7000-8000-${(++n).toString(16).padStart(12, '0')}` })
}

/** The verify lines that name a table the migration touched. */
const findings = (output: string) =>
  output.split('\n').filter((line) => /\[.*\].*(order_type|restoration_order|milestone|acceptance)/.test(line))

describe('migration 0016-order-rules', () => {
  it('renames the seeded types and gives them their methods and sources, keeps an administrator\'s own name, carries orders over, and the audit trail still binds every row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecocase-order-rules-'))
    const before = await openBeforeOrderRules(dir)
    const people = await staff(before)
    const ids = await pondWithSite(before, people, { assign: false })
    const judge = (await people.judge.must('session.current', {})).user!
    const admin = (await people.admin.must('session.current', {})).user!
    const report = await attach(before, people.judge, 'acceptance report')
    // Today's channels write today's columns: the rows of the old shape are written as that EcoCase's channels did.
    let eventIds = 0
    const newId = () => `01900000-0000-7000-b000-${(++eventIds).toString(16).padStart(12, '0')}`
    const writer = (user: { id: string; displayName: string }) => ({ user, channel: 'test', now: '2026-03-02T02:00:00.000Z', newId })
    const insert = (user: { id: string; displayName: string }, table: string, values: Record<string, unknown>) =>
      before.db.transaction().execute((trx) => insertRecord({ db: trx, ...writer(user) }, table as never, values as never))
    const restocking = (await people.judge.must('orderTypes.list', {})).find((t) => t.code === 'fish_restocking')!
    await before.db.transaction().execute((trx) =>
      updateRecord({ db: trx, ...writer(admin) }, 'orderType', restocking.id, { revision: restocking.revision, set: { nameZh: '增殖放流（渔业）' } as never })
    )
    const orderId = '01900000-0000-7000-a000-000000000001'
    await insert(judge, 'restorationOrder', {
      id: orderId, orderNumber: '（2020）闽0626执修1号', orderTypeId: ids.waterTypeId, caseId: ids.caseId, judgmentReference: '', issuedBy: judge.id,
      issuedOn: '2026-03-01', obligor: '黎某', executor: '', method: '水生植物净化', methodItemsJson: '[]', standardTargetsJson: '[]',
      measurableTargetsJson: '[]', restorationFeeFen: 0, restorationFeePaid: 0, bondFen: 0, bondPaid: 0, fallbackCostFen: 0, deadline: '2027-03-01',
      supervisingAgenciesJson: '[]', status: 'accepted', statusReason: '', notes: ''
    })
    await insert(judge, 'milestone', {
      id: '01900000-0000-7000-a000-000000000002', orderId, position: 1, title: '种植', dueDate: '2026-06-01', criterionText: '种植完成',
      sampleCriterionJson: null, progress: 'done', doneOn: '2026-03-02', note: ''
    })
    await insert(judge, 'acceptance', {
      id: '01900000-0000-7000-a000-000000000003', orderId, acceptingBody: '漳浦县生态环境局', acceptedOn: '2026-03-02', result: 'passed', notes: '', reportSha256: report
    })
    await closeBeforeOrderRules(before)

    const core = await openLatest(dir)
    try {
      const rows = core.sqlite.prepare('select code, name_zh, method_zh, source from order_type order by sort_order').all() as Record<string, string>[]
      expect(rows.map((r) => [r.code, r.name_zh, r.method_zh, r.source !== ''])).toEqual([
        ['water_purification', '水质净化令', '水质净化', false],
        ['soil_purification', '土壤净化令', '土壤净化', false],
        ['replanting', '补植复绿令', '补植复绿', true],
        ['fish_restocking', '增殖放流（渔业）', '', false],
        ['labour_in_lieu', '劳务代偿', '劳务代偿', true]
      ])
      const migrated = core.sqlite.prepare("select count(*) as n from audit_event where channel = 'migration:0016-order-rules'").get() as { n: number }
      // Every type row gained its two columns, so each has its event (four renamed, the administrator's with empty method and source).
      expect(migrated.n).toBe(5)
      const carried = core.sqlite.prepare('select voided_at, upkeep_months, restocking_approved_by, restocking_items_json from restoration_order').get()
      expect(carried).toEqual({ voided_at: null, upkeep_months: null, restocking_approved_by: null, restocking_items_json: '[]' })
      expect(core.sqlite.prepare('select progress, voided_at, change_reason from milestone').get()).toEqual({ progress: 'done', voided_at: null, change_reason: '' })
      // An acceptance recorded before joint teams keeps its accepting body, with no members and no survival rate.
      expect(core.sqlite.prepare('select accepting_body, survival_rate_pct from acceptance').get()).toEqual({ accepting_body: '漳浦县生态环境局', survival_rate_pct: null })
      expect(core.sqlite.prepare('select count(*) as n from acceptance_member').get()).toEqual({ n: 0 })
    } finally {
      await core.close()
    }
    expect(findings((await verifyCommand(dir, {})).output)).toEqual([])
  })
})
