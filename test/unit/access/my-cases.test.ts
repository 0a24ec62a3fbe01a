import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Core } from '../../../electron/core/core'
import { demoPassword, loadDemo } from '../../../electron/core/demo/load-demo'
import { signIn, testCore } from '../support/test-core'

let core: Core
beforeEach(async () => {
  core = await testCore('2026-03-02T01:00:00.000Z')
  await loadDemo(core)
})
afterEach(() => core.close())

describe('我的案件: the investigator home page channel', () => {
  it('lists the cases the investigator is assigned to, with the milestones of the orders they follow', async () => {
    const lin = await signIn(core, 'lin.investigator', demoPassword)
    const mine = await lin.must('cases.mine', {})
    expect(mine.map((c) => c.caseNumber)).toEqual(['（2020）闽0626刑初123号'])
    const [pond] = mine
    expect(pond).toMatchObject({ cause: '污染环境罪', status: 'in_trial', judgeName: '王建明', assignmentStatus: 'active', canWrite: true })
    const milestones = pond!.due.filter((d) => d.kind === 'milestone')
    expect(milestones.length).toBeGreaterThan(0)
    expect(pond!.due.map((d) => d.date)).toEqual([...pond!.due.map((d) => d.date)].sort())
  })

  it('is the investigators’ own: other roles are refused', async () => {
    const judge = await signIn(core, 'wang.judge', demoPassword)
    const reply = await judge.call('cases.mine', {})
    expect(reply.ok).toBe(false)
    if (!reply.ok) expect(reply.error.code).toBe('forbidden')
  })
})
