import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect, type Compilable } from 'kysely'
import type { Core } from '../../../electron/core/core'
import { migrations } from '../../../electron/core/db/migrations'
import type { QcType } from '../../../electron/shared/sampling'
import {
  caseSampleQuery,
  custodyListQuery,
  listSamplesForCase,
  listSamplingsAtSite,
  resultListQuery,
  siteSampleQuery,
  visitListQuery,
  visitSampleQuery
} from '../../../electron/core/sampling/sampling.repository'
import { staff, testCore } from '../support/test-core'
import { pondCase } from '../support/case-fixtures'

describe('migration 0005-field-notebook', () => {
  it('creates the notebook tables, the case short code and the default sample-code pattern on a fresh database', async () => {
    const sqlite = new BetterSqlite3(':memory:')
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
    for (const migration of Object.values(migrations)) await migration.up(db)
    const tables = (sqlite.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((r) => r.name)
    expect(tables).toEqual(expect.arrayContaining(['site_visit', 'sample', 'sample_photo', 'custody_event', 'lab_result', 'sampling_setting']))
    expect(sqlite.prepare('select sample_code_pattern from sampling_setting').get()).toEqual({ sample_code_pattern: '{case}-{matrix}-{seq:3}' })
    const columns = (sqlite.prepare('pragma table_info(court_case)').all() as { name: string }[]).map((c) => c.name)
    expect(columns).toContain('short_code')
    await db.destroy()
  })
})

describe('sampling repository', () => {
  let core: Core
  let caseId: string
  let siteId: string
  beforeEach(async () => {
    core = await testCore()
    const people = await staff(core)
    caseId = (await people.clerk.must('cases.create', pondCase())).id
    siteId = (
      await people.clerk.must('sites.create', {
        caseId,
        site: { name: '池塘', address: '', latitude: null, longitude: null, accuracyM: null, waterbody: 'lake', notes: '' }
      })
    ).id
  })
  afterEach(() => core.close())

  const stamp = { createdAt: '2020-05-12T02:00:00.000Z', updatedAt: '2020-05-12T02:00:00.000Z', updatedBy: 'system', revision: 0 }
  async function insertSample(id: string, code: string, sampledAt: string, extra: { voidedAt?: string; qcType?: QcType } = {}) {
    await core.db
      .insertInto('sample')
      .values({
        id,
        code,
        seq: Number(code.slice(-3)),
        caseId,
        visitId: null,
        siteId,
        matrix: 'surface_water',
        sampledAt,
        depthM: 0.5,
        sampler: '张某',
        samplerOrganisation: '漳浦县环境监测站',
        supervisingInvestigator: '',
        container: '',
        volumeMl: null,
        preservative: '',
        qcType: extra.qcType ?? 'normal',
        duplicateOfId: null,
        sealNumber: '',
        landUse: null,
        waterTemperatureC: null,
        ph: null,
        dissolvedOxygenMgL: null,
        conductivityUsCm: null,
        turbidityNtu: null,
        transparencyCm: null,
        appearance: '',
        voidedAt: extra.voidedAt ?? null,
        voidedBy: null,
        ...stamp
      })
      .execute()
  }
  let resultN = 0
  async function insertResult(sampleId: string, parameterKey: string, value: number, analysedAt: string, voided = false) {
    await core.db
      .insertInto('labResult')
      .values({
        id: `01900000-0000-7000-9000-${(++resultN).toString(16).padStart(12, '0')}`,
        sampleId,
        parameterKey,
        value,
        qualifier: null,
        unit: 'mg/L',
        detectionLimit: null,
        method: '',
        lab: '漳浦县环境监测站',
        reportNumber: 'R1',
        analysedAt,
        reported: `${value} mg/L`,
        source: 'csv',
        voidedAt: voided ? '2020-05-20T00:00:00.000Z' : null,
        voidedBy: null,
        ...stamp
      })
      .execute()
  }

  it('gives each sampling at a site its standing results, voided samplings marked and field blanks left out', async () => {
    const a = '01900000-0000-7000-a000-000000000001'
    const b = '01900000-0000-7000-a000-000000000002'
    const blank = '01900000-0000-7000-a000-000000000003'
    await insertSample(b, 'X-SW-002', '2020-08-01T02:00:00.000Z', { voidedAt: '2020-08-02T00:00:00.000Z' })
    await insertSample(a, 'X-SW-001', '2020-05-12T02:00:00.000Z')
    await insertSample(blank, 'X-SW-003', '2020-05-12T02:10:00.000Z', { qcType: 'field_blank' })
    await insertResult(a, 'cod', 38, '2020-05-13T02:00:00.000Z')
    // A re-analysis replaces the first; a voided one counts for nothing.
    await insertResult(a, 'cod', 36, '2020-05-14T02:00:00.000Z')
    await insertResult(a, 'tp', 9.9, '2020-05-15T02:00:00.000Z', true)
    await insertResult(a, 'nh3_n', 2.6, '2020-05-13T03:00:00.000Z')
    await insertResult(b, 'cod', 20, '2020-08-02T02:00:00.000Z')

    expect(await listSamplingsAtSite(core.db, siteId)).toEqual([
      {
        sampleId: a,
        sampleCode: 'X-SW-001',
        sampledAt: '2020-05-12T02:00:00.000Z',
        voided: false,
        results: { cod: { value: 36, qualifier: null, detectionLimit: null }, nh3_n: { value: 2.6, qualifier: null, detectionLimit: null } }
      },
      {
        sampleId: b,
        sampleCode: 'X-SW-002',
        sampledAt: '2020-08-01T02:00:00.000Z',
        voided: true,
        results: { cod: { value: 20, qualifier: null, detectionLimit: null } }
      }
    ])
    expect((await listSamplesForCase(core.db, caseId)).map((s) => [s.code, s.voided !== null])).toEqual([
      ['X-SW-001', false],
      ['X-SW-003', false],
      ['X-SW-002', true]
    ])
  })

  it('reads every list through its index', () => {
    const plan = (query: Compilable) => {
      const compiled = query.compile()
      return (core.sqlite.prepare(`explain query plan ${compiled.sql}`).all(...compiled.parameters) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n')
    }
    const id = '01900000-0000-7000-a000-000000000001'
    expect(plan(visitListQuery(core.db, id))).toMatch(/USING INDEX site_visit_case_date/)
    expect(plan(caseSampleQuery(core.db, id))).toMatch(/USING INDEX sample_case_sampled/)
    expect(plan(visitSampleQuery(core.db, id))).toMatch(/USING INDEX sample_visit_sampled/)
    expect(plan(siteSampleQuery(core.db, id))).toMatch(/USING INDEX sample_site_sampled/)
    expect(plan(custodyListQuery(core.db, id))).toMatch(/USING INDEX custody_event_sample_at/)
    expect(plan(resultListQuery(core.db, [id]))).toMatch(/USING INDEX lab_result_key/)
    for (const query of [visitListQuery(core.db, id), caseSampleQuery(core.db, id), siteSampleQuery(core.db, id), custodyListQuery(core.db, id)]) {
      expect(plan(query)).not.toMatch(/TEMP B-TREE/)
    }
  })
})
