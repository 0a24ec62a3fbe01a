import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Core } from '../../electron/core/core'
import type { ExpertInput } from '../../electron/shared/experts'
import { expertInput } from './support/expert-fixtures'
import { staff, testCore, type Actor } from './support/test-core'
import type { Role } from '../../electron/shared/roles'

let core: Core
let people: Record<Role, Actor>
let fieldIds: Record<string, string>

beforeEach(async () => {
  core = await testCore()
  people = await staff(core)
  const fields = await people.clerk.must('fields.list', {})
  fieldIds = Object.fromEntries(fields.map((f) => [f.code, f.id]))
})
afterEach(() => core.close())

const expert = (overrides: Partial<ExpertInput> = {}): ExpertInput =>
  expertInput([fieldIds.water!, fieldIds.monitoring!], { phone: '0596-1234567', email: 'zhang@example.edu.cn', affiliations: [{ organisation: '漳州市环境监测站', relation: '兼职顾问' }], ...overrides })

describe('experts', () => {
  it('a clerk adds an expert, who is found by name, organisation and field', async () => {
    const created = await people.clerk.must('experts.create', expert())
    expect(created).toMatchObject({ name: '张海生', status: 'active', revision: 0 })
    expect(created.fields).toEqual([
      { fieldId: fieldIds.water, primary: true },
      { fieldId: fieldIds.monitoring, primary: false }
    ])
    await people.clerk.must('experts.create', expert({ name: '李木森', organisation: '漳州市林业局', fieldIds: [fieldIds.forestry!], primaryFieldId: fieldIds.forestry! }))

    const byName = await people.judge.must('experts.list', { search: '海生' })
    expect(byName.items.map((e) => e.name)).toEqual(['张海生'])
    const byOrganisation = await people.judge.must('experts.list', { search: '林业局' })
    expect(byOrganisation.items.map((e) => e.name)).toEqual(['李木森'])
    const byField = await people.judge.must('experts.list', { fieldId: fieldIds.forestry! })
    expect(byField.items.map((e) => e.name)).toEqual(['李木森'])
    expect((await people.judge.must('experts.list', {})).total).toBe(2)
  })

  it('refuses a search of only % or _, which holds nothing to find, in Chinese on the field', async () => {
    await people.clerk.must('experts.create', expert())
    for (const search of ['%', '_']) {
      expect(await people.clerk.call('experts.list', { search })).toMatchObject({ ok: false, error: { code: 'invalid_input', fieldErrors: { search: '搜索词须包含汉字、字母或数字' } } })
    }
    expect((await people.clerk.must('experts.list', { search: '海生%' })).total).toBe(1)
  })

  it('refuses an expert without a name, with the error on the field, and writes nothing', async () => {
    const reply = await people.clerk.call('experts.create', expert({ name: '  ' }))
    expect(reply.ok).toBe(false)
    if (reply.ok) return
    expect(reply.error.code).toBe('invalid_input')
    expect(reply.error.fieldErrors?.name).toBe('请填写姓名')
    expect((await people.clerk.must('experts.list', {})).total).toBe(0)
    const audit = await core.db.selectFrom('auditEvent').select('channel').where('channel', '=', 'experts.create').execute()
    expect(audit).toHaveLength(0)
  })

  it('refuses a primary field that is not among the fields, and a term that ends before it starts', async () => {
    const reply = await people.clerk.call('experts.create', expert({ primaryFieldId: fieldIds.soil!, termEnd: '2024-01-01' }))
    expect(reply.ok || reply.error.fieldErrors).toEqual({
      primaryFieldId: '主要领域须是所选领域之一',
      termEnd: '聘任期满日不能早于起始日'
    })
  })

  it('refuses an unknown field id without writing', async () => {
    const unknown = '01900000-0000-7000-8000-ffffffffffff'
    const reply = await people.clerk.call('experts.create', expert({ fieldIds: [unknown], primaryFieldId: unknown }))
    expect(reply.ok || reply.error.code).toBe('invalid_input')
    expect((await people.clerk.must('experts.list', {})).total).toBe(0)
  })

  it('only clerks and administrators change the pool', async () => {
    const created = await people.admin.must('experts.create', expert())
    for (const role of ['investigator', 'judge'] as const) {
      const create = await people[role].call('experts.create', expert({ name: '王五' }))
      expect(create.ok || create.error.code).toBe('forbidden')
      const update = await people[role].call('experts.update', { id: created.id, revision: 0, expert: expert({ name: '改名' }) })
      expect(update.ok || update.error.code).toBe('forbidden')
      const suspend = await people[role].call('experts.suspend', { id: created.id, revision: 0, reason: '测试' })
      expect(suspend.ok || suspend.error.code).toBe('forbidden')
    }
    expect((await people.clerk.must('experts.get', { id: created.id })).name).toBe('张海生')
  })

  it('refuses a caller who has not signed in', async () => {
    const { anonymous } = await import('./support/test-core')
    const reply = await anonymous(core).call('experts.list', {})
    expect(reply.ok || reply.error.code).toBe('unauthenticated')
  })

  it('updates with the revision it was based on and refuses a stale one', async () => {
    const created = await people.clerk.must('experts.create', expert())
    const updated = await people.clerk.must('experts.update', {
      id: created.id,
      revision: 0,
      expert: expert({ title: '教授', fieldIds: [fieldIds.soil!], primaryFieldId: fieldIds.soil!, affiliations: [] })
    })
    expect(updated).toMatchObject({ title: '教授', revision: 1, fields: [{ fieldId: fieldIds.soil, primary: true }], affiliations: [] })
    expect(updated.createdAt).toBe(created.createdAt)
    expect(updated.updatedAt > created.updatedAt).toBe(true)

    const stale = await people.clerk.call('experts.update', { id: created.id, revision: 0, expert: expert({ title: '研究员' }) })
    expect(stale.ok || stale.error.code).toBe('conflict')
    expect((await people.clerk.must('experts.get', { id: created.id })).title).toBe('教授')
  })

  it('suspends and reinstates with a reason instead of deleting, filtered by status', async () => {
    const created = await people.clerk.must('experts.create', expert())
    const suspended = await people.clerk.must('experts.suspend', { id: created.id, revision: 0, reason: '任期内出国访学' })
    expect(suspended).toMatchObject({ status: 'suspended', statusReason: '任期内出国访学' })
    expect((await people.clerk.must('experts.list', { status: 'active' })).total).toBe(0)
    expect((await people.clerk.must('experts.list', { status: 'suspended' })).total).toBe(1)
    const again = await people.clerk.call('experts.suspend', { id: created.id, revision: 1, reason: '重复' })
    expect(again.ok || again.error.code).toBe('conflict')
    const reinstated = await people.clerk.must('experts.reinstate', { id: created.id, revision: 1, reason: '已回国' })
    expect(reinstated.status).toBe('active')
  })

  it('records every change in the audit trail with before and after', async () => {
    const created = await people.clerk.must('experts.create', expert())
    await people.clerk.must('experts.suspend', { id: created.id, revision: 0, reason: '休假' })
    const events = await core.db.selectFrom('auditEvent').selectAll().where('entityId', '=', created.id).orderBy('seq').execute()
    expect(events.map((e) => e.channel)).toEqual(['experts.create', 'experts.suspend'])
    expect(events[0]!.beforeJson).toBeNull()
    expect(JSON.parse(events[1]!.beforeJson!).status).toBe('active')
    expect(JSON.parse(events[1]!.afterJson!).status).toBe('suspended')
    expect(events[1]!.actorName).toBe('陈书记员')
  })
})
