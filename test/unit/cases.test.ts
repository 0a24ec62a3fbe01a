import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import type { Core } from '../../electron/core/core'
import type { SiteInput } from '../../electron/shared/sites'
import type { Role } from '../../electron/shared/roles'
import { assignToCase, staff, testCore, type Actor } from './support/test-core'
import { pondCase } from './support/case-fixtures'

let core: Core
let people: Record<Role, Actor>
let judgeId: string
let clerkId: string

beforeEach(async () => {
  core = await testCore()
  people = await staff(core)
  const users = await people.clerk.must('users.list', {})
  judgeId = users.find((u) => u.role === 'judge')!.id
  clerkId = users.find((u) => u.role === 'clerk')!.id
})
afterEach(() => core.close())

const writes = (channel: string) =>
  core.db.selectFrom('auditEvent').select('id').where('channel', '=', channel).execute().then((rows) => rows.length)

describe('cases', () => {
  it('a clerk registers a case, stored under its canonical number with judge, clerk and parties', async () => {
    const created = await people.clerk.must('cases.create', pondCase({ judgeId, clerkId }))
    expect(created).toMatchObject({
      caseNumber: '（2020）闽0626刑初123号',
      year: 2020,
      status: 'registered',
      judgeName: '王法官',
      clerkName: '陈书记员',
      matterId: created.id,
      revision: 0,
      linkedCases: []
    })
    expect(created.parties.map((p) => [p.name, p.role])).toEqual([
      ['黎某', 'defendant'],
      ['漳浦县人民检察院', 'procuratorate']
    ])
    expect(await people.judge.must('cases.get', { id: created.id })).toEqual(created)
  })

  it('refuses a malformed case number on its field, and writes nothing', async () => {
    const reply = await people.clerk.call('cases.create', pondCase({ caseNumber: '(2020)闽0626刑诉123号' }))
    expect(reply.ok || reply.error.code).toBe('invalid_input')
    if (reply.ok) return
    expect(reply.error.fieldErrors?.caseNumber).toContain('类型代字“刑诉”')
    expect((await people.clerk.must('cases.list', {})).total).toBe(0)
    expect(await writes('cases.create')).toBe(0)
  })

  it('refuses a type or stage that contradicts the case number, dates before filing, and no parties', async () => {
    const reply = await people.clerk.call(
      'cases.create',
      pondCase({ type: 'civil', stage: 'second_instance', judgedOn: '2019-01-01', parties: [] })
    )
    expect(reply.ok || reply.error.fieldErrors).toEqual({
      type: '案号类型代字“刑初”与所选案件类型不符',
      stage: '案号类型代字“刑初”与所选审级不符',
      judgedOn: '判决日期不能早于立案日期',
      parties: '至少填写一名当事人'
    })
  })

  it('refuses the same case number twice, whatever brackets it is written with', async () => {
    await people.clerk.must('cases.create', pondCase())
    const reply = await people.clerk.call('cases.create', pondCase({ caseNumber: '（2020）闽0626刑初123号' }))
    expect(reply.ok || reply.error).toMatchObject({ code: 'conflict', fieldErrors: { caseNumber: '该案号已登记' } })
    expect((await people.clerk.must('cases.list', {})).total).toBe(1)
  })

  it('refuses a presiding judge who is not a judge', async () => {
    const reply = await people.clerk.call('cases.create', pondCase({ judgeId: clerkId }))
    expect(reply.ok || reply.error.fieldErrors).toEqual({ judgeId: '承办法官须是在用的法官账户' })
  })

  it('only clerks and administrators register and edit cases; the court reads them all, an investigator only those assigned to them', async () => {
    const created = await people.admin.must('cases.create', pondCase())
    for (const role of ['investigator', 'judge'] as const) {
      const create = await people[role].call('cases.create', pondCase({ caseNumber: '(2020)闽0626刑初124号' }))
      expect(create.ok || create.error.code).toBe('forbidden')
      const update = await people[role].call('cases.update', { id: created.id, revision: 0, courtCase: pondCase({ cause: '改' }) })
      expect(update.ok || update.error.code).toBe('forbidden')
    }
    expect((await people.judge.must('cases.list', {})).total).toBe(1)
    expect((await people.investigator.must('cases.list', {})).total).toBe(0)
    await assignToCase(people, people.investigator, created.id)
    expect((await people.investigator.must('cases.list', {})).total).toBe(1)
  })

  it('finds cases by number, party, organisation and cause, and filters by status, type, year and judge', async () => {
    const pond = await people.clerk.must('cases.create', pondCase({ judgeId }))
    await people.clerk.must('cases.create', {
      ...pondCase(),
      caseNumber: '(2021)闽0626民初456号',
      type: 'public_interest',
      cause: '环境污染民事公益诉讼',
      filedOn: '2021-02-01',
      parties: [{ name: '漳州某化工有限公司', role: 'defendant', organisation: '' }]
    })
    const numbers = async (query: object) => (await people.judge.must('cases.list', query)).items.map((c) => c.caseNumber)
    expect(await numbers({})).toEqual(['（2021）闽0626民初456号', '（2020）闽0626刑初123号'])
    expect(await numbers({ search: '(2020)闽0626刑初' })).toEqual(['（2020）闽0626刑初123号'])
    expect(await numbers({ search: '黎某' })).toEqual(['（2020）闽0626刑初123号'])
    expect(await numbers({ search: '电镀' })).toEqual(['（2020）闽0626刑初123号'])
    expect(await numbers({ search: '公益' })).toEqual(['（2021）闽0626民初456号'])
    expect(await numbers({ search: '刑初 黎某' })).toEqual(['（2020）闽0626刑初123号'])
    expect(await numbers({ type: 'public_interest' })).toEqual(['（2021）闽0626民初456号'])
    expect(await numbers({ year: 2020 })).toEqual(['（2020）闽0626刑初123号'])
    expect(await numbers({ judgeId })).toEqual(['（2020）闽0626刑初123号'])
    await people.clerk.must('cases.setStatus', { id: pond.id, revision: 0, status: 'in_trial' })
    expect(await numbers({ status: 'in_trial' })).toEqual(['（2020）闽0626刑初123号'])
  })

  it('updates with the revision it was based on, replacing the parties, and refuses a stale one', async () => {
    const created = await people.clerk.must('cases.create', pondCase())
    const updated = await people.clerk.must('cases.update', {
      id: created.id,
      revision: 0,
      courtCase: pondCase({ hearingOn: '2020-07-01', parties: [{ name: '黎某', role: 'defendant', organisation: '' }] })
    })
    expect(updated).toMatchObject({ hearingOn: '2020-07-01', revision: 1, parties: [{ name: '黎某', organisation: '' }] })
    const stale = await people.clerk.call('cases.update', { id: created.id, revision: 0, courtCase: pondCase({ cause: '旧' }) })
    expect(stale.ok || stale.error.code).toBe('conflict')
    expect((await people.clerk.must('cases.get', { id: created.id })).cause).toBe('污染环境罪')
  })

  it('links cases of the same matter and unlinks one without breaking the others', async () => {
    const first = await people.clerk.must('cases.create', pondCase())
    const appeal = await people.clerk.must('cases.create', {
      ...pondCase({ caseNumber: '(2021)闽06刑终12号', stage: 'second_instance', filedOn: '2021-01-05' }),
      sameMatterAs: first.id
    })
    const enforcement = await people.clerk.must('cases.create', {
      ...pondCase({ caseNumber: '(2021)闽0626执5号', stage: 'enforcement', filedOn: '2021-06-01' }),
      sameMatterAs: appeal.id
    })
    expect(enforcement.matterId).toBe(first.id)
    expect((await people.clerk.must('cases.get', { id: first.id })).linkedCases.map((c) => c.caseNumber)).toEqual([
      '（2021）闽06刑终12号',
      '（2021）闽0626执5号'
    ])
    const self = await people.clerk.call('cases.update', { id: first.id, revision: 0, courtCase: pondCase({ sameMatterAs: first.id }) })
    expect(self.ok || self.error.fieldErrors).toEqual({ sameMatterAs: '不能关联案件本身' })

    const alone = await people.clerk.must('cases.update', { id: first.id, revision: 0, courtCase: pondCase({ sameMatterAs: null }) })
    expect(alone.linkedCases).toEqual([])
    expect((await people.clerk.must('cases.get', { id: appeal.id })).linkedCases.map((c) => c.caseNumber)).toEqual(['（2021）闽0626执5号'])
  })

  it('moves the status one step at a time and records it', async () => {
    const created = await people.clerk.must('cases.create', pondCase())
    const skip = await people.judge.call('cases.setStatus', { id: created.id, revision: 0, status: 'judged' })
    expect(skip.ok || skip.error).toMatchObject({ code: 'conflict', message: '案件状态只能逐级推进到下一阶段' })
    const inTrial = await people.judge.must('cases.setStatus', { id: created.id, revision: 0, status: 'in_trial' })
    expect(inTrial).toMatchObject({ status: 'in_trial', revision: 1 })
    const investigator = await people.investigator.call('cases.setStatus', { id: created.id, revision: 1, status: 'judged' })
    expect(investigator.ok || investigator.error.code).toBe('forbidden')
    const events = await core.db.selectFrom('auditEvent').select('channel').where('entityId', '=', created.id).orderBy('seq').execute()
    expect(events.map((e) => e.channel)).toEqual(['cases.create', 'cases.setStatus'])
  })

  it('reads sites and a matter through their indexes (the case list: test/unit/search/list-plans.test.ts)', async () => {
    const plan = (compiled: { sql: string; parameters: readonly unknown[] }) =>
      (core.sqlite.prepare(`explain query plan ${compiled.sql}`).all(...compiled.parameters) as { detail: string }[]).map((r) => r.detail).join('\n')
    const { siteListQuery } = await import('../../electron/core/sites/site.repository')
    expect(plan(siteListQuery(core.db, judgeId).compile())).toMatch(/USING INDEX site_case/)
    const matter = core.db.selectFrom('courtCase').select('id').where('matterId', '=', 'x').compile()
    expect(plan(matter)).toMatch(/USING INDEX court_case_matter/)
  })
})

function pond(overrides: Partial<SiteInput> = {}): SiteInput {
  return {
    name: '黎某作坊旁池塘',
    address: '福建省漳州市漳浦县某镇某村',
    latitude: 24.1172,
    longitude: 117.6136,
    accuracyM: 5,
    waterbody: 'lake',
    notes: '',
    ...overrides
  }
}

describe('sites', () => {
  it('a clerk records the case sites, in WGS-84 degrees with accuracy, and edits them by revision', async () => {
    const courtCase = await people.clerk.must('cases.create', pondCase())
    const site = await people.clerk.must('sites.create', { caseId: courtCase.id, site: pond() })
    expect(site).toMatchObject({ caseId: courtCase.id, latitude: 24.1172, longitude: 117.6136, accuracyM: 5, waterbody: 'lake', revision: 0 })
    const updated = await people.clerk.must('sites.update', { id: site.id, revision: 0, site: pond({ waterbody: null, latitude: null, longitude: null, accuracyM: null }) })
    expect(updated).toMatchObject({ waterbody: null, latitude: null, revision: 1 })
    const stale = await people.clerk.call('sites.update', { id: site.id, revision: 0, site: pond() })
    expect(stale.ok || stale.error.code).toBe('conflict')
    expect(await people.judge.must('sites.list', { caseId: courtCase.id })).toEqual([updated])
  })

  it('refuses coordinates out of range, half a coordinate, and a site for an unknown case', async () => {
    const courtCase = await people.clerk.must('cases.create', pondCase())
    const bad = await people.clerk.call('sites.create', { caseId: courtCase.id, site: pond({ latitude: 124.1, accuracyM: -1 }) })
    expect(bad.ok || bad.error.fieldErrors).toEqual({ 'site.latitude': '纬度须在 -90 到 90 之间', 'site.accuracyM': '定位精度不能为负' })
    const half = await people.clerk.call('sites.create', { caseId: courtCase.id, site: pond({ longitude: null }) })
    expect(half.ok || half.error.fieldErrors).toEqual({ 'site.longitude': '经度和纬度须同时填写' })
    const unknown = await people.clerk.call('sites.create', { caseId: '01900000-0000-7000-8000-ffffffffffff', site: pond() })
    expect(unknown.ok || unknown.error.code).toBe('not_found')
    const stranger = await people.clerk.call('sites.create', { caseId: courtCase.id, site: pond({ name: '' }) })
    expect(stranger.ok || stranger.error.code).toBe('invalid_input')
    expect(await people.clerk.must('sites.list', { caseId: courtCase.id })).toEqual([])
  })
})

describe('migrations 0002-cases and 0003-assignments', () => {
  it('create the case, party, site, assignment, draw and conflict tables on a fresh database', async () => {
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(core.db)
    expect(tables.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['court_case', 'case_party', 'site', 'assignment', 'expert_draw', 'case_conflict'])
    )
    const siteColumns = await sql<{ name: string }>`select name from pragma_table_info('site')`.execute(core.db)
    expect(siteColumns.rows.map((r) => r.name)).toEqual([
      'id', 'case_id', 'name', 'address', 'latitude', 'longitude', 'accuracy_m', 'waterbody', 'notes',
      'created_at', 'updated_at', 'updated_by', 'revision'
    ])
  })

  it('refuse a case status outside its list at the database', async () => {
    const row = { id: 'x', case_number: 'n', year: 2020, type: 'criminal', stage: 'first_instance', cause: '', court: '', status: 'lost', filed_on: '', hearing_on: '', judged_on: '', closed_on: '', matter_id: 'x', notes: '', created_at: '', updated_at: '', updated_by: '', revision: 0 }
    expect(() => core.sqlite.prepare(`insert into court_case (${Object.keys(row).join(',')}) values (${Object.keys(row).map(() => '?').join(',')})`).run(...Object.values(row))).toThrow(/CHECK/)
  })
})
