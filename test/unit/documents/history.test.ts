import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { expertInput } from '../support/expert-fixtures'
import type { Core } from '../../../electron/core/core'
import type { Role } from '../../../electron/shared/roles'
import { columnChanges } from '../../../electron/shared/history'
import { staff, testCore, type Actor } from '../support/test-core'

let core: Core
let people: Record<Role, Actor>
let expertId: string

beforeEach(async () => {
  core = await testCore()
  people = await staff(core)
  const fields = Object.fromEntries((await people.clerk.must('fields.list', {})).map((f) => [f.code, f.id]))
  const expert = expertInput([fields.water!], { phone: '0596-1234567' })
  expertId = (await people.clerk.must('experts.create', expert)).id
  await people.clerk.must('experts.update', { id: expertId, revision: 0, expert: { ...expert, title: '教授', fieldIds: [fields.water!, fields.soil!] } })
})
afterEach(() => core.close())

describe('record history', () => {
  it("lists a record's events oldest first, with its link rows, and says what changed column by column", async () => {
    const history = await people.judge.must('history.forRecord', { entityType: 'expert', entityId: expertId })
    expect(history.map((e) => [e.channel, e.entityType])).toEqual([
      ['experts.create', 'expert'],
      ['experts.create', 'expert_field'],
      ['experts.update', 'expert'],
      ['experts.update', 'expert_field']
    ])
    expect(history[2]!.actorName).toBe('陈书记员')
    expect(columnChanges(history[2]!)).toEqual([{ column: 'title', before: '副教授', after: '教授' }])
    // An added row lists what it was created with, without the bookkeeping columns or empty values.
    const created = columnChanges(history[0]!).map((c) => c.column)
    expect(created).toEqual(expect.arrayContaining(['name', 'organisation', 'title', 'term_end']))
    expect(created).not.toContain('revision')
    expect(created).not.toContain('email')
  })

  it('the audit log is the administrator’s, newest first, filtered by user, channel, day and record', async () => {
    const refused = await people.clerk.call('history.log', {})
    expect(refused.ok ? null : refused.error.code).toBe('forbidden')
    const all = await people.admin.must('history.log', { limit: 5 })
    expect(all.items).toHaveLength(5)
    expect(all.items[0]!.seq).toBeGreaterThan(all.items[1]!.seq)
    const updates = await people.admin.must('history.log', { channel: 'experts.update' })
    expect(updates.total).toBe(2)
    const clerkId = (await people.clerk.must('session.current', {})).user!.id
    const byClerk = await people.admin.must('history.log', { actorId: clerkId })
    expect(byClerk.items.every((e) => e.actorName === '陈书记员')).toBe(true)
    expect((await people.admin.must('history.log', { entityType: 'expert', entityId: expertId })).total).toBe(2)
    // The test clock starts at 2026-03-02 09:00 in Asia/Shanghai (2026-03-02T01:00Z); that Shanghai day is 2026-03-01T16:00Z to 2026-03-02T16:00Z.
    const onTheDay = await core.db.selectFrom('auditEvent').select('seq').where('at', '>=', '2026-03-01T16:00:00.000Z').where('at', '<', '2026-03-02T16:00:00.000Z').execute()
    expect(onTheDay.length).toBeGreaterThan(4)
    expect((await people.admin.must('history.log', { from: '2026-03-02', to: '2026-03-02' })).total).toBe(onTheDay.length)
    const backwards = await people.admin.call('history.log', { from: '2026-03-03', to: '2026-03-01' })
    expect(backwards.ok ? null : backwards.error.fieldErrors).toEqual({ to: '结束日期不能早于开始日期' })
  })
})
