import { afterEach, describe, expect, it, vi } from 'vitest'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import type { Core } from '../../../electron/core/core'
import { insertRecord } from '../../../electron/core/records/records'
import { verifyCommand } from '../../../electron/cli/verify'
import { actorOf, fixedClock, sequentialIds, staff, testPasswordCost } from '../support/test-core'
import { newSession } from '../../../electron/core/call'
import * as accounts from '../../../electron/core/db/migrations/0013-accounts'
import { attach, pondWithSite } from '../support/order-fixtures'
import { lendTodaysTables, returnTodaysTables } from '../support/lent-schema'

const coreModule = '../../../electron/core/core'
const migrationsModule = '../../../electron/core/db/migrations'

afterEach(() => {
  vi.doUnmock(migrationsModule)
  vi.resetModules()
})

/** A data folder as the EcoCase before order links wrote it: migrations up to 0010 only. */
async function openBeforeOrderLinks(dir: string): Promise<Core> {
  vi.resetModules()
  vi.doMock(migrationsModule, async (importOriginal) => {
    const real = await importOriginal<typeof import('../../../electron/core/db/migrations')>()
    return { migrations: Object.fromEntries(Object.entries(real.migrations).filter(([name]) => name < '0011')) }
  })
  const { openCore } = (await import(coreModule)) as typeof import('../../../electron/core/core')
  const core = await openCore({ dataDir: dir, now: fixedClock(), newId: sequentialIds(), passwordCost: testPasswordCost })
  // Today's code signs people in with passwords, which this older schema has no tables for: they are lent for
  // the setup and taken away again by closeBeforeOrderLinks, so migration 0012 makes them on the upgrade.
  await accounts.up(core.db.withoutPlugins() as never)
  await lendTodaysTables(core)
  return core
}

async function closeBeforeOrderLinks(core: Core) {
  returnTodaysTables(core)
  core.sqlite.exec('drop table user_credential; drop table app_user_role; drop table security_setting')
  await core.close()
}

async function openLatest(dir: string): Promise<Core> {
  vi.doUnmock(migrationsModule)
  vi.resetModules()
  const { openCore } = (await import(coreModule)) as typeof import('../../../electron/core/core')
  let n = 1000
  return openCore({ passwordCost: testPasswordCost, dataDir: dir, now: fixedClock('2026-04-01T01:00:00.000Z'), newId: () => `01900000-0000-7000-8000-${(++n).toString(16).padStart(12, '0')}` })
}

/** An order with two sites, a supervisor, a done milestone with evidence, and a voided inspection with a deviation, in the 0009 shape. */
async function oldShapeOrder(core: Core) {
  const people = await staff(core)
  const ids = await pondWithSite(core, people, { assign: false })
  const second = await people.clerk.must('sites.create', {
    caseId: ids.caseId,
    site: { name: '下游沟渠', address: '', latitude: null, longitude: null, accuracyM: null, waterbody: 'river', notes: '' }
  })
  const photo = await attach(core, people.investigator, 'inspection photo')
  const evidence = await attach(core, people.investigator, 'milestone evidence')
  const judge = (await people.judge.must('session.current', {})).user!
  const investigator = (await people.investigator.must('session.current', {})).user!
  const at = '2026-03-02T02:00:00.000Z'
  let eventIds = 0
  const newId = () => `01900000-0000-7000-b000-${(++eventIds).toString(16).padStart(12, '0')}`
  const write = (user: { id: string; displayName: string }, table: string, values: Record<string, unknown>) =>
    core.db.transaction().execute((trx) => insertRecord({ db: trx, user, channel: 'test', now: at, newId }, table as never, values as never))
  const orderId = '01900000-0000-7000-a000-000000000001'
  const milestoneId = '01900000-0000-7000-a000-000000000002'
  const inspectionId = '01900000-0000-7000-a000-000000000003'
  const deviationId = '01900000-0000-7000-a000-000000000004'
  await write(judge, 'restorationOrder', {
    id: orderId, orderNumber: '(2020)闽0626执修1号', orderTypeId: ids.waterTypeId, caseId: ids.caseId, judgmentReference: '(2020)闽0626刑初123号',
    issuedBy: judge.id, issuedOn: '2026-03-01', obligor: '黎某', executor: '', siteIdsJson: JSON.stringify([second.id, ids.siteId]), method: '水生植物净化',
    methodItemsJson: '[]', standardTargetsJson: '[]', measurableTargetsJson: '[]', restorationFeeFen: 0, restorationFeePaid: 0, bondFen: 0, bondPaid: 0,
    fallbackCostFen: 0, deadline: '2027-03-01', supervisorIdsJson: JSON.stringify([investigator.id]), supervisingAgenciesJson: '[]', status: 'issued', statusReason: '', notes: ''
  })
  await write(judge, 'milestone', {
    id: milestoneId, orderId, position: 1, title: '种植水生植物', dueDate: '2026-06-01', criterionText: '种植完成', sampleCriterionJson: null,
    progress: 'done', doneOn: '2026-03-02', evidenceJson: JSON.stringify([evidence]), satisfyingSampleIdsJson: '[]', note: ''
  })
  await write(investigator, 'inspection', {
    id: inspectionId, orderId, milestoneId, inspectedOn: '2026-03-02', investigatorId: investigator.id, findings: '植物长势良好',
    photosJson: JSON.stringify([photo]), samplesTakenJson: '[]', voided: 1, voidReason: '录入错误'
  })
  await write(investigator, 'deviation', {
    id: deviationId, inspectionId, orderId, milestoneId, description: '部分植株枯死', severity: 'minor', correctiveAction: '补种', dueDate: '2026-04-01',
    closedOn: '2026-03-02', closingNote: '已补种', evidenceJson: JSON.stringify([photo]), voided: 0, voidReason: ''
  })
  return { orderId, milestoneId, inspectionId, deviationId, siteIds: [second.id, ids.siteId], investigatorId: investigator.id, photo, evidence, judgeId: judge.id }
}

/** The verify lines that name one of the tables the migration rewrote. */
const orderFindings = (output: string) =>
  output.split('\n').filter((line) => /\[.*\].*(restoration_order|milestone|inspection|deviation|order_site|order_supervisor|_evidence|_photo)/.test(line))

describe('migration 0011-order-links', () => {
  it('moves the id lists into link tables in order, voids by who and when, and the audit trail still binds every row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecocase-links-'))
    const before = await openBeforeOrderLinks(dir)
    const old = await oldShapeOrder(before)
    await closeBeforeOrderLinks(before)

    const core = await openLatest(dir)
    try {
      const links = (table: string) => core.sqlite.prepare(`select * from ${table} order by 1, position`).all()
      expect(links('order_site')).toEqual([
        { order_id: old.orderId, position: 0, site_id: old.siteIds[0] },
        { order_id: old.orderId, position: 1, site_id: old.siteIds[1] }
      ])
      expect(links('order_supervisor')).toEqual([{ order_id: old.orderId, position: 0, user_id: old.investigatorId }])
      expect(links('milestone_evidence')).toEqual([{ milestone_id: old.milestoneId, position: 0, sha256: old.evidence }])
      expect(links('inspection_photo')).toEqual([{ inspection_id: old.inspectionId, position: 0, sha256: old.photo }])
      expect(links('deviation_evidence')).toEqual([{ deviation_id: old.deviationId, position: 0, sha256: old.photo }])
      expect(core.sqlite.prepare('select voided_at, voided_by, void_reason from inspection').get()).toEqual({
        voided_at: '2026-03-02T02:00:00.000Z', voided_by: old.investigatorId, void_reason: '录入错误'
      })
      const columns = core.sqlite.prepare("select name from pragma_table_info('restoration_order')").all() as { name: string }[]
      expect(columns.map((c) => c.name)).not.toContain('site_ids_json')

      // The upgraded folder's passwords are gone with the lent tables: the judge's session is made here, as no transport could.
      const judge = actorOf(core, { ...newSession('internal'), userId: old.judgeId, role: 'judge', lastActiveAt: core.now().getTime() })
      const order = await judge.must('orders.get', { id: old.orderId })
      expect(order.siteIds).toEqual(old.siteIds)
      expect(order.supervisorIds).toEqual([old.investigatorId])
      expect(order.milestones[0]!.evidenceSha256).toEqual([old.evidence])
      expect(order.inspections[0]).toMatchObject({ photoSha256: [old.photo], voided: { reason: '录入错误', voidedBy: old.investigatorId } })
      expect(order.inspections[0]!.deviations[0]).toMatchObject({ evidenceSha256: [old.photo], voided: null })
    } finally {
      await core.close()
    }
    expect(orderFindings((await verifyCommand(dir, {})).output)).toEqual([])
  })

  it('does not carry a change made outside the app before the upgrade into the audit trail', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecocase-links-'))
    const before = await openBeforeOrderLinks(dir)
    const old = await oldShapeOrder(before)
    before.sqlite.prepare("update restoration_order set obligor = '他人', site_ids_json = ? where id = ?").run(JSON.stringify([old.siteIds[1]]), old.orderId)
    await closeBeforeOrderLinks(before)

    await (await openLatest(dir)).close()
    const found = orderFindings((await verifyCommand(dir, {})).output)
    expect(found.join('\n')).toMatch(/restoration_order 中的记录 .*修改前的记录与第 \d+ 号事件之后的记录不符（字段 obligor、site_ids_json）/)
  })
})

describe('row replay across a column added with its default', () => {
  it('reads the column as its default in rows whose events predate it, and still finds a changed value', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecocase-links-'))
    const core = await openLatest(dir)
    await pondWithSite(core, await staff(core))
    core.sqlite.exec("alter table site add column shore text not null default 'east'")
    await core.close()
    const siteFindings = async () => (await verifyCommand(dir, {})).output.split('\n').filter((line) => /表 site /.test(line))
    expect(await siteFindings()).toEqual([])

    const sqlite = new BetterSqlite3(join(dir, 'ecocase.sqlite'))
    sqlite.exec("update site set shore = 'west'")
    sqlite.close()
    expect((await siteFindings()).join('\n')).toMatch(/表 site 中的记录 .*shore：表中为 "west"，审计链为 "east"/)
  })
})
