import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Core } from '../../../electron/core/core'
import type { Role } from '../../../electron/shared/roles'
import type { SampleInput } from '../../../electron/shared/sampling'
import type { SiteInput } from '../../../electron/shared/sites'
import { migrations } from '../../../electron/core/db/migrations'
import { assignToCase, staff, testCore, type Actor } from '../support/test-core'
import { pondCase } from '../support/case-fixtures'
import { expertInput } from '../support/expert-fixtures'

let core: Core
let people: Record<Role, Actor>

beforeEach(async () => {
  core = await testCore('2020-06-01T01:00:00.000Z')
  people = await staff(core)
})
afterEach(() => core.close())

const caseNumbers = async (search: string) => (await people.judge.must('cases.list', { search })).items.map((c) => c.caseNumber)

const pondSite = (overrides: Partial<SiteInput> = {}): SiteInput => ({
  name: '黎某作坊旁池塘',
  address: '',
  latitude: null,
  longitude: null,
  accuracyM: null,
  waterbody: 'lake',
  notes: '',
  ...overrides
})

const water = (caseId: string, siteId: string, overrides: Partial<SampleInput> = {}): SampleInput => ({
  caseId,
  visitId: null,
  siteId,
  matrix: 'surface_water',
  sampledAt: '2020-05-12T02:30:00.000Z',
  depthM: null,
  sampler: '张监测',
  samplerOrganisation: '漳浦县环境监测站',
  supervisingInvestigator: '林调查官',
  container: '',
  volumeMl: null,
  preservative: '',
  qcType: 'normal',
  duplicateOfId: null,
  sealNumber: 'F-0001',
  landUse: null,
  fieldMeasurements: { waterTemperatureC: null, ph: null, dissolvedOxygenMgL: null, conductivityUsCm: null, turbidityNtu: null, transparencyCm: null, appearance: '' },
  photoSha256: [],
  ...overrides
})

describe('full-text search', () => {
  it('finds cases by 1-, 2- and 3-character Chinese terms, a party, and the case number however bracketed', async () => {
    await people.clerk.must('cases.create', pondCase({ notes: '池塘已发黑' }))
    await people.clerk.must(
      'cases.create',
      pondCase({
        caseNumber: '(2021)闽0626民初456号',
        type: 'public_interest',
        cause: '非法采矿罪',
        filedOn: '2021-02-01',
        parties: [{ name: '漳州某化工有限公司', role: 'defendant', organisation: '' }]
      })
    )
    expect(await caseNumbers('黎')).toEqual(['（2020）闽0626刑初123号'])
    expect(await caseNumbers('某')).toEqual(['（2021）闽0626民初456号', '（2020）闽0626刑初123号'])
    expect(await caseNumbers('化工')).toEqual(['（2021）闽0626民初456号'])
    expect(await caseNumbers('采矿罪')).toEqual(['（2021）闽0626民初456号'])
    expect(await caseNumbers('发黑')).toEqual(['（2020）闽0626刑初123号'])
    expect(await caseNumbers('（2020）闽0626')).toEqual(['（2020）闽0626刑初123号'])
    expect(await caseNumbers('2021 化工')).toEqual(['（2021）闽0626民初456号'])
    // Two texts of one document never join into a match: 作坊 ends the party's organisation, no text starts 坊漳.
    expect(await caseNumbers('作坊漳浦')).toEqual([])
    expect((await people.judge.must('cases.list', { search: '某' })).total).toBe(2)
  })

  it('follows every write in its transaction: a party replaced, a stale write that changed nothing', async () => {
    const created = await people.clerk.must('cases.create', pondCase())
    const updated = await people.clerk.must('cases.update', {
      id: created.id,
      revision: 0,
      courtCase: { ...pondCase(), parties: [{ name: '王某', role: 'defendant', organisation: '' }] }
    })
    expect(await caseNumbers('黎')).toEqual([])
    expect(await caseNumbers('王某')).toEqual([updated.caseNumber])
    const stale = await people.clerk.call('cases.update', { id: created.id, revision: 0, courtCase: { ...pondCase(), parties: [{ name: '赵某', role: 'defendant', organisation: '' }] } })
    expect(stale.ok || stale.error.code).toBe('conflict')
    expect(await caseNumbers('赵')).toEqual([])
    expect(await caseNumbers('王')).toEqual([updated.caseNumber])
  })

  it('finds samples by code, sampler, case number and site, and follows a site renamed and a case renumbered', async () => {
    const courtCase = await people.clerk.must('cases.create', pondCase())
    await assignToCase(people, people.investigator, courtCase.id)
    const site = await people.investigator.must('sites.create', { caseId: courtCase.id, site: pondSite() })
    const first = await people.investigator.must('samples.create', water(courtCase.id, site.id))
    const second = await people.investigator.must('samples.create', water(courtCase.id, site.id, { sampler: '李采样', sampledAt: '2020-05-12T02:40:00.000Z' }))
    const codes = async (search: string) => (await people.judge.must('samples.list', { search })).items.map((s) => s.code)
    expect(await codes(second.code.slice(-6))).toEqual([second.code])
    expect(await codes(second.code.toLowerCase())).toEqual([second.code])
    expect(await codes('李')).toEqual([second.code])
    expect(await codes('监测')).toEqual([second.code, first.code])
    expect(await codes('刑初123')).toEqual([second.code, first.code])

    await people.investigator.must('sites.update', { id: site.id, revision: 0, site: pondSite({ name: '东溪下游' }) })
    expect(await codes('池塘')).toEqual([])
    expect(await codes('东溪')).toEqual([second.code, first.code])

    const revision = (await people.clerk.must('cases.get', { id: courtCase.id })).revision
    await people.clerk.must('cases.update', { id: courtCase.id, revision, courtCase: pondCase({ caseNumber: '(2020)闽0626刑初124号' }) })
    expect(await codes('刑初123')).toEqual([])
    expect(await codes('刑初124')).toEqual([second.code, first.code])
  })

  it('finds experts by one character of a name and by organisation', async () => {
    const fields = await people.clerk.must('fields.list', {})
    const water = fields.find((f) => f.code === 'water')!.id
    const expert = (name: string, organisation: string) =>
      people.clerk.must('experts.create', expertInput([water], { name, organisation, title: '' }))
    await expert('张海生', '福建农林大学')
    await expert('李木森', '漳州市林业局')
    const names = async (search: string) => (await people.clerk.must('experts.list', { search })).items.map((e) => e.name)
    expect(await names('森')).toEqual(['李木森'])
    expect(await names('大学')).toEqual(['张海生'])
    // In the pool's pinyin order: 李 li before 张 zhang.
    expect(await names('林')).toEqual(['李木森', '张海生'])
  })

  it('answers text with FTS5 syntax as words, never with an internal error; nothing searchable is refused in Chinese', async () => {
    await people.clerk.must('cases.create', pondCase())
    expect(await caseNumbers('"污染')).toEqual(['（2020）闽0626刑初123号'])
    expect(await caseNumbers('污染*')).toEqual(['（2020）闽0626刑初123号'])
    expect(await caseNumbers('NEAR(黎某 污染)')).toEqual([])
    expect(await caseNumbers('黎某 OR 王某')).toEqual([])
    for (const search of ['"', '*', '()', 'a:', '-黎', '^黎', "'", '黎某 AND', 'bigrams : 黎某', '{unigrams}: 黎']) {
      for (const channel of ['cases.list', 'samples.list', 'experts.list'] as const) {
        const reply = await people.judge.call(channel, { search })
        expect(reply.ok || reply.error.code, `${channel} ${search}`).not.toBe('internal')
      }
    }
    for (const search of ['"', '*', '()']) {
      expect(await people.judge.call('cases.list', { search })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: '搜索词须包含汉字、字母或数字' } })
    }
  })
})

describe('keyset pages', () => {
  it('walk the whole list in order, each case once, with the total on the first page and no next on the last', async () => {
    const filedOn = ['2020-05-11', '2020-05-11', '2020-05-11', '2020-06-01', '2019-12-31', '2020-06-01', '2021-01-04']
    for (const [i, day] of filedOn.entries()) await people.clerk.must('cases.create', pondCase({ caseNumber: `(2020)闽0626刑初${i + 1}号`, filedOn: day }))
    const everything = (await people.judge.must('cases.list', { limit: 100 })).items.map((c) => c.id)
    expect(everything).toHaveLength(7)
    const seen: string[] = []
    let after: string | null = null
    let pages = 0
    do {
      const page: Awaited<ReturnType<typeof people.judge.must<'cases.list'>>> = await people.judge.must('cases.list', { after, limit: 2 })
      expect(page.total).toBe(after === null ? 7 : null)
      seen.push(...page.items.map((c) => c.id))
      after = page.next
      pages++
    } while (after !== null)
    expect(pages).toBe(4)
    expect(seen).toEqual(everything)
  })

  it('keeps a search and its filters across pages, and refuses a cursor it did not make', async () => {
    for (let i = 1; i <= 5; i++) await people.clerk.must('cases.create', pondCase({ caseNumber: `(2020)闽0626刑初${i}号`, filedOn: `2020-05-1${i}` }))
    await people.clerk.must('cases.create', pondCase({ caseNumber: '(2020)闽0626民初9号', type: 'civil', parties: [{ name: '王某', role: 'defendant', organisation: '' }] }))
    const first = await people.judge.must('cases.list', { search: '黎', limit: 3 })
    const second = await people.judge.must('cases.list', { search: '黎', limit: 3, after: first.next })
    expect([...first.items, ...second.items].map((c) => c.caseNumber)).toEqual([5, 4, 3, 2, 1].map((i) => `（2020）闽0626刑初${i}号`))
    expect(second.next).toBeNull()
    for (const after of ['abc', Buffer.from('[1]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url')]) {
      expect(await people.judge.call('cases.list', { after })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: '分页位置无效，请回到第一页' } })
    }
  })

  it('page a case’s samples newest first', async () => {
    const courtCase = await people.clerk.must('cases.create', pondCase())
    await assignToCase(people, people.investigator, courtCase.id)
    const site = await people.investigator.must('sites.create', { caseId: courtCase.id, site: pondSite() })
    const codes: string[] = []
    for (let i = 0; i < 5; i++) codes.push((await people.investigator.must('samples.create', water(courtCase.id, site.id, { sampledAt: `2020-05-12T0${i}:30:00.000Z` }))).code)
    const first = await people.judge.must('samples.list', { caseId: courtCase.id, limit: 3 })
    const second = await people.judge.must('samples.list', { caseId: courtCase.id, limit: 3, after: first.next })
    expect([...first.items, ...second.items].map((s) => s.code)).toEqual([...codes].reverse())
    expect([first.total, second.total, second.next]).toEqual([5, null, null])
  })
})

describe('migration 0018', () => {
  it('indexes the cases, parties and experts a folder already holds', async () => {
    const sqlite = new BetterSqlite3(':memory:')
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
    for (const [name, migration] of Object.entries(migrations)) if (name < '0018') await migration.up(db)
    const stamp = "'2020-05-11T00:00:00Z', '2020-05-11T00:00:00Z', 'system', 0"
    sqlite.exec(`insert into court_case (id, case_number, year, type, stage, cause, court, status, filed_on, hearing_on, judged_on, closed_on, matter_id, notes, created_at, updated_at, updated_by, revision)
      values ('c1', '（2020）闽0626刑初123号', 2020, 'criminal', 'first_instance', '污染环境罪', '漳浦县人民法院', 'registered', '2020-05-11', '', '', '', 'c1', '', ${stamp})`)
    sqlite.exec("insert into case_party (case_id, position, name, role, organisation) values ('c1', 0, '黎某', 'defendant', '电镀作坊')")
    sqlite.exec(`insert into expert (id, name, organisation, title, phone, email, term_start, term_end, status, status_reason, max_concurrent_cases, notes, created_at, updated_at, updated_by, revision)
      values ('e1', '张海生', '福建农林大学', '', '', '', '2025-01-01', '2027-12-31', 'active', '', 3, '', ${stamp})`)
    await migrations['0018-search-and-keyset']!.up(db)
    const found = (kind: string, match: string) =>
      sqlite.prepare(`select k.entity_id as id from ${kind}_search_key k join ${kind}_search_fts f on f.rowid = k.doc_id where ${kind}_search_fts match ?`).all(match)
    expect(found('case', 'unigrams : "黎"')).toEqual([{ id: 'c1' }])
    expect(found('case', 'bigrams : "电镀"')).toEqual([{ id: 'c1' }])
    expect(found('expert', 'bigrams : "大学"')).toEqual([{ id: 'e1' }])
    await db.destroy()
  })
})
