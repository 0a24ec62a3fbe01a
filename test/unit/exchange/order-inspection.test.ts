import { afterAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { openCore, type Core } from '../../../electron/core/core'
import { loadDemo } from '../../../electron/core/demo/load-demo'
import { verifyCommand } from '../../../electron/cli/verify'
import { signIn, testPasswordCost } from '../support/test-core'
import { laptop, pair, workFolder, type Laptop, linkToCaseExpert } from './support'

/** The judge's order reaches the investigator's laptop with its case; the inspection recorded there comes back to the court. */
describe('an order goes out, an inspection comes back', { timeout: 120_000 }, () => {
  const cores: Core[] = []
  afterAll(async () => {
    for (const core of cores) await core.close()
  })

  it('the laptop holds the order and its milestones; the court holds the inspection; both verify', async () => {
    const work = workFolder()
    const court = await openCore({ dataDir: join(work, 'court'), passwordCost: testPasswordCost })
    cores.push(court)
    await loadDemo(court)
    const admin = await signIn(court, 'admin', 'ecocase-demo')
    const clerk = await signIn(court, 'chen.clerk', 'ecocase-demo')
    const judge = await signIn(court, 'wang.judge', 'ecocase-demo')
    const a: Laptop = await laptop(join(work, 'a'), '林永华')
    cores.push(a.core)
    await pair(admin, a.admin)
    const order = court.sqlite.prepare('select id, case_id from restoration_order limit 1').get() as { id: string; case_id: string }

    const out = await clerk.must('exchange.export', { to: (await a.admin.must('exchange.card', {})).installationId, caseId: order.case_id, changes: false, file: join(work, 'case.ecocase') })
    expect((await a.investigator.must('exchange.import', { file: out.file })).conflicts).toBe(0)
    await linkToCaseExpert(a, court.sqlite.prepare("select expert_id as expertId from app_user where username = 'lin.investigator'").get() as { expertId: string })
    const atLaptop = await a.investigator.must('orders.get', { id: order.id })
    expect(atLaptop.milestones.length).toBeGreaterThan(0)

    const inspection = await a.investigator.must('inspections.create', {
      orderId: order.id,
      milestoneId: atLaptop.milestones[0]!.id,
      inspectedOn: '2026-11-20',
      findings: '池塘东侧水生植物长势良好',
      photoSha256: [],
      samplesTaken: []
    })
    const back = await a.investigator.must('exchange.export', { to: (await admin.must('exchange.card', {})).installationId, changes: true, file: join(work, 'back.ecocase') })
    const imported = await clerk.must('exchange.import', { file: back.file })
    expect(imported).toMatchObject({ conflicts: 0, tables: { inspection: 1 } })
    const atCourt = await judge.must('orders.get', { id: order.id })
    expect(JSON.stringify(atCourt)).toContain(inspection.id)

    for (const core of cores.splice(0)) {
      await core.close()
      expect((await verifyCommand(core.dataDir, {})).output).toContain('结论：通过')
    }
  })
})
