import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openCore, type Core } from '../../../electron/core/core'
import type { Role } from '../../../electron/shared/roles'
import type { MilestoneInput, OrderInput } from '../../../electron/shared/orders'
import { addMonths } from '../../../electron/shared/shanghai-time'
import { countsSamplesFrom } from '../../../electron/core/orders/order.repository'
import { upkeepEndsOn } from '../../../electron/core/orders/order-rules'
import { fixedClock, sequentialIds, staff, type Actor, testPasswordCost, testPassword } from '../support/test-core'
import { pondCase } from '../support/case-fixtures'
import { attach, jointTeam, manualMilestone, pondWithSite, recordSampling, waterOrder } from '../support/order-fixtures'

let core: Core
let dir: string
let people: Record<Role, Actor>
let ids: Awaited<ReturnType<typeof pondWithSite>>
let orderCount = 0

/** A core on a temporary data folder (acceptance reports are attachments), today being the Shanghai day of `at`. */
async function start(at = '2026-03-02T01:00:00.000Z') {
  dir = mkdtempSync(join(tmpdir(), 'ecocase-order-rules-'))
  core = await openCore({ passwordCost: testPasswordCost, dataDir: dir, now: fixedClock(at), newId: sequentialIds() })
  people = await staff(core)
  ids = await pondWithSite(core, people)
}

afterEach(async () => {
  await core?.close()
  rmSync(dir, { recursive: true, force: true })
})

async function typeId(code: string) {
  return (await people.judge.must('orderTypes.list', {})).find((t) => t.code === code)!.id
}

/** An order of its own number each call. */
function order(overrides: Partial<OrderInput> = {}): OrderInput {
  return waterOrder(ids, { orderNumber: `（2020）闽0626执修${++orderCount}号`, ...overrides })
}

async function issued(overrides: Partial<OrderInput> = {}, milestones: MilestoneInput[] = [manualMilestone()], issuedOn = '2025-12-01') {
  const draft = await people.judge.must('orders.create', order(overrides))
  for (const m of milestones) await people.judge.must('milestones.create', { orderId: draft.id, milestone: m })
  const withMilestones = await people.judge.must('orders.get', { id: draft.id })
  return people.judge.must('orders.issue', { password: testPassword, id: draft.id, revision: withMilestones.revision, issuedOn })
}

/** Issues the order, starts it and confirms each milestone done on `doneOn`: ready for acceptance. */
async function ready(overrides: Partial<OrderInput> = {}, doneOn = '2026-03-01') {
  const o = await issued(overrides)
  const evidence = await attach(core, people.investigator, `evidence ${o.id}`)
  for (const m of o.milestones) {
    await people.investigator.must('milestones.setProgress', { id: m.id, revision: m.revision, progress: 'done', doneOn, evidenceSha256: [evidence], note: '' })
  }
  const current = await people.judge.must('orders.get', { id: o.id })
  return people.judge.must('orders.setStatus', { id: o.id, revision: current.revision, status: 'in_progress', reason: '' })
}

async function acceptance(orderId: string, overrides: Record<string, unknown> = {}) {
  const current = await people.judge.must('orders.get', { id: orderId })
  return {
    orderId,
    revision: current.revision,
    acceptingBody: '漳浦县人民法院',
    acceptedOn: '2026-03-02',
    result: 'passed' as const,
    members: jointTeam,
    survivalRatePct: null,
    notes: '',
    reportSha256: await attach(core, people.judge, `report ${orderId} ${JSON.stringify(overrides)}`, 'report.pdf'),
    ...overrides
  }
}

const upkeep = { months: 12, survivalThresholdPct: 85 }

describe('seeded order types', () => {
  it('name the order apart from its method, and carry a source or are left editable', async () => {
    await start()
    const types = await people.judge.must('orderTypes.list', {})
    expect(types.map((t) => [t.nameZh, t.methodZh, t.source !== ''])).toEqual([
      ['水质净化令', '水质净化', false],
      ['土壤净化令', '土壤净化', false],
      ['补植复绿令', '补植复绿', true],
      ['增殖放流令', '增殖放流', true],
      ['劳务代偿', '劳务代偿', true]
    ])
    expect(types[2]!.source).toContain('法释〔2015〕1号')
    const water = types[0]!
    const sourced = await people.admin.must('orderTypes.update', { ...water, source: '某省高级人民法院指导意见' })
    expect(sourced).toMatchObject({ source: '某省高级人民法院指导意见', methodZh: '水质净化' })
  })
})

describe('the sections an order type needs', () => {
  it('a replanting order needs its upkeep and survival threshold, and keeps them as its own figures', async () => {
    await start()
    const replanting = await typeId('replanting')
    const bare = await people.judge.call('orders.create', order({ orderTypeId: replanting }))
    expect(bare.ok || bare.error.fieldErrors).toEqual({ upkeep: '补植复绿令须写明管护期和验收时应达到的成活率' })
    const noThreshold = await people.judge.call('orders.create', order({ orderTypeId: replanting, upkeep: { months: 12, survivalThresholdPct: null } }))
    expect(noThreshold.ok || noThreshold.error.fieldErrors).toEqual({ upkeep: '补植复绿令须写明管护期和验收时应达到的成活率' })
    const made = await people.judge.must('orders.create', order({ orderTypeId: replanting, upkeep: { months: 12, survivalThresholdPct: 90 } }))
    expect(made).toMatchObject({ orderTypeName: '补植复绿令', upkeep: { months: 12, survivalThresholdPct: 90 }, upkeepEndsOn: null })
  })

  it('a draft without its section (as an opinion\'s recommendation makes it) is not issued until the judge adds it', async () => {
    await start()
    const draft = await people.judge.must('orders.create', order({ orderTypeId: await typeId('replanting'), upkeep }))
    await people.judge.must('milestones.create', { orderId: draft.id, milestone: manualMilestone() })
    // An opinion's draft carries no upkeep (see draftOrderFromOpinion); this one is made so directly in the table.
    await core.db.updateTable('restorationOrder').set({ upkeepMonths: null, survivalThresholdPct: null }).where('id', '=', draft.id).execute()
    const reply = await people.judge.call('orders.issue', { password: testPassword, id: draft.id, revision: 0, issuedOn: '2026-03-01' })
    expect(reply.ok || reply.error.fieldErrors).toEqual({ upkeep: '补植复绿令须写明管护期和验收时应达到的成活率' })
  })

  it('a restocking order needs what the fishery authority approved, and who approved it', async () => {
    await start()
    const restocking = await typeId('fish_restocking')
    const bare = await people.judge.call('orders.create', order({ orderTypeId: restocking }))
    expect(bare.ok || bare.error.fieldErrors).toEqual({ restocking: '增殖放流令须写明渔业主管部门批准的放流物种、数量和批准单位' })
    const nobody = await people.judge.call('orders.create', order({ orderTypeId: restocking, restocking: { approvedBy: ' ', approvalReference: '', items: [] } }))
    expect(nobody.ok || nobody.error.fieldErrors).toEqual({ 'restocking.approvedBy': '请填写批准的渔业主管部门', 'restocking.items': '至少填写一个放流物种' })
    const approved = { approvedBy: '漳浦县农业农村局', approvalReference: '漳浦农〔2026〕12号', items: [{ species: '鲢鱼苗', quantity: 20000, unit: '尾' }] }
    const made = await people.judge.must('orders.create', order({ orderTypeId: restocking, restocking: approved }))
    expect(made.restocking).toEqual(approved)
  })

  it('labour in lieu offsets hours × rate of the restoration fee: up to the fee itself, not one fen more', async () => {
    await start()
    const labour = await typeId('labour_in_lieu')
    const bare = await people.judge.call('orders.create', order({ orderTypeId: labour }))
    expect(bare.ok || bare.error.fieldErrors).toEqual({ labour: '劳务代偿须写明劳务时长和每小时折抵金额' })
    // 200 hours at 500.00 yuan is 100,000.00 yuan: the whole fee.
    const whole = await people.judge.must('orders.create', order({ orderTypeId: labour, restorationFeeFen: 10_000_000, labour: { hours: 200, hourlyRateFen: 50_000 } }))
    expect(whole.labour).toEqual({ hours: 200, hourlyRateFen: 50_000, offsetFen: 10_000_000 })
    const over = await people.judge.call('orders.create', order({ orderTypeId: labour, restorationFeeFen: 9_999_999, labour: { hours: 200, hourlyRateFen: 50_000 } }))
    expect(over.ok || over.error.fieldErrors).toEqual({ labour: '劳务代偿折抵金额 100,000.00 元超过修复费用 99,999.99 元' })
    const free = await people.judge.call('orders.create', order({ orderTypeId: labour, labour: { hours: 1, hourlyRateFen: 0 } }))
    expect(free.ok || free.error.fieldErrors).toEqual({ 'labour.hourlyRateFen': '每小时折抵金额须大于 0' })
  })
})

describe('acceptance by a joint team', () => {
  it('records each member, and refuses a team without the court or without the competent authority', async () => {
    await start()
    const o = await ready()
    for (const [role, missing] of [['court', '人民法院'], ['authority', '行政主管部门']] as const) {
      const reply = await people.judge.call('orders.accept', { ...(await acceptance(o.id, { members: jointTeam.filter((m) => m.role !== role) })), password: testPassword })
      expect(reply.ok || reply.error.fieldErrors).toEqual({ members: `验收组须有${missing}的成员` })
    }
    const accepted = await people.judge.must('orders.accept', { ...(await acceptance(o.id)), password: testPassword })
    expect(accepted.acceptance!.members).toEqual(jointTeam)
  })

  it('passes a replanting order at its survival threshold, refuses it just below, and needs the rate found', async () => {
    await start('2027-06-01T01:00:00.000Z')
    const replanting = await typeId('replanting')
    const at = { orderTypeId: replanting, upkeep, deadline: '2027-12-31' }
    const missing = await ready(at)
    const none = await people.judge.call('orders.accept', { ...(await acceptance(missing.id, { acceptedOn: '2027-06-01' })), password: testPassword })
    expect(none.ok || none.error.fieldErrors).toEqual({ survivalRatePct: '请填写成活率' })
    const below = await people.judge.call('orders.accept', { ...(await acceptance(missing.id, { acceptedOn: '2027-06-01', survivalRatePct: 84.9 })), password: testPassword })
    expect(below.ok || below.error.fieldErrors).toEqual({ survivalRatePct: '成活率 84.9% 低于修复令要求的 85%，不能验收通过' })
    const failed = await people.judge.must('orders.accept', { ...(await acceptance(missing.id, { acceptedOn: '2027-06-01', survivalRatePct: 60, result: 'failed' })), password: testPassword })
    expect(failed).toMatchObject({ status: 'failed', acceptance: { survivalRatePct: 60 } })
    const exact = await ready(at)
    const passed = await people.judge.must('orders.accept', { ...(await acceptance(exact.id, { acceptedOn: '2027-06-01', survivalRatePct: 85 })), password: testPassword })
    expect(passed).toMatchObject({ status: 'accepted', acceptance: { survivalRatePct: 85 } })
  })

  it('passes after the upkeep has run from the last milestone done: on its last day, not the day before', async () => {
    await start('2027-06-01T01:00:00.000Z')
    const o = await ready({ orderTypeId: await typeId('replanting'), upkeep, deadline: '2027-12-31' }, '2026-03-01')
    expect(o.upkeepEndsOn).toBe('2027-03-01')
    const early = await people.judge.call('orders.accept', { ...(await acceptance(o.id, { acceptedOn: '2027-02-28', survivalRatePct: 90 })), password: testPassword })
    expect(early.ok || early.error.fieldErrors).toEqual({ acceptedOn: '管护期至 2027-03-01 届满，届满前不能验收通过' })
    const onTime = await people.judge.must('orders.accept', { ...(await acceptance(o.id, { acceptedOn: '2027-03-01', survivalRatePct: 90 })), password: testPassword })
    expect(onTime.status).toBe('accepted')
  })

  it('counts upkeep in calendar months, a month-end start ending on the shorter month\'s last day', () => {
    expect(addMonths('2026-03-01', 12)).toBe('2027-03-01')
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28')
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28')
    const done = (doneOn: string | null) => ({ progress: doneOn ? ('done' as const) : ('pending' as const), doneOn })
    expect(upkeepEndsOn(upkeep, [done('2026-03-01'), done('2026-05-10')])).toBe('2027-05-10')
    expect(upkeepEndsOn(upkeep, [done('2026-03-01'), done(null)])).toBeNull()
    expect(upkeepEndsOn(null, [done('2026-03-01')])).toBeNull()
  })
})

describe('handover after acceptance', () => {
  it('hands the site over once, after a passed acceptance, on or after its day and not in the future', async () => {
    await start()
    const o = await ready()
    const handover = { orderId: o.id, handedOverTo: '漳浦县生态环境局', handedOverOn: '2026-03-02', notes: '' }
    const tooEarly = await people.judge.call('orders.handover', handover)
    expect(tooEarly.ok || tooEarly.error.message).toBe('修复令验收通过后才能移交修复地点')
    await people.judge.must('orders.accept', { ...(await acceptance(o.id, { acceptedOn: '2026-03-01' })), password: testPassword })
    const before = await people.judge.call('orders.handover', { ...handover, handedOverOn: '2026-02-28' })
    expect(before.ok || before.error.fieldErrors).toEqual({ handedOverOn: '移交日期不能早于验收日期 2026-03-01' })
    const future = await people.judge.call('orders.handover', { ...handover, handedOverOn: '2026-03-03' })
    expect(future.ok || future.error.fieldErrors).toEqual({ handedOverOn: '移交日期不能晚于今天' })
    const done = await people.judge.must('orders.handover', { ...handover, handedOverOn: '2026-03-01' })
    expect(done.handover).toMatchObject({ handedOverTo: '漳浦县生态环境局', handedOverOn: '2026-03-01' })
    const twice = await people.judge.call('orders.handover', handover)
    expect(twice.ok || twice.error.message).toBe('修复地点已于 2026-03-01 移交漳浦县生态环境局')
    const clerk = await people.clerk.call('orders.handover', handover)
    expect(clerk.ok || clerk.error.code).toBe('forbidden')
  })

  it('refuses a handover of a failed order', async () => {
    await start()
    const o = await ready()
    await people.judge.must('orders.accept', { ...(await acceptance(o.id, { result: 'failed' })), password: testPassword })
    const reply = await people.judge.call('orders.handover', { orderId: o.id, handedOverTo: '漳浦县生态环境局', handedOverOn: '2026-03-02', notes: '' })
    expect(reply.ok || reply.error.message).toBe('修复令验收通过后才能移交修复地点')
  })
})

describe('closing a deviation', () => {
  async function deviationOn(orderId: string, inspectedOn = '2026-02-20') {
    const inspection = await people.investigator.must('inspections.create', { orderId, milestoneId: null, inspectedOn, findings: '缺株', photoSha256: [], samplesTaken: [] })
    return people.investigator.must('deviations.create', { inspectionId: inspection.id, description: '缺株', severity: 'minor', correctiveAction: '补种', dueDate: '2026-03-10' })
  }
  const close = (id: string, closedOn: string) => people.investigator.call('deviations.close', { id, revision: 0, closedOn, closingNote: '已补种', evidenceSha256: [] })

  it('may be closed today, not tomorrow (Asia/Shanghai)', async () => {
    await start('2026-03-01T16:30:00.000Z') // 00:30 on 2 March in Zhangzhou
    const deviation = await deviationOn((await issued()).id)
    expect(((await close(deviation.id, '2026-03-03')) as { error: { fieldErrors: unknown } }).error.fieldErrors).toEqual({ closedOn: '关闭日期不能晚于今天' })
    expect((await close(deviation.id, '2026-03-02')).ok).toBe(true)
  })

  it('may be closed on the acceptance day, not the day after', async () => {
    await start('2026-03-05T01:00:00.000Z')
    const o = await ready()
    const deviation = await deviationOn(o.id)
    await people.judge.must('orders.accept', { ...(await acceptance(o.id, { acceptedOn: '2026-03-03', result: 'failed' })), password: testPassword })
    const after = await close(deviation.id, '2026-03-04')
    expect(after.ok || after.error.fieldErrors).toEqual({ closedOn: '关闭日期不能晚于修复令的验收日期 2026-03-03' })
    expect((await close(deviation.id, '2026-03-03')).ok).toBe(true)
  })
})

describe('changing milestones', () => {
  const history = (entityType: string, entityId: string) => people.judge.must('history.forRecord', { entityType, entityId })

  it('are edited and removed freely on a draft; a removed one leaves the schedule and stays in its history', async () => {
    await start()
    const draft = await people.judge.must('orders.create', order())
    const first = await people.judge.must('milestones.create', { orderId: draft.id, milestone: manualMilestone({ title: '种植' }) })
    const edited = await people.judge.must('milestones.update', { id: first.id, revision: 0, milestone: manualMilestone({ title: '种植苦草' }), reason: '' })
    expect(edited.title).toBe('种植苦草')
    const after = await people.judge.must('milestones.remove', { id: first.id, revision: 1, reason: '' })
    expect(after.milestones).toEqual([])
    expect(after.removedMilestones).toMatchObject([{ id: first.id, title: '种植苦草' }])
    // Its place stays taken: the next milestone comes after it.
    const next = await people.judge.must('milestones.create', { orderId: draft.id, milestone: manualMilestone() })
    expect(next.position).toBe(2)
    const events = await history('milestone', first.id)
    expect(events.map((e) => e.channel)).toEqual(['milestones.create', 'milestones.update', 'milestones.remove'])
    const again = await people.judge.call('milestones.update', { id: first.id, revision: 2, milestone: manualMilestone(), reason: '' })
    expect(again.ok || again.error.code).toBe('not_found')
  })

  it('after issue, need a reason, which the milestone\'s history keeps', async () => {
    await start()
    const o = await issued({}, [manualMilestone({ title: '种植' }), manualMilestone({ title: '首次采样', dueDate: '2026-05-20' })])
    const [planting, sampling] = o.milestones as [(typeof o.milestones)[0], (typeof o.milestones)[0]]
    const silent = await people.judge.call('milestones.update', { id: planting.id, revision: 0, milestone: manualMilestone({ dueDate: '2026-06-30' }), reason: ' ' })
    expect(silent.ok || silent.error.fieldErrors).toEqual({ reason: '修复令已签发，修改履行节点须写明原因' })
    await people.judge.must('milestones.update', { id: planting.id, revision: 0, milestone: manualMilestone({ dueDate: '2026-06-30' }), reason: '汛期推迟种植' })
    const unexplained = await people.judge.call('milestones.remove', { id: sampling.id, revision: 0, reason: '' })
    expect(unexplained.ok || unexplained.error.fieldErrors).toEqual({ reason: '修复令已签发，移除履行节点须写明原因' })
    const removed = await people.judge.must('milestones.remove', { id: sampling.id, revision: 0, reason: '与第二次采样合并' })
    expect(removed.removedMilestones).toMatchObject([{ title: '首次采样', voided: { reason: '与第二次采样合并' } }])
    expect((await history('milestone', planting.id)).at(-1)!.after).toMatchObject({ due_date: '2026-06-30', change_reason: '汛期推迟种植' })
    expect((await history('milestone', sampling.id)).at(-1)!.after).toMatchObject({ void_reason: '与第二次采样合并' })
    const last = await people.judge.call('milestones.remove', { id: planting.id, revision: 1, reason: '不再需要' })
    expect(last.ok || last.error.message).toBe('已签发的修复令须至少保留一个履行节点')
    // A removed milestone is off the dashboard, though it was due within the fortnight.
    expect((await people.judge.must('orders.dashboard', { dueSoonDays: 90 })).dueSoon.map((m) => m.title)).toEqual([])
  })

  it('refuses removing a milestone done', async () => {
    await start()
    const o = await ready({}, '2026-03-01')
    const current = await people.judge.must('orders.get', { id: o.id })
    const m = current.milestones[0]!
    const reply = await people.judge.call('milestones.remove', { id: m.id, revision: m.revision, reason: '误录' })
    expect(reply.ok || reply.error.message).toBe('已完成的节点不能移除')
  })
})

describe('discarding a draft order', () => {
  it('voids the draft with a reason, kept in its history; it is then read-only, counted nowhere, and no longer holds its case open', async () => {
    await start()
    const draft = await people.judge.must('orders.create', order())
    const silent = await people.judge.call('orders.discard', { id: draft.id, revision: 0, reason: ' ' })
    expect(silent.ok || silent.error.fieldErrors).toEqual({ reason: '请填写作废原因' })
    const clerk = await people.clerk.call('orders.discard', { id: draft.id, revision: 0, reason: '重复录入' })
    expect(clerk.ok || clerk.error.code).toBe('forbidden')
    const discarded = await people.judge.must('orders.discard', { id: draft.id, revision: 0, reason: '重复录入' })
    expect(discarded).toMatchObject({ status: 'draft', discarded: { reason: '重复录入' } })
    const events = await people.judge.must('history.forRecord', { entityType: 'restoration_order', entityId: draft.id })
    expect(events.at(-1)).toMatchObject({ channel: 'orders.discard', after: { void_reason: '重复录入' } })

    for (const reply of [
      await people.judge.call('orders.update', { id: draft.id, revision: 1, order: order() }),
      await people.judge.call('milestones.create', { orderId: draft.id, milestone: manualMilestone() }),
      await people.judge.call('orders.discard', { id: draft.id, revision: 1, reason: '再次' })
    ]) {
      expect(reply.ok || reply.error.message).toBe('该修复令草稿已作废，不能再修改')
    }
    expect((await people.judge.must('orders.list', {})).items.map((o) => o.discarded)).toEqual([true])
    expect((await people.judge.must('orders.dashboard', {})).byStatus.filter((s) => s.count > 0)).toEqual([])

    const judgeId = (await people.clerk.must('users.list', {})).find((u) => u.role === 'judge')!.id
    let c = await people.clerk.must('cases.get', { id: ids.caseId })
    c = await people.clerk.must('cases.update', { id: c.id, revision: c.revision, courtCase: { ...pondCase({ judgeId, judgedOn: '2021-01-05', closedOn: '2021-03-01' }), sameMatterAs: null } })
    for (const next of ['in_trial', 'judged', 'restoration', 'closed'] as const) c = await people.judge.must('cases.setStatus', { id: c.id, revision: c.revision, status: next })
    expect(c.status).toBe('closed')
  })

  it('refuses discarding an issued order: it is closed with a reason instead', async () => {
    await start()
    const o = await issued()
    const reply = await people.judge.call('orders.discard', { id: o.id, revision: o.revision, reason: '撤回' })
    expect(reply.ok || reply.error.message).toBe('只有草稿可以作废；已签发的修复令请终结并写明原因')
  })
})

describe('samplings that count toward a sample-based milestone', () => {
  const meets = { cod: 22, nh3_n: 0.9, tp: 0.08 }
  const once = (siteId: string) =>
    manualMilestone({
      title: '采样达到 IV 类',
      dueDate: '2026-06-30',
      criterionText: '池塘 COD、氨氮、总磷达到 GB 3838-2002 IV 类',
      sampleCriterion: { siteId, standard: 'gb3838', waterbody: 'lake', targetClass: 'IV', parameters: ['cod', 'nh3_n', 'tp'], consecutive: 1, minDaysApart: 0 }
    })
  const counted = async (orderId: string) =>
    (await people.judge.must('orders.get', { id: orderId })).milestones[0]!.evaluation!.perSample.map((s) => s.sampledOn)

  it('are those after the issue day: not the issue day itself, the day after', async () => {
    await start()
    await recordSampling(core, ids, '2026-02-01T02:00:00.000Z', meets)
    await recordSampling(core, ids, '2026-02-02T02:00:00.000Z', meets)
    const o = await issued({}, [once(ids.siteId)], '2026-02-01')
    expect(o.countsSamplesFrom).toBe('2026-02-02')
    expect(await counted(o.id)).toEqual(['2026-02-02'])
  })

  it('start at the judge\'s later day when one is set (that day included), never earlier than the day after issue', async () => {
    await start()
    for (const day of ['2026-01-15', '2026-02-09', '2026-02-10']) await recordSampling(core, ids, `${day}T02:00:00.000Z`, meets)
    const later = await issued({ samplesCountFrom: '2026-02-10' }, [once(ids.siteId)], '2026-02-01')
    expect(await counted(later.id)).toEqual(['2026-02-10'])
    const earlier = await issued({ samplesCountFrom: '2026-01-01' }, [once(ids.siteId)], '2026-02-01')
    expect(await counted(earlier.id)).toEqual(['2026-02-09', '2026-02-10'])
    expect(countsSamplesFrom({ issuedOn: null, samplesCountFrom: '2026-01-01' })).toBeNull()
  })

  it('confirming the milestone done takes only counted samplings', async () => {
    await start()
    await recordSampling(core, ids, '2026-02-01T02:00:00.000Z', meets)
    const o = await issued({}, [once(ids.siteId)], '2026-02-01')
    const m = o.milestones[0]!
    const reply = await people.investigator.call('milestones.setProgress', { id: m.id, revision: m.revision, progress: 'done', doneOn: '2026-03-02', evidenceSha256: [], note: '' })
    expect(reply.ok || reply.error.message).toContain('该点位自 2026-02-02（计入采样的起始日）起尚无有效采样')
  })
})
