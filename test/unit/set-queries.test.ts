import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Core } from '../../electron/core/core'
import type { Role } from '../../electron/shared/roles'
import type { Channel } from '../../electron/shared/channels'
import type { InputOf } from '../../electron/shared/contract'
import { clearStatementCache } from '../../electron/core/db/statement-cache'
import { statementRecorder } from '../bench/sql-capture'
import { expertInput } from './support/expert-fixtures'
import { staff, testCore, type Actor } from './support/test-core'
import { manualMilestone, pondWithSite, recordSampling, waterOrder } from './support/order-fixtures'

/**
 * No statement per row (issue 15): the evidence picker, recusal screening
 * and an order's sample-based criteria read what they need in set queries,
 * so the number of statements a call runs does not grow with the case.
 */
let core: Core
let people: Record<Role, Actor>
let recorder: ReturnType<typeof statementRecorder>

beforeEach(async () => {
  core = await testCore('2026-03-02T01:00:00.000Z')
  people = await staff(core)
  recorder = statementRecorder(core.sqlite)
})
afterEach(() => core.close())

async function statementsOf<C extends Channel>(actor: Actor, channel: C, input: InputOf<C>): Promise<number> {
  // One call first, so the caller's session is cached (as every call after a session's first finds it).
  await actor.must(channel, input)
  clearStatementCache(core.sqlite)
  return (await recorder.capture(() => actor.must(channel, input))).length
}

const results = { cod: 22, nh3_n: 0.9, tp: 0.08 }

describe('set queries', () => {
  it('the evidence picker runs as many statements for 12 samples as for 2', async () => {
    const ids = await pondWithSite(core, people)
    const day = (n: number) => `2026-01-${String(n).padStart(2, '0')}T02:00:00.000Z`
    for (let i = 1; i <= 2; i++) await recordSampling(core, ids, day(i), results)
    const few = await statementsOf(people.investigator, 'opinions.evidence', { caseId: ids.caseId })
    for (let i = 3; i <= 12; i++) await recordSampling(core, ids, day(i), results)
    const evidence = await people.investigator.must('opinions.evidence', { caseId: ids.caseId })
    expect(evidence.samples).toHaveLength(12)
    expect(evidence.samples.every((s) => s.results.length === 3)).toBe(true)
    expect(await statementsOf(people.investigator, 'opinions.evidence', { caseId: ids.caseId })).toBe(few)
  })

  it('screening runs as many statements for a pool of 8 as for 2', async () => {
    const ids = await pondWithSite(core, people)
    const water = (await people.clerk.must('fields.list', {})).find((f) => f.code === 'water')!.id
    const expert = (i: number) =>
      people.clerk.must('experts.create', expertInput([water], { name: `专家${i}`, organisation: `单位${i}`, title: '' }))
    for (let i = 1; i <= 2; i++) await expert(i)
    const few = await statementsOf(people.clerk, 'assignments.screen', { caseId: ids.caseId, fieldIds: [water] })
    for (let i = 3; i <= 8; i++) await expert(i)
    expect((await people.clerk.must('assignments.screen', { caseId: ids.caseId, fieldIds: [water] })).eligible).toHaveLength(8)
    expect(await statementsOf(people.clerk, 'assignments.screen', { caseId: ids.caseId, fieldIds: [water] })).toBe(few)
  })

  it('an order reads its site’s samplings once, however many milestones verify from them', async () => {
    const ids = await pondWithSite(core, people)
    const criterion = { siteId: ids.siteId, standard: 'gb3838' as const, waterbody: 'lake' as const, targetClass: 'IV' as const, parameters: ['cod'], consecutive: 2, minDaysApart: 30 }
    const order = await people.judge.must('orders.create', waterOrder(ids))
    const sampled = (n: number) => manualMilestone({ title: `采样核验 ${n}`, dueDate: '2026-04-30', sampleCriterion: criterion })
    await people.judge.must('milestones.create', { orderId: order.id, milestone: sampled(1) })
    await recordSampling(core, ids, '2026-01-01T02:00:00.000Z', results)
    const one = await statementsOf(people.judge, 'orders.get', { id: order.id })
    for (let n = 2; n <= 4; n++) await people.judge.must('milestones.create', { orderId: order.id, milestone: sampled(n) })
    expect((await people.judge.must('orders.get', { id: order.id })).milestones.every((m) => m.evaluation !== null)).toBe(true)
    expect(await statementsOf(people.judge, 'orders.get', { id: order.id })).toBe(one)
  })
})
