import BetterSqlite3 from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { openCore, type Core } from '../../../electron/core/core'
import { verifyCommand } from '../../../electron/cli/verify'
import { documentData } from '../../../electron/core/audit/document-seal'
import type { SealedOrderSummary } from '../../../electron/shared/order-summary'
import type { Role } from '../../../electron/shared/roles'
import { parseYuan } from '../../../electron/shared/money'
import { errorInLanguage, errorText } from '../../../electron/shared/errors'
import { fixedClock, sequentialIds, staff, type Actor, testPasswordCost, testPassword } from '../support/test-core'
import { attach, jointTeam, manualMilestone, pondWithSite, recordSampling, waterOrder } from '../support/order-fixtures'

let core: Core
let dir: string
let people: Record<Role, Actor>

/** A core on a temporary data folder (attachments need one), its clock starting at `start`. */
async function start(at = '2026-03-02T01:00:00.000Z') {
  dir = mkdtempSync(join(tmpdir(), 'ecocase-orders-'))
  core = await openCore({ passwordCost: testPasswordCost, dataDir: dir, now: fixedClock(at), newId: sequentialIds() })
  people = await staff(core)
  return pondWithSite(core, people)
}

afterEach(async () => {
  await core?.close()
  rmSync(dir, { recursive: true, force: true })
})

const audited = (channel: string) =>
  core.db.selectFrom('auditEvent').select('id').where('channel', '=', channel).execute().then((rows) => rows.length)

/** An issued order with one manual milestone, as most tests need; issued in December 2025, before the samplings the tests record. */
async function issuedOrder(ids: Awaited<ReturnType<typeof start>>, milestones = [manualMilestone()], issuedOn = '2025-12-01') {
  const draft = await people.judge.must('orders.create', waterOrder(ids))
  for (const m of milestones) await people.judge.must('milestones.create', { orderId: draft.id, milestone: m })
  const withMilestones = await people.judge.must('orders.get', { id: draft.id })
  return people.judge.must('orders.issue', { password: testPassword, id: draft.id, revision: withMilestones.revision, issuedOn })
}

describe('migration 0006-orders', () => {
  it('creates the order tables on a fresh database and seeds the five order types', async () => {
    await start()
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(core.db)
    expect(tables.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['order_type', 'restoration_order', 'milestone', 'inspection', 'deviation', 'acceptance'])
    )
    expect((await people.clerk.must('orderTypes.list', {})).map((t) => t.nameZh)).toEqual([
      '水质净化令',
      '土壤净化令',
      '补植复绿令',
      '增殖放流令',
      '劳务代偿'
    ])
  })

  it('refuses a status or progress outside its list at the database', async () => {
    const ids = await start()
    const order = await issuedOrder(ids)
    expect(() => core.sqlite.prepare(`update restoration_order set status = 'lost' where id = ?`).run(order.id)).toThrow(/CHECK/)
    expect(() => core.sqlite.prepare(`update milestone set progress = 'overdue'`).run()).toThrow(/CHECK/)
  })
})

describe('order types', () => {
  it('an administrator adds an order type; a judge may not', async () => {
    await start()
    const added = await people.admin.must('orderTypes.create', { code: 'wetland', nameZh: '湿地修复', nameEn: 'Wetland restoration', sortOrder: 60, active: true })
    expect((await people.judge.must('orderTypes.list', {})).at(-1)).toEqual(added)
    const judge = await people.judge.call('orderTypes.create', { code: 'other', nameZh: '其他', nameEn: 'Other', sortOrder: 70, active: true })
    expect(judge.ok || judge.error.code).toBe('forbidden')
    const twice = await people.admin.call('orderTypes.create', { code: 'wetland', nameZh: '湿地', nameEn: 'W', sortOrder: 80, active: true })
    expect(twice.ok || twice.error).toMatchObject({ code: 'conflict', fieldErrors: { code: '代码已存在' } })
  })
})

describe('restoration orders', () => {
  it('a judge drafts an order, stored under its canonical number with money in fen, and everyone reads it', async () => {
    const ids = await start()
    const order = await people.judge.must('orders.create', waterOrder(ids))
    expect(order).toMatchObject({
      orderNumber: '（2020）闽0626执修1号',
      orderTypeName: '水质净化令',
      caseNumber: '（2020）闽0626刑初123号',
      status: 'draft',
      issuedOn: null,
      restorationFeeFen: 10_000_000,
      bondPaid: false,
      sites: [{ name: '黎某作坊旁池塘', waterbody: 'lake' }],
      supervisors: [{ name: '林调查官' }],
      today: '2026-03-02',
      revision: 0
    })
    for (const role of ['clerk', 'investigator', 'admin'] as const) {
      expect(await people[role].must('orders.get', { id: order.id })).toEqual(order)
    }
    const list = await people.clerk.must('orders.list', {})
    expect(list.items.map((o) => [o.orderNumber, o.orderTypeName, o.status])).toEqual([['（2020）闽0626执修1号', '水质净化令', 'draft']])
  })

  it('only judges issue orders: clerks, investigators and administrators are refused, and nothing is written', async () => {
    const ids = await start()
    for (const role of ['clerk', 'investigator', 'admin'] as const) {
      const reply = await people[role].call('orders.create', waterOrder(ids))
      expect(reply.ok || reply.error.code).toBe('forbidden')
    }
    expect(await audited('orders.create')).toBe(0)
  })

  it('refuses a malformed number, no target, a target site outside the order and negative money on their fields', async () => {
    const ids = await start()
    const reply = await people.judge.call(
      'orders.create',
      waterOrder(ids, {
        orderNumber: '执修1号',
        bondFen: -1,
        restorationFeeFen: 10.5
      })
    )
    expect(reply.ok || reply.error.fieldErrors).toEqual({
      orderNumber: '修复令编号格式应如（2020）闽0626执修1号',
      bondFen: '金额不能为负',
      restorationFeeFen: '金额须精确到分'
    })
    // The schema's problems travel as reasons, so the English UI words them in English.
    expect(reply.ok || errorInLanguage(reply.error, 'en').fieldErrors).toEqual({
      orderNumber: 'An order number is a year in brackets, then the court\'s words, ending like a case number',
      bondFen: 'The amount cannot be negative',
      restorationFeeFen: 'The amount is exact to the fen'
    })
    const untargeted = await people.judge.call('orders.create', waterOrder(ids, { standardTargets: [], measurableTargets: [] }))
    expect(untargeted.ok || untargeted.error.fieldErrors).toEqual({ standardTargets: '至少填写一项修复目标' })
    const elsewhere = await people.judge.call(
      'orders.create',
      waterOrder(ids, { siteIds: [ids.siteId], standardTargets: [{ ...waterOrder(ids).standardTargets[0]!, siteId: ids.caseId }] })
    )
    expect(elsewhere.ok || elsewhere.error.fieldErrors).toEqual({ 'standardTargets.0.siteId': '目标点位须是修复地点之一' })
    expect(await audited('orders.create')).toBe(0)
  })

  it('refuses the same order number twice, whatever brackets it is written with', async () => {
    const ids = await start()
    await people.judge.must('orders.create', waterOrder(ids))
    const twice = await people.judge.call('orders.create', waterOrder(ids, { orderNumber: '（2020）闽0626执修1号' }))
    expect(twice.ok || twice.error).toMatchObject({ code: 'conflict', fieldErrors: { orderNumber: '该编号已使用' } })
    expect((await people.judge.must('orders.list', {})).total).toBe(1)
  })

  it('refuses a supervisor who is not an investigator', async () => {
    const ids = await start()
    const users = await people.clerk.must('users.list', {})
    const reply = await people.judge.call('orders.create', waterOrder(ids, { supervisorIds: [users.find((u) => u.role === 'clerk')!.id] }))
    expect(reply.ok || reply.error.fieldErrors).toEqual({ supervisorIds: '监督人员须是在用的技术调查官账户' })
  })

  it('moves draft → issued → in progress, refusing skipped steps, an issue without milestones and a stale revision', async () => {
    const ids = await start()
    const draft = await people.judge.must('orders.create', waterOrder(ids))
    const bare = await people.judge.call('orders.issue', { password: testPassword, id: draft.id, revision: 0, issuedOn: '2026-03-01' })
    expect(bare.ok || bare.error.message).toBe('签发前须至少设置一个履行节点')
    const skip = await people.judge.call('orders.setStatus', { id: draft.id, revision: 0, status: 'in_progress', reason: '' })
    expect(skip.ok || skip.error.message).toBe('修复令不能从“草稿”改为“执行中”（只能改为：已签发）')

    await people.judge.must('milestones.create', { orderId: draft.id, milestone: manualMilestone() })
    const future = await people.judge.call('orders.issue', { password: testPassword, id: draft.id, revision: 0, issuedOn: '2026-03-03' })
    expect(future.ok || future.error.fieldErrors).toEqual({ issuedOn: '签发日期不能晚于今天' })
    const signed = await people.judge.must('orders.issue', { password: testPassword, id: draft.id, revision: 0, issuedOn: '2026-03-01' })
    expect(signed).toMatchObject({ status: 'issued', issuedOn: '2026-03-01', issuedByName: '王法官', revision: 1 })
    const stale = await people.judge.call('orders.setStatus', { id: draft.id, revision: 0, status: 'in_progress', reason: '' })
    expect(stale.ok || stale.error.code).toBe('conflict')
    const started = await people.judge.must('orders.setStatus', { id: draft.id, revision: 1, status: 'in_progress', reason: '' })
    expect(started.status).toBe('in_progress')
    const investigator = await people.investigator.call('orders.setStatus', { id: draft.id, revision: 2, status: 'closed', reason: '撤回' })
    expect(investigator.ok || investigator.error.code).toBe('forbidden')
  })
})

describe('milestones', () => {
  it('derives overdue from today: due yesterday is overdue, due today is not, and done is never overdue', async () => {
    const ids = await start()
    const order = await issuedOrder(ids, [
      manualMilestone({ title: '昨日到期', dueDate: '2026-03-01' }),
      manualMilestone({ title: '今日到期', dueDate: '2026-03-02' })
    ])
    expect(order.milestones.map((m) => [m.title, m.status, m.overdue])).toEqual([
      ['昨日到期', 'overdue', true],
      ['今日到期', 'pending', false]
    ])
    const evidence = await attach(core, people.investigator, '种植照片')
    const first = order.milestones[0]!
    await people.investigator.must('milestones.setProgress', { id: first.id, revision: 0, progress: 'done', doneOn: '2026-03-02', evidenceSha256: [evidence], note: '' })
    const after = await people.judge.must('orders.get', { id: order.id })
    expect(after.milestones.map((m) => m.status)).toEqual(['done', 'pending'])
    const stored = await core.db.selectFrom('milestone').select('progress').execute()
    expect(stored.map((r) => r.progress).sort()).toEqual(['done', 'pending'])
  })

  it('counts the day in Asia/Shanghai: at 00:30 in Zhangzhou (16:30 UTC) a milestone due the day before is overdue', async () => {
    const ids = await start('2026-03-01T16:30:00.000Z')
    const order = await issuedOrder(ids, [manualMilestone({ dueDate: '2026-03-01' })])
    expect(order.today).toBe('2026-03-02')
    expect(order.milestones[0]!.status).toBe('overdue')
  })

  it('confirming a milestone by hand needs evidence attached, and a day not in the future', async () => {
    const ids = await start()
    const order = await issuedOrder(ids)
    const milestone = order.milestones[0]!
    const bare = await people.investigator.call('milestones.setProgress', { id: milestone.id, revision: 0, progress: 'done', doneOn: '2026-03-02', evidenceSha256: [], note: '' })
    expect(bare.ok || bare.error.fieldErrors).toEqual({ evidenceSha256: '请上传证明材料' })
    const unknown = await people.investigator.call('milestones.setProgress', {
      id: milestone.id,
      revision: 0,
      progress: 'done',
      doneOn: '2026-03-02',
      evidenceSha256: ['a'.repeat(64)],
      note: ''
    })
    expect(unknown.ok || unknown.error.fieldErrors).toEqual({ evidenceSha256: '附件未上传或已丢失，请重新上传' })
    const clerk = await people.clerk.call('milestones.setProgress', { id: milestone.id, revision: 0, progress: 'in_progress', doneOn: null, evidenceSha256: [], note: '' })
    expect(clerk.ok || clerk.error.code).toBe('forbidden')
    expect(await audited('milestones.setProgress')).toBe(0)
  })

  it('refuses a sample-based criterion at a site outside the order, and milestones on a finished order', async () => {
    const ids = await start()
    const draft = await people.judge.must('orders.create', waterOrder(ids))
    const reply = await people.judge.call('milestones.create', {
      orderId: draft.id,
      milestone: manualMilestone({
        sampleCriterion: { siteId: ids.caseId, standard: 'gb3838', waterbody: 'lake', targetClass: 'IV', parameters: ['cod'], consecutive: 2, minDaysApart: 30 }
      })
    })
    expect(reply.ok || reply.error.fieldErrors).toEqual({ 'sampleCriterion.siteId': '采样点位须是修复令的修复地点之一' })
    const investigator = await people.investigator.call('milestones.create', { orderId: draft.id, milestone: manualMilestone() })
    expect(investigator.ok || investigator.error.code).toBe('forbidden')
  })
})

describe('milestones within the order\'s deadline', () => {
  it('accepts a milestone due on the deadline, refuses one due the day after, and refuses moving the deadline before a milestone', async () => {
    const ids = await start()
    const draft = await people.judge.must('orders.create', waterOrder(ids))
    expect(draft.deadline).toBe('2026-12-31')
    const late = await people.judge.call('milestones.create', { orderId: draft.id, milestone: manualMilestone({ title: '补种', dueDate: '2027-01-01' }) })
    expect(late.ok || late.error).toMatchObject({
      code: 'invalid_input',
      message: '“补种”的节点期限 2027-01-01 晚于修复令的履行期限 2026-12-31；如确需延后，请先变更修复令的履行期限',
      fieldErrors: { dueDate: '节点期限 2027-01-01 晚于修复令的履行期限 2026-12-31' }
    })
    await people.judge.must('milestones.create', { orderId: draft.id, milestone: manualMilestone({ title: '补种', dueDate: '2026-12-31' }) })
    const order = await people.judge.must('orders.get', { id: draft.id })
    const earlier = await people.judge.call('orders.update', { id: draft.id, revision: order.revision, order: { ...waterOrder(ids), deadline: '2026-12-30' } })
    expect(earlier.ok || earlier.error.fieldErrors).toEqual({ deadline: '早于节点“补种”的期限' })
  })
})

describe('inspections, deviations and acceptance', () => {
  it('an investigator records an inspection with a deviation; the milestone shows deviated and acceptance is blocked until it is closed', async () => {
    const ids = await start()
    const order = await issuedOrder(ids)
    const milestone = order.milestones[0]!
    const photo = await attach(core, people.investigator, '回访照片')
    const inspection = await people.investigator.must('inspections.create', {
      orderId: order.id,
      milestoneId: milestone.id,
      inspectedOn: '2026-03-02',
      findings: '东侧苦草成活率偏低',
      photoSha256: [photo],
      samplesTaken: []
    })
    expect(inspection).toMatchObject({ investigatorName: '林调查官', photoSha256: [photo], deviations: [] })
    const deviation = await people.investigator.must('deviations.create', {
      inspectionId: inspection.id,
      description: '东侧苦草大面积死亡',
      severity: 'major',
      correctiveAction: '补种苦草 500 株',
      dueDate: '2026-03-20'
    })
    const judge = await people.judge.call('deviations.create', {
      inspectionId: inspection.id,
      description: '法官不能记录',
      severity: 'minor',
      correctiveAction: '无',
      dueDate: '2026-03-20'
    })
    expect(judge.ok || judge.error.code).toBe('forbidden')

    const evidence = await attach(core, people.investigator, '种植完成照片')
    const done = await people.investigator.must('milestones.setProgress', {
      id: milestone.id,
      revision: 0,
      progress: 'done',
      doneOn: '2026-03-02',
      evidenceSha256: [evidence],
      note: ''
    })
    expect(done).toMatchObject({ progress: 'done', status: 'deviated', deviated: true, openDeviations: 1 })

    let current = await people.judge.must('orders.setStatus', { id: order.id, revision: order.revision, status: 'in_progress', reason: '' })
    const report = await attach(core, people.judge, '验收报告', 'report.pdf')
    const acceptance = {
      orderId: order.id,
      revision: current.revision,
      acceptingBody: '漳浦县生态环境局',
      acceptedOn: '2026-03-02',
      result: 'passed' as const,
      members: jointTeam,
      survivalRatePct: null,
      notes: '',
      reportSha256: report
    }
    const blocked = await people.judge.call('orders.accept', { ...acceptance, password: testPassword })
    expect(blocked.ok || blocked.error).toMatchObject({
      code: 'invalid_input',
      message: '尚不能验收：偏差未关闭：东侧苦草大面积死亡（较重；整改要求：补种苦草 500 株；整改期限 2026-03-20）'
    })
    expect(await audited('orders.accept')).toBe(0)

    const early = await people.investigator.call('deviations.close', { id: deviation.id, revision: 0, closedOn: '2026-03-01', closingNote: '已补种', evidenceSha256: [] })
    expect(early.ok || early.error.fieldErrors).toEqual({ closedOn: '关闭日期不能早于回访日期' })
    const closed = await people.investigator.must('deviations.close', { id: deviation.id, revision: 0, closedOn: '2026-03-02', closingNote: '已补种苦草 520 株', evidenceSha256: [] })
    expect(closed).toMatchObject({ closedOn: '2026-03-02', closingNote: '已补种苦草 520 株' })
    current = await people.judge.must('orders.get', { id: order.id })
    expect(current.milestones[0]!.status).toBe('done')
    expect(current.acceptanceBlockers).toEqual([])

    const accepted = await people.judge.must('orders.accept', { password: testPassword, ...acceptance, revision: current.revision })
    expect(accepted).toMatchObject({ status: 'accepted', acceptance: { acceptingBody: '漳浦县生态环境局', result: 'passed', reportSha256: report } })
    const again = await people.judge.call('orders.update', { id: order.id, revision: accepted.revision, order: waterOrder(ids) })
    expect(again.ok || again.error.message).toBe('该修复令已终结，不能再修改')
  })

  it('voids evidence with a reason instead of deleting it, and refuses voiding an inspection with an open deviation', async () => {
    const ids = await start()
    const order = await issuedOrder(ids)
    const inspection = await people.investigator.must('inspections.create', {
      orderId: order.id,
      milestoneId: null,
      inspectedOn: '2026-03-01',
      findings: '误录',
      photoSha256: [],
      samplesTaken: ['2020-0626-123-SW-004']
    })
    const deviation = await people.investigator.must('deviations.create', {
      inspectionId: inspection.id,
      description: '误录偏差',
      severity: 'minor',
      correctiveAction: '无',
      dueDate: '2026-03-01'
    })
    const blocked = await people.investigator.call('inspections.void', { id: inspection.id, revision: 0, reason: '录入错误' })
    expect(blocked.ok || blocked.error.message).toBe('该回访记录尚有未关闭的偏差，请先关闭或作废偏差')
    const noReason = await people.investigator.call('deviations.void', { id: deviation.id, revision: 0, reason: ' ' })
    expect(noReason.ok || noReason.error.fieldErrors).toEqual({ reason: '请填写作废原因' })
    await people.investigator.must('deviations.void', { id: deviation.id, revision: 0, reason: '录入错误' })
    const voided = await people.investigator.must('inspections.void', { id: inspection.id, revision: 0, reason: '录入错误' })
    expect(voided).toMatchObject({ voided: { reason: '录入错误' }, deviations: [{ voided: { reason: '录入错误' } }] })
    expect(await core.db.selectFrom('inspection').select('id').execute()).toHaveLength(1)
    expect((await people.judge.must('orders.get', { id: order.id })).acceptanceBlockers).toEqual([{ kind: 'milestone_not_done', title: '完成水生植物种植', progress: 'pending' }])
  })

  it('records nothing on a draft order', async () => {
    const ids = await start()
    const draft = await people.judge.must('orders.create', waterOrder(ids))
    const reply = await people.investigator.call('inspections.create', {
      orderId: draft.id,
      milestoneId: null,
      inspectedOn: '2026-03-01',
      findings: '尚未签发',
      photoSha256: [],
      samplesTaken: []
    })
    expect(reply.ok || reply.error).toMatchObject({ code: 'conflict', message: '修复令尚未签发' })
  })

  it('a failed acceptance ends the order as failed', async () => {
    const ids = await start()
    const order = await issuedOrder(ids)
    const started = await people.judge.must('orders.setStatus', { id: order.id, revision: order.revision, status: 'in_progress', reason: '' })
    const report = await attach(core, people.judge, '验收报告', 'report.pdf')
    const failed = await people.judge.must('orders.accept', { password: testPassword,
      orderId: order.id,
      revision: started.revision,
      acceptingBody: '漳浦县生态环境局',
      acceptedOn: '2026-03-02',
      result: 'failed',
      members: jointTeam,
      survivalRatePct: null,
      notes: '水质未达标',
      reportSha256: report
    })
    expect(failed).toMatchObject({ status: 'failed', acceptance: { result: 'failed' } })
  })
})

describe('the sample-based criterion, from the lab results in the database', () => {
  const meets = { cod: 22, nh3_n: 0.9, tp: 0.08 }
  const twoApart = (siteId: string) =>
    manualMilestone({
      title: '连续两次采样达到 IV 类',
      dueDate: '2026-06-30',
      criterionText: '池塘 COD、氨氮、总磷连续两次采样达到 GB 3838-2002 IV 类，间隔不少于 30 天',
      sampleCriterion: { siteId, standard: 'gb3838', waterbody: 'lake', targetClass: 'IV', parameters: ['cod', 'nh3_n', 'tp'], consecutive: 2, minDaysApart: 30 }
    })

  it('is not met 29 days apart, is met 30 Shanghai calendar days apart, and keeps the satisfying samples when confirmed', async () => {
    const ids = await start()
    const order = await issuedOrder(ids, [twoApart(ids.siteId)])
    const milestone = order.milestones[0]!
    const first = await recordSampling(core, ids, '2026-01-01T02:00:00.000Z', meets)
    const second = await recordSampling(core, ids, '2026-01-30T02:00:00.000Z', meets)
    // The sealed summary keeps the explanation as the Chinese sentence summaries were printed with before it was codes, so their codes still verify.
    const sealed = (await documentData.order_summary(core.db, order.id, '2026-03-02T02:00:00.000Z')) as SealedOrderSummary
    expect(sealed.order.milestones[0]!.evaluation!.explanation).toBe(
      `尚未满足（需连续 2 次采样化学需氧量(COD)、氨氮(NH3-N)、总磷(以P计)达到 GB 3838-2002 IV 类（湖泊、水库（含池塘）），相邻两次间隔不少于 30 天）：${first.code}（2026-01-01）达标；${second.code}（2026-01-30）达标。`
    )
    let evaluation = (await people.judge.must('orders.get', { id: order.id })).milestones[0]!.evaluation!
    expect(evaluation.met).toBe(false)
    expect(evaluation.perSample.map((s) => [s.sampledOn, s.meets])).toEqual([
      ['2026-01-01', true],
      ['2026-01-30', true]
    ])
    const early = await people.investigator.call('milestones.setProgress', { id: milestone.id, revision: 0, progress: 'done', doneOn: '2026-03-02', evidenceSha256: [], note: '' })
    expect(early.ok || early.error.message).toMatch(/^检测结果尚不满足验收标准：尚未满足（需连续 2 次采样/)
    expect(early.ok || errorText(early.error, 'en')).toMatch(/^The lab results do not yet meet the acceptance criterion: Not yet met \(2 consecutive samplings with /)
    expect(early.ok || errorText(early.error, 'en')).not.toMatch(/\p{Script=Han}/u)

    // 16:30 UTC on the 30th is 00:30 on the 31st in Zhangzhou: 30 calendar days after the first.
    const third = await recordSampling(core, ids, '2026-01-30T16:30:00.000Z', meets)
    evaluation = (await people.judge.must('orders.get', { id: order.id })).milestones[0]!.evaluation!
    expect(evaluation.met).toBe(true)
    expect(evaluation.satisfyingSamples).toEqual([
      { sampleId: first.id, sampleCode: first.code, sampledOn: '2026-01-01' },
      { sampleId: third.id, sampleCode: third.code, sampledOn: '2026-01-31' }
    ])
    const done = await people.investigator.must('milestones.setProgress', { id: milestone.id, revision: 0, progress: 'done', doneOn: '2026-03-02', evidenceSha256: [], note: '' })
    expect(done).toMatchObject({ progress: 'done', status: 'done', satisfyingSampleIds: [first.id, third.id] })
  })

  it('a failing sampling between breaks the run, and a voided one counts for nothing', async () => {
    const ids = await start()
    const order = await issuedOrder(ids, [twoApart(ids.siteId)])
    await recordSampling(core, ids, '2026-01-01T02:00:00.000Z', meets)
    await recordSampling(core, ids, '2026-01-20T02:00:00.000Z', { ...meets, tp: 0.15 })
    await recordSampling(core, ids, '2026-02-01T02:00:00.000Z', meets)
    await recordSampling(core, ids, '2026-03-01T02:00:00.000Z', meets, true)
    const evaluation = (await people.judge.must('orders.get', { id: order.id })).milestones[0]!.evaluation!
    expect(evaluation.met).toBe(false)
    expect(evaluation.perSample.map((s) => [s.sampledOn, s.meets, s.failingParameters])).toEqual([
      ['2026-01-01', true, []],
      ['2026-01-20', false, ['tp']],
      ['2026-02-01', true, []]
    ])
  })

  it('the summary judges the latest sampling against the target with its deciding items, and draws each parameter over time', async () => {
    const ids = await start()
    const order = await issuedOrder(ids)
    await recordSampling(core, ids, '2026-01-01T02:00:00.000Z', { cod: 45, nh3_n: 2.4, tp: 0.3 })
    const latest = await recordSampling(core, ids, '2026-02-01T02:00:00.000Z', { cod: 22, nh3_n: { value: 0.025, qualifier: '<', detectionLimit: 0.025 }, tp: 0.08 })
    const summary = await people.judge.must('orders.summary', { id: order.id })
    expect(summary.targetEvaluations).toEqual([
      {
        siteId: ids.siteId,
        siteName: '黎某作坊旁池塘',
        targetClass: 'IV',
        sampleCode: latest.code,
        sampledOn: '2026-02-01',
        waterClass: 'IV',
        meets: true,
        items: [
          { parameter: 'cod', value: '22', limit: '≤30', meets: true, deciding: true },
          { parameter: 'nh3_n', value: '<0.025', limit: '≤1.5', meets: true, deciding: false },
          { parameter: 'tp', value: '0.08', limit: '≤0.1', meets: true, deciding: true }
        ]
      }
    ])
    expect(summary.trends.map((t) => [t.parameter, t.limit, t.points.map((p) => [p.sampledOn, p.value, p.belowDetection])])).toEqual([
      ['cod', 30, [['2026-01-01', 45, false], ['2026-02-01', 22, false]]],
      ['nh3_n', 1.5, [['2026-01-01', 2.4, false], ['2026-02-01', 0.025, true]]],
      ['tp', 0.1, [['2026-01-01', 0.3, false], ['2026-02-01', 0.08, false]]]
    ])
  })
})

describe('dashboard', () => {
  it('shows overdue and due-soon milestones of live orders, open deviations, and orders by status and type', async () => {
    const ids = await start()
    const order = await issuedOrder(ids, [
      manualMilestone({ title: '种植', dueDate: '2026-02-20' }),
      manualMilestone({ title: '首次采样', dueDate: '2026-03-10' }),
      manualMilestone({ title: '连续两次达标', dueDate: '2026-06-30' })
    ])
    await people.judge.must('orders.create', waterOrder(ids, { orderNumber: '（2020）闽0626执修2号' }))
    const inspection = await people.investigator.must('inspections.create', {
      orderId: order.id,
      milestoneId: order.milestones[1]!.id,
      inspectedOn: '2026-03-01',
      findings: '缺株',
      photoSha256: [],
      samplesTaken: []
    })
    await people.investigator.must('deviations.create', { inspectionId: inspection.id, description: '缺株', severity: 'minor', correctiveAction: '补种', dueDate: '2026-03-01' })
    const board = await people.judge.must('orders.dashboard', {})
    expect(board.today).toBe('2026-03-02')
    expect(board.overdue.map((m) => [m.title, m.daysLeft, m.status])).toEqual([['种植', -10, 'overdue']])
    expect(board.dueSoon.map((m) => [m.title, m.daysLeft, m.status])).toEqual([['首次采样', 8, 'deviated']])
    expect(board.openDeviations.map((d) => [d.description, d.overdue, d.orderNumber])).toEqual([['缺株', true, '（2020）闽0626执修1号']])
    expect(board.byStatus.filter((s) => s.count > 0)).toEqual([
      { status: 'draft', count: 1 },
      { status: 'issued', count: 1 }
    ])
    expect(board.byType[0]).toMatchObject({ name: '水质净化令', count: 2 })
    expect(board.byType[1]).toMatchObject({ name: '土壤净化令', count: 0 })
    expect((await people.judge.must('orders.dashboard', { dueSoonDays: 5 })).dueSoon).toEqual([])
    expect(board.counts).toEqual({ overdue: 1, dueSoon: 1, openDeviations: 1, overdueNotices: 0 })
  })

  it('lists each order with its own milestones, those overdue on the Shanghai day and its open deviations', async () => {
    const ids = await start()
    const order = await issuedOrder(ids, [
      manualMilestone({ title: '种植', dueDate: '2026-02-20' }),
      manualMilestone({ title: '今日到期', dueDate: '2026-03-02' }),
      manualMilestone({ title: '首次采样', dueDate: '2026-03-10' })
    ])
    const other = await people.judge.must('orders.create', waterOrder(ids, { orderNumber: '（2020）闽0626执修2号' }))
    await people.judge.must('milestones.create', { orderId: other.id, milestone: manualMilestone({ title: '补种', dueDate: '2026-03-01' }) })
    const inspection = await people.investigator.must('inspections.create', {
      orderId: order.id,
      milestoneId: order.milestones[2]!.id,
      inspectedOn: '2026-03-01',
      findings: '缺株',
      photoSha256: [],
      samplesTaken: []
    })
    await people.investigator.must('deviations.create', { inspectionId: inspection.id, description: '缺株', severity: 'minor', correctiveAction: '补种', dueDate: '2026-03-05' })
    const list = await people.judge.must('orders.list', {})
    // 2026-03-02 is today in Shanghai: a milestone due today is not yet overdue, one due yesterday is.
    expect(list.items.map((o) => [o.orderNumber, o.orderTypeName, o.caseNumber !== '', o.milestones, o.overdueMilestones, o.openDeviations])).toEqual([
      ['（2020）闽0626执修2号', '水质净化令', true, 1, 1, 0],
      ['（2020）闽0626执修1号', '水质净化令', true, 3, 1, 1]
    ])
  })

  it('carries the first 20 of a list and the count of all, however many there are', async () => {
    const ids = await start()
    const days = Array.from({ length: 25 }, (_, i) => `2026-02-${String(i + 1).padStart(2, '0')}`)
    await issuedOrder(ids, days.map((dueDate, i) => manualMilestone({ title: `第 ${i + 1} 次补植`, dueDate })))
    const board = await people.judge.must('orders.dashboard', {})
    expect(board.counts.overdue).toBe(25)
    expect(board.overdue.map((m) => m.dueDate)).toEqual(days.slice(0, 20))
  })

  it('lists and follows milestones and deviations through the indexes', async () => {
    await start()
    const plan = (compiled: { sql: string; parameters: readonly unknown[] }) =>
      (core.sqlite.prepare(`explain query plan ${compiled.sql}`).all(...compiled.parameters) as { detail: string }[]).map((r) => r.detail).join('\n')
    const repo = await import('../../../electron/core/orders/order.repository')
    const none = { status: null, orderTypeId: null, caseId: null }
    const ordered = (filter: typeof none | Record<string, string | null>) =>
      repo.orderListQuery(core.db, { ...none, ...filter }).selectAll().orderBy('createdAt', 'desc').compile()
    expect(plan(ordered(none))).toMatch(/USING INDEX restoration_order_created/)
    expect(plan(ordered({ status: 'issued' }))).toMatch(/USING INDEX restoration_order_status_created/)
    expect(plan(ordered({ orderTypeId: 'x' }))).toMatch(/USING INDEX restoration_order_type_created/)
    expect(plan(ordered({ caseId: 'x' }))).toMatch(/USING INDEX restoration_order_case_created/)
    expect(plan(repo.openMilestonesDueBefore(core.db, '2026-03-16').selectAll().compile())).toMatch(/milestone USING INDEX milestone_open_due/)
    expect(plan(repo.openDeviationsQuery(core.db).selectAll().compile())).toMatch(/deviation USING INDEX deviation_open_due/)
    const milestones = core.db.selectFrom('milestone').selectAll().where('orderId', '=', 'x').orderBy('position').compile()
    expect(plan(milestones)).toMatch(/USING INDEX milestone_order_position/)
    const inspections = core.db.selectFrom('inspection').selectAll().where('orderId', '=', 'x').orderBy('inspectedOn').compile()
    expect(plan(inspections)).toMatch(/USING INDEX inspection_order_date/)
  })
})

describe('summary document seal', () => {
  it('binds the printed summary to its data and the signed head: verify --document says it reads the same, and names the fee once changed outside the app', async () => {
    const ids = await start()
    const order = await issuedOrder(ids)
    const summary = await people.judge.must('orders.summary', { id: order.id })
    expect(summary).toMatchObject({ court: '福建省漳浦县人民法院' })
    const seal = await people.judge.must('documents.seal', { kind: 'order_summary', id: order.id })
    expect(seal.code).toMatch(/^([0-9A-F]{4}-){7}[0-9A-F]{4}$/)
    await core.close()

    const same = await verifyCommand(dir, { document: seal.code })
    expect(same.output).toContain('文书内容：与数据库一致')
    expect(same.output).toMatch(/签名链头：在审计链中.*签名有效/)
    expect(same.code).toBe(0)

    const sqlite = new BetterSqlite3(join(dir, 'ecocase.sqlite'))
    sqlite.prepare('update restoration_order set restoration_fee_fen = restoration_fee_fen + 100000 where id = ?').run(order.id)
    sqlite.close()
    const changed = await verifyCommand(dir, { document: seal.code })
    expect(changed.code).toBe(1)
    expect(changed.output).toMatch(/data\.order\.restorationFeeFen：打印时为 \d+，现为 \d+/)
    expect((await verifyCommand(dir, { document: '0000-0000-0000-0000-0000-0000-0000-0000' })).output).toContain('不在本数据库的审计链中')
  })
})

describe('parseYuan', () => {
  it('turns typed yuan into exact integer fen, and refuses what is not an amount', () => {
    expect(parseYuan('100000')).toBe(10_000_000)
    expect(parseYuan('44,000.5')).toBe(4_400_050)
    expect(parseYuan(' 0.07 ')).toBe(7)
    expect(parseYuan('0.1')).toBe(10)
    for (const bad of ['', '-1', '1.005', '1,00', 'abc', '1e5', '99999999999999999']) expect(parseYuan(bad)).toBeNull()
  })
})
