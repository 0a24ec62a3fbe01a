import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Core } from '../../../electron/core/core'
import { demoPassword } from '../../../electron/core/demo/load-demo'
import type { Actor } from '../support/test-core'
import { accessFixture, type Identity } from '../support/access-fixture'

let core: Core
let actors: Record<Identity, Actor>
let caseId: string
let ids: { sample: string; order: string; opinion: string; visit: string; site: string; sampleCode: string }

beforeAll(async () => {
  const fixture = await accessFixture()
  core = fixture.core
  actors = fixture.actors
  caseId = fixture.pondCaseId
  const one = (sql: string, ...args: unknown[]) => core.sqlite.prepare(sql).pluck().get(...args) as string
  const sample = one('select id from sample where case_id = ? limit 1', caseId)
  ids = {
    sample,
    order: one('select id from restoration_order where case_id = ?', caseId),
    opinion: one('select id from opinion where case_id = ?', caseId),
    visit: one('select id from site_visit where case_id = ? limit 1', caseId),
    site: one('select id from site where case_id = ? limit 1', caseId),
    sampleCode: one('select code from sample where id = ?', sample)
  }
}, 120_000)
afterAll(() => core?.close())

const refusal = (reason: string) => ({ ok: false, error: { code: 'forbidden', reason } })
const visit = () => ({ caseId, visitDate: '2020-05-20', peoplePresent: ['林永华'], weather: '阴', notes: '' })

describe('access by case (issue 11)', () => {
  it('an assigned investigator reads and writes their case', async () => {
    const lin = actors.assigned
    expect((await lin.must('cases.get', { id: caseId })).id).toBe(caseId)
    expect((await lin.must('samples.get', { id: ids.sample })).sample.id).toBe(ids.sample)
    expect((await lin.must('visits.create', visit())).caseId).toBe(caseId)
    expect((await lin.must('cases.list', {})).items.map((c) => c.id)).toEqual([caseId])
    expect((await lin.must('cases.mine', {}))[0]).toMatchObject({ caseId, canWrite: true })
  })

  it('an unassigned investigator is refused on every read and write of the case, and sees none of its rows in lists, search, dashboard and exports', async () => {
    const zhao = actors.unassigned
    for (const [channel, input] of [
      ['cases.get', { id: caseId }],
      ['samples.get', { id: ids.sample }],
      ['visits.get', { id: ids.visit }],
      ['orders.get', { id: ids.order }],
      ['orders.summary', { id: ids.order }],
      ['opinions.get', { id: ids.opinion }],
      ['history.forRecord', { entityType: 'sample', entityId: ids.sample }],
      ['documents.seal', { kind: 'order_summary', id: ids.order }],
      ['lists.exportXlsx', { list: 'lab-results', caseId }],
      ['samples.list', { caseId }]
    ] as const)
      expect(await zhao.call(channel, input as never), channel).toMatchObject(refusal('case_not_assigned'))
    expect(await zhao.call('visits.create', visit())).toMatchObject(refusal('case_not_assigned'))
    expect(await zhao.call('samples.void', { id: ids.sample, revision: 0, reason: '录入错误' })).toMatchObject(refusal('case_not_assigned'))
    const count = (table: string) => core.sqlite.prepare(`select count(*) from ${table}`).pluck().get()
    expect((await zhao.must('cases.list', {})).items).toEqual([])
    expect((await zhao.must('samples.list', {})).items).toEqual([])
    expect((await zhao.must('orders.list', {})).items).toEqual([])
    const dashboard = await zhao.must('orders.dashboard', {})
    expect([dashboard.overdue, dashboard.dueSoon, dashboard.openDeviations]).toEqual([[], [], []])
    expect(dashboard.byStatus.every((s) => s.count === 0)).toBe(true)
    const charts = await zhao.must('orders.charts', {})
    expect(charts.ordersByStatus.flatMap((s) => s.counts).every((n) => n === 0)).toBe(true)
    const search = await zhao.must('search.global', { query: '池塘' })
    expect(search.groups.filter((g) => g.kind !== 'expert').flatMap((g) => g.hits)).toEqual([])
    const custody = core.sqlite.prepare('select c.id from custody_event c join sample s on s.id = c.sample_id where s.case_id = ? limit 1').pluck().get(caseId) as string
    expect(await zhao.must('signatures.list', { subjectIds: [custody, ids.order] })).toEqual([])
    const orders = await zhao.must('lists.exportXlsx', { list: 'orders' })
    expect(orders.contentBase64.length).toBeGreaterThan(0)
    // A results file naming the case's sample finds no such sample, and writes nothing.
    const before = count('lab_result')
    const csv = `sample_code,parameter,value,qualifier,unit,detection_limit,method,lab,report_number,analysed_at\n${ids.sampleCode},cod,25,,mg/L,4,HJ 828-2017,监测站,ZX-1,2020-05-13 10:00\n`
    const report = await zhao.call('labResults.import', { fileName: 'r.csv', contentBase64: Buffer.from(csv).toString('base64') })
    expect(JSON.stringify(report)).toContain(`找不到样品编号 ${ids.sampleCode}`)
    expect(count('lab_result')).toBe(before)
  })

  it('after the assignment completes, reads succeed and writes are refused', async () => {
    const chen = actors.ended
    expect((await chen.must('cases.get', { id: caseId })).id).toBe(caseId)
    expect((await chen.must('opinions.get', { id: ids.opinion })).id).toBe(ids.opinion)
    expect((await chen.must('cases.mine', {}))[0]).toMatchObject({ caseId, assignmentStatus: 'completed', canWrite: false })
    expect(await chen.call('visits.create', visit())).toMatchObject(refusal('case_assignment_ended'))
    expect(await chen.call('custody.record', {
      sampleId: ids.sample, relinquishedBy: '陈静怡', receivedBy: '监测站', receiverKind: 'lab', at: '2020-05-13T01:00:00.000Z', place: '实验室', condition: '完好', temperatureC: 4, sealIntact: true, password: demoPassword
    })).toMatchObject(refusal('case_assignment_ended'))
  })

  it('the opinion is read by its investigators and the case’s judge and clerk, nobody else, the administrator included', async () => {
    for (const who of ['assigned', 'ended', 'judge', 'clerk'] as const) expect((await actors[who].must('opinions.get', { id: ids.opinion })).id, who).toBe(ids.opinion)
    expect(await actors.admin.call('opinions.get', { id: ids.opinion })).toMatchObject(refusal('opinion_not_public'))
    expect(await actors.admin.call('opinions.print', { id: ids.opinion })).toMatchObject(refusal('opinion_not_public'))
    expect(await actors.admin.call('documents.exportDocx', { kind: 'opinion', id: ids.opinion })).toMatchObject(refusal('opinion_not_public'))
    expect(await actors.admin.call('history.forRecord', { entityType: 'opinion', entityId: ids.opinion })).toMatchObject(refusal('opinion_not_public'))
    expect(await actors.unassigned.call('opinions.get', { id: ids.opinion })).toMatchObject(refusal('case_not_assigned'))
    // The audit log tells the administrator who changed the opinion, not what it says.
    const log = await actors.admin.must('history.log', { entityType: 'opinion', entityId: ids.opinion })
    expect(log.items.length).toBeGreaterThan(0)
    expect(log.items.every((e) => e.before === null && e.after === null)).toBe(true)
  })

  it("a record's history follows its case whatever table it is in: link rows by their parent, signatures by what they sign; a record of no known case is refused to an investigator, not shown", async () => {
    const zhao = actors.unassigned
    const one = (sql: string, ...args: unknown[]) => core.sqlite.prepare(sql).pluck().get(...args) as string
    const party = one("select entity_id from audit_event where entity_type = 'case_party' limit 1")
    const supervisor = one("select entity_id from audit_event where entity_type = 'order_supervisor' limit 1")
    const signature = one('select id from signature limit 1')
    const attachment = one("select entity_id from audit_event where entity_type = 'attachment' limit 1")
    for (const [entityType, entityId] of [
      ['case_party', party],
      ['order_supervisor', supervisor],
      ['opinion_sample', JSON.stringify([ids.opinion, 1])],
      ['signature', signature],
      ['attachment', attachment],
      ['a_table_added_later', caseId]
    ])
      expect(await zhao.call('history.forRecord', { entityType, entityId }), entityType).toMatchObject(refusal('case_not_assigned'))
    expect((await actors.assigned.must('history.forRecord', { entityType: 'case_party', entityId: party })).length).toBeGreaterThan(0)
    expect((await actors.judge.must('history.forRecord', { entityType: 'attachment', entityId: attachment })).length).toBeGreaterThan(0)
    const expert = one('select id from expert limit 1')
    expect((await zhao.must('history.forRecord', { entityType: 'expert', entityId: expert })).length).toBeGreaterThan(0)
  })

  it('an unknown id gets the handler’s not_found, for an investigator as for anyone', async () => {
    const missing = '01900000-0000-7000-8000-00000000dead'
    for (const who of ['unassigned', 'judge'] as const) expect(await actors[who].call('samples.get', { id: missing })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})
