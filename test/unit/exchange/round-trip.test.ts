import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { verifyCommand } from '../../../electron/cli/verify'
import type { Site } from '../../../electron/shared/sites'
import { signIn } from '../support/test-core'
import { unreturnedWork } from '../../../electron/core/exchange/unreturned-work'
import { court, fieldDay, laptop, openFolder, pair, workFolder, type Court, type Laptop, linkToCaseExpert } from './support'

/**
 * Three data folders: the court sends the case to two investigators, each
 * records a field day offline, both return their work, and the court holds
 * both; a record edited on two sides becomes one conflict, whose resolution
 * travels back; every folder verifies.
 */
describe('exchange between the court and two laptops', { timeout: 120_000 }, () => {
  let work: string
  let c: Court
  let a: Laptop
  let b: Laptop
  const file = (name: string) => join(work, `${name}.ecocase`)

  beforeAll(async () => {
    work = workFolder()
    c = await court(join(work, 'court'))
    a = await laptop(join(work, 'a'), '林永华的笔记本')
    b = await laptop(join(work, 'b'), '陈静怡的笔记本')
    await pair(c.people.admin, a.admin)
    await pair(c.people.admin, b.admin)
  }, 60_000)

  afterAll(async () => {
    for (const core of [c?.core, a?.core, b?.core]) await core?.close()
  })

  const idOf = async (side: { admin: { must: Laptop['admin']['must'] } }) => (await side.admin.must('exchange.card', {})).installationId

  it('sends the case to both laptops, brings back both field days, and merges them at the court', async () => {
    const toA = await c.people.clerk.must('exchange.export', { to: await idOf(a), caseNumber: c.caseNumber, changes: false, file: file('case-a') })
    const toB = await c.people.clerk.must('exchange.export', { to: await idOf(b), caseId: c.caseId, changes: false, file: file('case-b') })
    expect(toA).toMatchObject({ kind: 'case', caseNumber: c.caseNumber })
    expect(toA.events).toBeGreaterThan(10)

    const inA = await a.investigator.must('exchange.import', { file: toA.file })
    expect(inA).toMatchObject({ kind: 'case', conflicts: 0 })
    expect(inA.tables).toMatchObject({ court_case: 1, site: 1 })
    await b.investigator.must('exchange.import', { file: toB.file })
    await linkToCaseExpert(a, c)
    await linkToCaseExpert(b, c)
    expect((await a.investigator.must('cases.get', { id: c.caseId })).caseNumber).toBe(c.caseNumber)

    const dayA = await fieldDay(a.investigator, c.caseId, c.siteId, 'photo A', 'A-0001')
    const dayB = await fieldDay(b.investigator, c.caseId, c.siteId, 'photo B', 'B-0001')

    const backA = await a.investigator.must('exchange.export', { to: await idOf(c.people), changes: true, file: file('back-a') })
    const backB = await b.investigator.must('exchange.export', { to: await idOf(c.people), changes: true, file: file('back-b') })
    expect(backA).toMatchObject({ kind: 'changes', attachments: 1 })
    const atCourtA = await c.people.clerk.must('exchange.import', { file: backA.file })
    const atCourtB = await c.people.clerk.must('exchange.import', { file: backB.file })
    expect([atCourtA.conflicts, atCourtB.conflicts]).toEqual([0, 0])
    expect(atCourtA.tables).toMatchObject({ site_visit: 1, sample: 1, custody_event: 1, lab_result: 1, attachment: 1 })

    const samples = await c.people.judge.must('samples.list', { caseId: c.caseId })
    expect(samples.items.map((s) => s.id).sort()).toEqual([dayA.sample.id, dayB.sample.id].sort())
    // Imported rows enter the search index as rows written here do: found by their seal number.
    expect((await c.people.judge.must('samples.list', { search: 'A-0001' })).items.map((s) => s.id)).toEqual([dayA.sample.id])
    const detail = await c.people.judge.must('samples.get', { id: dayA.sample.id })
    expect(detail.results.map((r) => r.value)).toEqual([38])
    expect(await c.people.judge.must('attachments.verify', { sha256: dayA.photo })).toMatchObject({ ok: true })

    // The receipts go back: the next return package holds only what is new.
    await a.admin.must('exchange.import', { file: atCourtA.receiptFile! })
    const again = await a.investigator.must('exchange.export', { to: await idOf(c.people), changes: true, file: file('back-a-2') })
    expect(again.events).toBe(0)
    // B's receipt has not come back: resetting B's folder would lose its field day.
    expect(unreturnedWork(a.core.sqlite)).toEqual([])
    expect(unreturnedWork(b.core.sqlite)).toEqual([expect.objectContaining({ partner: await idOf(c.people), changes: expect.any(Number) })])
  })

  it('importing the same package twice is refused and changes nothing', async () => {
    const replay = await c.people.clerk.call('exchange.import', { file: file('back-a') })
    expect(replay.ok || replay.error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('已于此前导入') })
  })

  it('a record edited on both sides is one conflict; its resolution is audited and settles the other side too', async () => {
    const site = await c.people.clerk.must('sites.list', { caseId: c.caseId }).then((s) => s[0]!)
    const atA = await a.investigator.must('sites.list', { caseId: c.caseId }).then((s) => s[0]!)
    expect(atA.revision).toBe(site.revision)
    await c.people.investigator.must('sites.update', { id: site.id, revision: site.revision, site: { ...siteInput(site), notes: '法院：池塘东侧有排污口' } })
    await a.investigator.must('sites.update', { id: atA.id, revision: atA.revision, site: { ...siteInput(atA), name: '黎某作坊池塘', notes: '现场：水面有油膜' } })

    const back = await a.investigator.must('exchange.export', { to: await idOf(c.people), changes: true, file: file('back-a-3') })
    const imported = await c.people.clerk.must('exchange.import', { file: back.file })
    expect(imported.conflicts).toBe(1)
    expect((await c.people.clerk.must('sites.list', { caseId: c.caseId }))[0]!.notes).toBe('法院：池塘东侧有排污口')

    const [conflict] = await c.people.judge.must('exchange.conflicts', { status: 'open' })
    expect(conflict!.fields.map((f) => f.column).sort()).toEqual(['name', 'notes'])
    expect(conflict!.fields.find((f) => f.column === 'notes')).toMatchObject({ local: '法院：池塘东侧有排污口', incoming: '现场：水面有油膜' })
    const admin = await c.people.admin.call('exchange.resolve', { conflictId: conflict!.id, revision: conflict!.revision, choices: {}, keep: 'fields' })
    expect(admin.ok || admin.error.code).toBe('forbidden')
    await c.people.judge.must('exchange.resolve', { conflictId: conflict!.id, revision: conflict!.revision, choices: { name: 'incoming' }, keep: 'fields' })
    const resolved = (await c.people.clerk.must('sites.list', { caseId: c.caseId }))[0]!
    expect(resolved).toMatchObject({ name: '黎某作坊池塘', notes: '法院：池塘东侧有排污口' })
    const history = await c.people.judge.must('history.forRecord', { entityType: 'site', entityId: site.id })
    expect(history.some((h) => h.channel === 'exchange.resolve')).toBe(true)

    const toA = await c.people.clerk.must('exchange.export', { to: await idOf(a), caseId: c.caseId, changes: false, file: file('case-a-2') })
    const atLaptop = await a.investigator.must('exchange.import', { file: toA.file })
    expect(atLaptop.conflicts).toBe(0)
    expect((await a.investigator.must('sites.list', { caseId: c.caseId }))[0]).toMatchObject({ name: '黎某作坊池塘', notes: '法院：池塘东侧有排污口' })
  })

  it('a result voided on both sides is no conflict: the first void stands', async () => {
    const [sample] = await c.people.judge.must('samples.list', { caseId: c.caseId, search: 'A-0001' }).then((list) => ('items' in list ? list.items : list) as { id: string }[])
    const atCourt = (await c.people.judge.must('samples.get', { id: sample!.id })).results[0]!
    const atLaptop = (await a.investigator.must('samples.get', { id: sample!.id })).results[0]!
    await c.people.investigator.must('labResults.void', { id: atCourt.id, revision: atCourt.revision, reason: '法院：报告编号录错' })
    await a.investigator.must('labResults.void', { id: atLaptop.id, revision: atLaptop.revision, reason: '现场：样品瓶破损' })
    const back = await a.investigator.must('exchange.export', { to: await idOf(c.people), changes: true, file: file('back-a-void') })
    expect((await c.people.clerk.must('exchange.import', { file: back.file })).conflicts).toBe(0)
    const after = (await c.people.judge.must('samples.get', { id: sample!.id })).results[0]!
    expect(after.voided?.reason ?? JSON.stringify(after)).toContain('法院：报告编号录错')
  })

  it('verify passes on all three folders', async () => {
    for (const side of ['c', 'a', 'b'] as const) {
      const holder = { c, a, b }[side]
      const dir = holder.core.dataDir
      await holder.core.close()
      const verdict = await verifyCommand(dir, {})
      expect(verdict.output).toContain('结论：通过')
      const reopened = await openFolder(dir)
      holder.core = reopened
    }
    c.people.clerk = await signIn(c.core, 'clerk')
  })
})

function siteInput(site: Site) {
  return { name: site.name, address: site.address, latitude: site.latitude!, longitude: site.longitude!, accuracyM: site.accuracyM, waterbody: site.waterbody, notes: site.notes }
}
