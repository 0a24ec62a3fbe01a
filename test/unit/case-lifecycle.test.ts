import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { expertInput } from './support/expert-fixtures'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Core } from '../../electron/core/core'
import type { CourtCase } from '../../electron/shared/cases'
import type { Role } from '../../electron/shared/roles'
import { migrations } from '../../electron/core/db/migrations'
import { closingProblems } from '../../electron/core/cases/case-lifecycle'
import { staff, testCore, type Actor, testPassword } from './support/test-core'
import { pondCase } from './support/case-fixtures'
import { pondWithSite, waterOrder } from './support/order-fixtures'

let core: Core
let people: Record<Role, Actor>
let ids: Awaited<ReturnType<typeof pondWithSite>>
let judgeId: string

beforeEach(async () => {
  core = await testCore()
  people = await staff(core)
  ids = await pondWithSite(core, people)
  judgeId = (await people.clerk.must('users.list', {})).find((u) => u.role === 'judge')!.id
  const c = await people.clerk.must('cases.get', { id: ids.caseId })
  await people.clerk.must('cases.update', { id: c.id, revision: c.revision, courtCase: { ...pondCase({ judgeId }), sameMatterAs: null } })
})
afterEach(() => core.close())

async function advanceTo(status: 'restoration'): Promise<CourtCase> {
  let c = await people.judge.must('cases.get', { id: ids.caseId })
  for (const next of ['in_trial', 'judged', status] as const) c = await people.judge.must('cases.setStatus', { id: c.id, revision: c.revision, status: next })
  return c
}

const site = { name: '下游沟渠', address: '', latitude: null, longitude: null, accuracyM: null, waterbody: 'lake' as const, notes: '' }

describe('closing a case', () => {
  it('names every missing piece: the judgment date, the closing date, and an order still in draft', () => {
    expect(closingProblems({ judgedOn: '', closedOn: '' }, ['执修1号'])).toEqual([
      { reason: 'close_needs_judged_on' },
      { reason: 'close_needs_closed_on' },
      { reason: 'close_draft_orders', params: { orders: '执修1号' } }
    ])
    expect(closingProblems({ judgedOn: '2021-01-05', closedOn: '2021-03-01' }, [])).toEqual([])
  })

  it('refuses to close without judgment and closing dates or with a draft order, then closes; a closed case takes no designation, draw or site', async () => {
    let c = await advanceTo('restoration')
    const bare = await people.judge.call('cases.setStatus', { id: c.id, revision: c.revision, status: 'closed' })
    expect(bare.ok || bare.error).toMatchObject({ code: 'conflict', reason: 'case_cannot_close', message: '不能结案：尚未填写判决日期、尚未填写结案日期' })
    c = await people.clerk.must('cases.update', { id: c.id, revision: c.revision, courtCase: { ...pondCase({ judgeId, judgedOn: '2021-01-05', closedOn: '2021-03-01' }), sameMatterAs: null } })
    const draft = await people.judge.must('orders.create', waterOrder(ids))
    const withDraft = await people.judge.call('cases.setStatus', { id: c.id, revision: c.revision, status: 'closed' })
    expect(withDraft.ok || withDraft.error.message).toBe(`不能结案：修复令 ${draft.orderNumber} 仍是草稿`)
    for (const link of ['orderSite', 'orderSupervisor'] as const) await core.db.deleteFrom(link).where('orderId', '=', draft.id).execute()
    await core.db.deleteFrom('restorationOrder').where('id', '=', draft.id).execute()
    c = await people.judge.must('cases.setStatus', { id: c.id, revision: c.revision, status: 'closed' })
    expect(c.status).toBe('closed')

    const refusal = `${c.caseNumber} 已结案，不能`
    const newSite = await people.clerk.call('sites.create', { caseId: c.id, site })
    expect(newSite.ok || newSite.error.message).toContain(`${refusal}登记新的地点`)
    const fields = await people.clerk.must('fields.list', {})
    const draw = await people.clerk.call('draws.create', { password: testPassword, caseId: c.id, fieldIds: [fields[0]!.id], count: 1, balanced: false, replacesAssignmentId: null })
    expect(draw.ok || draw.error.message).toContain(`${refusal}抽取技术调查官`)
    const expert = await people.clerk.must('experts.create', expertInput([fields[0]!.id], { name: '甲', organisation: '某研究院', title: '高级工程师' }))
    const designate = await people.clerk.call('assignments.designate', { caseId: c.id, expertId: expert.id, fieldId: fields[0]!.id, overrideReason: '', replacesAssignmentId: null })
    expect(designate.ok || designate.error.message).toContain(`${refusal}指派技术调查官`)
  })

  it('is reopened only by its judge, with a reason kept in the case, back to the restoration stage', async () => {
    let c = await advanceTo('restoration')
    c = await people.clerk.must('cases.update', { id: c.id, revision: c.revision, courtCase: { ...pondCase({ judgeId, judgedOn: '2021-01-05', closedOn: '2021-03-01' }), sameMatterAs: null } })
    const open = await people.judge.call('cases.reopen', { id: c.id, revision: c.revision, reason: '复查' })
    expect(open.ok || open.error.message).toBe('只有已结案的案件可以重新开启')
    c = await people.judge.must('cases.setStatus', { id: c.id, revision: c.revision, status: 'closed' })
    const clerk = await people.clerk.call('cases.reopen', { id: c.id, revision: c.revision, reason: '复查' })
    expect(clerk.ok || clerk.error.code).toBe('forbidden')
    const blank = await people.judge.call('cases.reopen', { id: c.id, revision: c.revision, reason: '' })
    expect(blank.ok || blank.error.fieldErrors).toEqual({ reason: '请填写重新开启的理由' })
    const reopened = await people.judge.must('cases.reopen', { id: c.id, revision: c.revision, reason: '验收后回访发现水质反弹，需补充修复' })
    expect(reopened).toMatchObject({ status: 'restoration', closedOn: '' })
    expect(reopened.reopenings).toEqual([{ reason: '验收后回访发现水质反弹，需补充修复', closedOn: '2021-03-01', reopenedAt: expect.any(String), reopenedBy: '王法官' }])
    expect((await people.clerk.must('sites.create', { caseId: c.id, site })).name).toBe('下游沟渠')
  })
})

describe('sites of a matter', () => {
  it('are shared by the linked cases, and a judge may add one', async () => {
    const linked = await people.clerk.must('cases.create', pondCase({ caseNumber: '(2020)闽0626民初456号', type: 'public_interest', sameMatterAs: ids.caseId }))
    expect((await people.clerk.must('sites.list', { caseId: linked.id })).map((s) => s.id)).toEqual([ids.siteId])
    const added = await people.judge.must('sites.create', { caseId: linked.id, site })
    expect((await people.clerk.must('sites.list', { caseId: ids.caseId })).map((s) => s.id)).toEqual([ids.siteId, added.id])
    const alone = await people.clerk.must('cases.create', pondCase({ caseNumber: '(2021)闽0626刑初7号' }))
    expect(await people.clerk.must('sites.list', { caseId: alone.id })).toEqual([])
  })
})

describe('migration 0009-case-reopening', () => {
  it('adds the reopening table over a database holding cases of the previous schema', async () => {
    const sqlite = new BetterSqlite3(':memory:')
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
    const names = Object.keys(migrations)
    for (const name of names.slice(0, names.indexOf('0009-case-reopening'))) await migrations[name]!.up(db)
    const row = { id: 'c1', case_number: '（2020）闽0626刑初123号', year: 2020, type: 'criminal', stage: 'first_instance', cause: '', court: '', status: 'closed', filed_on: '2020-05-11', hearing_on: '', judged_on: '', closed_on: '2021-03-01', matter_id: 'c1', notes: '', created_at: 't', updated_at: 't', updated_by: 'u', revision: 0 }
    sqlite.prepare(`insert into court_case (${Object.keys(row).join(',')}) values (${Object.keys(row).map(() => '?').join(',')})`).run(...Object.values(row))
    await migrations['0009-case-reopening']!.up(db)
    sqlite.prepare(`insert into case_reopening (id, case_id, reason, closed_on, created_at, updated_at, updated_by, revision) values ('r1', 'c1', '复查', '2021-03-01', 't', 't', 'u', 0)`).run()
    expect(() => sqlite.prepare(`insert into case_reopening (id, case_id, reason, closed_on, created_at, updated_at, updated_by, revision) values ('r2', 'c1', 1, '', 't', 't', 'u', 'x')`).run()).toThrow(/cannot store/)
    expect(sqlite.prepare('select status from court_case').get()).toEqual({ status: 'closed' })
    await db.destroy()
  })
})
