import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCore, type Core } from '../../../electron/core/core'
import type { KeysetPage } from '../../../electron/shared/common'
import type { DashboardMilestone } from '../../../electron/shared/orders'
import type { Role } from '../../../electron/shared/roles'
import { fixedClock, person, sequentialIds, signIn, staff, testPassword, testPasswordCost, type Actor } from '../support/test-core'
import { manualMilestone, pondWithSite, waterOrder } from '../support/order-fixtures'

/** `milestones.overdue`: the dashboard's overdue list in full, a keyset page at a time (issue 15). */
let core: Core
let dir: string
let people: Record<Role, Actor>
let ids: Awaited<ReturnType<typeof pondWithSite>>

// 2026-03-02 09:00 in Asia/Shanghai (01:00 UTC): "today" is 2026-03-02 there.
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ecocase-overdue-'))
  core = await openCore({ passwordCost: testPasswordCost, dataDir: dir, now: fixedClock('2026-03-02T01:00:00.000Z'), newId: sequentialIds() })
  people = await staff(core)
  ids = await pondWithSite(core, people)
})

afterEach(async () => {
  await core?.close()
  rmSync(dir, { recursive: true, force: true })
})

const day = (i: number) => `2026-02-${String(i).padStart(2, '0')}`

/** An order with these milestones; issued unless `draft`. */
async function order(orderNumber: string, dueDates: string[], { draft = false } = {}) {
  const created = await people.judge.must('orders.create', waterOrder(ids, { orderNumber }))
  for (const [i, dueDate] of dueDates.entries()) await people.judge.must('milestones.create', { orderId: created.id, milestone: manualMilestone({ title: `${orderNumber} 第 ${i + 1} 步`, dueDate }) })
  if (draft) return created
  const withMilestones = await people.judge.must('orders.get', { id: created.id })
  return people.judge.must('orders.issue', { password: testPassword, id: created.id, revision: withMilestones.revision, issuedOn: '2025-12-01' })
}

/** Every page of the list, following `next` from the first. */
async function allPages(actor: Actor, limit: number) {
  const pages: { items: DashboardMilestone[]; total: number | null }[] = []
  let after: string | null = null
  do {
    const page: KeysetPage<DashboardMilestone> = await actor.must('milestones.overdue', { after, limit })
    pages.push(page)
    after = page.next
  } while (after !== null)
  return pages
}

describe('overdue milestones, paged', () => {
  it('reaches every overdue milestone of the live orders once, longest overdue first, across orders; not one due today, of a draft or removed', async () => {
    // Two orders whose overdue milestones interleave by due date: the list follows the dates, not the orders.
    await order('（2020）闽0626执修1号', [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23].map(day).concat(['2026-03-02', '2026-03-20']))
    const second = await order('（2020）闽0626执修2号', [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26].map(day))
    await order('（2020）闽0626执修3号', [day(1)], { draft: true })
    const removed = second.milestones.find((m) => m.dueDate === day(26))!
    await people.judge.must('milestones.remove', { id: removed.id, revision: removed.revision, reason: '并入上一步' })

    const pages = await allPages(people.judge, 10)
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 4])
    expect(pages.map((p) => p.total)).toEqual([24, null, null])
    const items = pages.flatMap((p) => p.items)
    expect(items.map((m) => m.dueDate)).toEqual(Array.from({ length: 24 }, (_, i) => day(i + 1)))
    expect(new Set(items.map((m) => m.milestoneId)).size).toBe(24)
    expect(items[0]).toMatchObject({ title: '（2020）闽0626执修1号 第 1 步', daysLeft: -29, status: 'overdue', orderNumber: '（2020）闽0626执修1号', orderTypeName: '水质净化令' })
    expect(items.every((m) => m.status === 'overdue' && m.daysLeft < 0)).toBe(true)

    // The dashboard's count and first 20 are the same list's.
    const board = await people.judge.must('orders.dashboard', {})
    expect(board.counts.overdue).toBe(24)
    expect(board.overdue).toEqual(items.slice(0, 20))
  })

  it('shows a milestone with an open deviation as deviated', async () => {
    const issued = await order('（2020）闽0626执修1号', [day(10)])
    const inspection = await people.investigator.must('inspections.create', { orderId: issued.id, milestoneId: issued.milestones[0]!.id, inspectedOn: '2026-02-12', findings: '缺株', photoSha256: [], samplesTaken: [] })
    await people.investigator.must('deviations.create', { inspectionId: inspection.id, description: '缺株', severity: 'minor', correctiveAction: '补种', dueDate: '2026-03-10' })
    expect((await people.judge.must('milestones.overdue', {})).items.map((m) => [m.title, m.status])).toEqual([['（2020）闽0626执修1号 第 1 步', 'deviated']])
  })

  it('is narrowed to the caller’s cases: the case’s investigator reads it, another investigator none of it', async () => {
    await order('（2020）闽0626执修1号', [day(3), day(4)])
    const other = await person(people.admin, 'zhao', '赵调查官', 'investigator')
    expect(await other.must('milestones.overdue', {})).toEqual({ items: [], next: null, total: 0 })
    const own = await people.investigator.must('milestones.overdue', {})
    expect(own.items.map((m) => m.dueDate)).toEqual([day(3), day(4)])
    expect(own.total).toBe(2)
  })

  it('refuses a cursor it did not make, and a page over 500, changing nothing', async () => {
    expect(await people.judge.call('milestones.overdue', { after: 'not-a-cursor' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fieldErrors: { after: expect.any(String) } } })
    expect(await people.judge.call('milestones.overdue', { limit: 501 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })
})

describe('migration 0030-open-milestones-due', () => {
  it('indexes the open milestones of a folder that has orders, in due order, and drops the index it replaces', async () => {
    await order('（2020）闽0626执修1号', [day(5), day(1), '2026-04-01'])
    // Back to the schema before 0030, the milestones kept: the next open runs 0030 over them.
    core.sqlite.exec("drop index milestone_open_due; create index milestone_progress_due on milestone (progress, due_date); delete from kysely_migration where name = '0030-open-milestones-due'")
    await core.close()
    core = await openCore({ passwordCost: testPasswordCost, dataDir: dir, now: fixedClock('2026-03-02T01:00:00.000Z') })
    const indexes = core.sqlite.prepare("select name from sqlite_master where type = 'index' and tbl_name = 'milestone'").pluck().all()
    expect(indexes).toContain('milestone_open_due')
    expect(indexes).not.toContain('milestone_progress_due')
    const inIndex = core.sqlite.prepare("select due_date from milestone indexed by milestone_open_due where progress in ('pending', 'in_progress') and voided_at is null order by due_date").pluck().all()
    expect(inIndex).toEqual([day(1), day(5), '2026-04-01'])
    const judge = await signIn(core, 'judge')
    expect((await judge.must('milestones.overdue', {})).items.map((m) => m.dueDate)).toEqual([day(1), day(5)])
  })
})
