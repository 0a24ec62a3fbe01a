import { afterEach, describe, expect, it } from 'vitest'
import { cpSync } from 'node:fs'
import { join } from 'node:path'
import { openCore, type Core } from '../../../electron/core/core'
import { loadDemo } from '../../../electron/core/demo/load-demo'
import { keyFingerprint } from '../../../electron/core/exchange/partners'
import { setupAdmin, signIn, testPasswordCost } from '../support/test-core'
import { partText } from '../../../electron/shared/errors'
import { court, laptop, openFolder, pair, workFolder, linkToCaseExpert } from './support'
import { pondWater } from '../support/sample-fixtures'

const opened: Core[] = []
afterEach(async () => {
  for (const core of opened.splice(0)) await core.close()
})

describe('pairing', () => {
  it('a card whose fingerprint does not match its key, the own card and a second key for a paired installation are refused', async () => {
    const work = workFolder()
    const c = await court(join(work, 'court'))
    const a = await laptop(join(work, 'a'), '林永华')
    opened.push(c.core, a.core)
    const card = await a.admin.must('exchange.card', {})
    const altered = await c.people.admin.call('exchange.pair', { card: JSON.stringify({ ...card, fingerprint: card.fingerprint.replace(/^./, card.fingerprint[0] === 'A' ? 'B' : 'A') }), expertId: null })
    expect(altered.ok || altered.error.message).toMatch(/指纹与其公钥不符/)
    const own = await c.people.admin.call('exchange.pair', { card: JSON.stringify(await c.people.admin.must('exchange.card', {})), expertId: null })
    expect(own.ok || own.error.message).toMatch(/自己/)
    const clerk = await c.people.clerk.call('exchange.pair', { card: JSON.stringify(card), expertId: null })
    expect(clerk.ok || clerk.error.code).toBe('forbidden')
    await c.people.admin.must('exchange.pair', { card: JSON.stringify(card), expertId: null })
    const otherKey = await c.people.admin.call('exchange.pair', { card: JSON.stringify({ ...card, publicKey: 'ab'.repeat(32), fingerprint: keyFingerprint('ab'.repeat(32)) }), expertId: null })
    expect(otherKey.ok || otherKey.error.message).toMatch(/另一把公钥/)
    expect(await c.people.judge.must('exchange.partners', {})).toEqual([expect.objectContaining({ installationId: card.installationId, fingerprint: card.fingerprint })])
  })

  // Loads the whole demo data set inside the test: slow on a loaded machine.
  it("a laptop tied to an investigator receives only the cases that investigator is assigned to", async () => {
    const work = workFolder()
    const core = await openCore({ dataDir: join(work, 'court'), passwordCost: testPasswordCost })
    opened.push(core)
    await loadDemo(core)
    const admin = await signIn(core, 'admin', 'ecocase-demo')
    const clerk = await signIn(core, 'chen.clerk', 'ecocase-demo')
    const assignment = core.sqlite.prepare("select case_id, expert_id from assignment where status in ('proposed', 'notified', 'active', 'completed') limit 1").get() as { case_id: string; expert_id: string }
    const outsider = core.sqlite.prepare('select id from expert where id not in (select expert_id from assignment) limit 1').pluck().get() as string
    const assigned = await laptop(join(work, 'assigned'), '受指派的调查官')
    const other = await laptop(join(work, 'other'), '未受指派的调查官')
    opened.push(assigned.core, other.core)
    await admin.must('exchange.pair', { card: JSON.stringify(await assigned.admin.must('exchange.card', {})), expertId: assignment.expert_id })
    await admin.must('exchange.pair', { card: JSON.stringify(await other.admin.must('exchange.card', {})), expertId: outsider })

    const to = async (side: typeof assigned) => (await side.admin.must('exchange.card', {})).installationId
    const refused = await clerk.call('exchange.export', { to: await to(other), caseId: assignment.case_id, changes: false, file: join(work, 'no.ecocase') })
    expect(refused.ok || refused.error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('未被指派') })
    const sent = await clerk.call('exchange.export', { to: await to(assigned), caseId: assignment.case_id, changes: false, file: join(work, 'yes.ecocase') })
    expect(sent.ok).toBe(true)
    const fromWindow = await clerk.call('exchange.export', { to: await to(assigned), caseId: assignment.case_id, changes: false })
    expect(fromWindow.ok).toBe(true)
  }, 30_000)
})

describe('clocks and order of arrival', () => {
  it('warns when the two clocks differ by more than 10 minutes', async () => {
    const work = workFolder()
    const c = await court(join(work, 'court'))
    const ahead = await openCore({ dataDir: join(work, 'fast'), passwordCost: testPasswordCost, now: () => new Date(Date.now() + 25 * 60_000) })
    opened.push(c.core, ahead)
    const fastAdmin = await setupAdmin(ahead)
    await pair(c.people.admin, fastAdmin)
    const pkg = await c.people.clerk.must('exchange.export', { to: (await fastAdmin.must('exchange.card', {})).installationId, caseId: c.caseId, changes: false, file: join(work, 'case.ecocase') })
    const report = await fastAdmin.must('exchange.import', { file: pkg.file })
    expect(report.warnings.map((w) => partText(w, 'zh'))).toEqual([expect.stringMatching(/时钟与本机相差约 2[45] 分钟/)])
    expect(partText(report.warnings[0]!, 'en')).toMatch(/clock differs from this computer's by about 2[45] minutes/)
  })

  it('a changes package that continues a part not yet imported waits, and is imported once the missing one arrives', async () => {
    const work = workFolder()
    const c = await court(join(work, 'court'))
    const a = await laptop(join(work, 'a'), '林永华')
    opened.push(a.core)
    await pair(c.people.admin, a.admin)
    const courtId = (await c.people.admin.must('exchange.card', {})).installationId
    const lapId = (await a.admin.must('exchange.card', {})).installationId
    await a.investigator.must('exchange.import', { file: (await c.people.clerk.must('exchange.export', { to: lapId, caseId: c.caseId, changes: false, file: join(work, 'case.ecocase') })).file })
    await linkToCaseExpert(a, c)

    const round = async (n: number) => {
      await a.investigator.must('samples.create', pondWater(c, { sealNumber: `W-${n}` }))
      return (await a.investigator.must('exchange.export', { to: courtId, changes: true, file: join(work, `p${n}.ecocase`) })).file
    }
    const p1 = await round(1)
    const r1 = (await c.people.clerk.must('exchange.import', { file: p1 })).receiptFile!
    await a.investigator.must('exchange.import', { file: r1 })
    // A copy of the court as it was after the first package: it will get the third before the second.
    await c.core.close()
    cpSync(join(work, 'court'), join(work, 'court-copy'), { recursive: true })
    c.core = await openFolder(join(work, 'court'))
    opened.push(c.core)
    const clerk = await signIn(c.core, 'clerk')
    const p2 = await round(2)
    await a.investigator.must('exchange.import', { file: (await clerk.must('exchange.import', { file: p2 })).receiptFile! })
    const p3 = await round(3)

    const copy = await openFolder(join(work, 'court-copy'))
    opened.push(copy)
    const copyClerk = await signIn(copy, 'clerk')
    const early = await copyClerk.call('exchange.import', { file: p3 })
    expect(early.ok || early.error.message).toMatch(/须先导入.*此包已暂存等待/)
    expect(copy.sqlite.prepare('select count(*) from sample').pluck().get()).toBe(1)
    const late = await copyClerk.must('exchange.import', { file: p2 })
    expect(late.warnings).toEqual([{ reason: 'package_waiting_imported', params: { packageId: expect.any(String), events: expect.any(Number) } }])
    expect(partText(late.warnings[0]!, 'en')).toMatch(/^Then imported package .+, which was waiting \(\d+ events\)$/)
    expect(copy.sqlite.prepare('select count(*) from sample').pluck().get()).toBe(3)
  })
})
