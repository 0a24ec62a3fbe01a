import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openCore, type Core } from '../../../electron/core/core'
import { loadDemo } from '../../../electron/core/demo/load-demo'
import { signIn, testPasswordCost, type Actor } from '../support/test-core'

let core: Core
let judge: Actor
let clerk: Actor
let lin: Actor

beforeAll(async () => {
  core = await openCore({ dataDir: mkdtempSync(join(tmpdir(), 'ecocase-home-')), passwordCost: testPasswordCost })
  await loadDemo(core)
  judge = await signIn(core, 'wang.judge', 'ecocase-demo')
  clerk = await signIn(core, 'chen.clerk', 'ecocase-demo')
  lin = await signIn(core, 'lin.investigator', 'ecocase-demo')
}, 120_000)
afterAll(() => core.close())

describe('the judge’s dashboard charts', () => {
  it('count orders by status and milestones done and overdue, month by month for twelve months', async () => {
    const charts = await judge.must('orders.charts', {})
    expect(charts.months).toHaveLength(12)
    expect(charts.months.at(-1)).toBe(new Date().toISOString().slice(0, 7))
    const orders = core.sqlite.prepare('select count(*) as n from restoration_order where voided_at is null').get() as { n: number }
    const charted = charts.ordersByStatus.flatMap((s) => s.counts).reduce((a, b) => a + b, 0)
    expect(charted).toBeLessThanOrEqual(orders.n)
    expect(charts.milestonesCompleted).toHaveLength(12)
    const done = core.sqlite.prepare("select count(*) as n from milestone where voided_at is null and done_on >= ?").get(`${charts.months[0]}-01`) as { n: number }
    expect(charts.milestonesCompleted.reduce((a, b) => a + b, 0)).toBe(done.n)
    expect(charts.milestonesOverdue.every((n) => Number.isInteger(n) && n >= 0)).toBe(true)
  })
})

describe('the clerk’s cases awaiting assignment', () => {
  it('lists open cases nobody is assigned to, with their count, and refuses an investigator', async () => {
    const waiting = await clerk.must('cases.awaitingAssignment', {})
    expect(waiting.total).toBe(waiting.items.length)
    const assigned = core.sqlite
      .prepare("select distinct case_id from assignment where status in ('proposed','notified','active','completed')")
      .all()
      .map((r) => (r as { case_id: string }).case_id)
    for (const c of waiting.items) expect(assigned).not.toContain(c.caseId)
    const open = core.sqlite.prepare("select count(*) as n from court_case where status != 'closed'").get() as { n: number }
    expect(waiting.total).toBe(open.n - assigned.length)
    const refused = await lin.call('cases.awaitingAssignment', {})
    expect(refused.ok || refused.error.code).toBe('forbidden')
  })
})
