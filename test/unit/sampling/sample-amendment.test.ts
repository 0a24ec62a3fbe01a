import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { migrations } from '../../../electron/core/db/migrations'
import type { Core } from '../../../electron/core/core'
import type { Role } from '../../../electron/shared/roles'
import type { SampleInput } from '../../../electron/shared/sampling'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { openCore } from '../../../electron/core/core'
import { storeAttachment } from '../../../electron/core/attachments/attachment-store'
import { fixedClock, sequentialIds, staff, testCore, testPasswordCost, type Actor, testPassword } from '../support/test-core'
import { labHandover, pondWater, pondWithSite } from '../support/sample-fixtures'

describe('a sample changed after its first handover', () => {
  let core: Core
  let people: Record<Role, Actor>
  let water: (overrides?: Partial<SampleInput>) => SampleInput
  beforeEach(async () => {
    core = await testCore('2020-06-01T01:00:00.000Z')
    people = await staff(core)
    const at = await pondWithSite(people)
    water = (overrides) => pondWater(at, overrides)
  })
  afterEach(() => core.close())

  const amendments = (sampleId: string) => core.db.selectFrom('sampleAmendment').selectAll().where('sampleId', '=', sampleId).orderBy('sampleRevision').execute()

  it('needs no reason before the first handover', async () => {
    const sample = await people.investigator.must('samples.create', water())
    const updated = await people.investigator.must('samples.update', { id: sample.id, revision: 0, sample: water({ sealNumber: 'F-0002' }) })
    expect(updated).toMatchObject({ sealNumber: 'F-0002', revision: 1 })
    expect(await amendments(sample.id)).toEqual([])
  })

  it.each([
    ['the sampling time', { sampledAt: '2020-05-12T02:40:00.000Z' }],
    ['the seal number', { sealNumber: 'F-0002' }],
    ['a field measurement', { fieldMeasurements: { ...pondWater({ caseId: '', siteId: '' }).fieldMeasurements, dissolvedOxygenMgL: 5.2 } }],
    ['any other column, e.g. the preservative', { preservative: '未加保存剂' }]
  ] as const)('refuses a change of %s without a reason once handed over, writing nothing', async (_, change) => {
    const sample = await people.investigator.must('samples.create', water())
    await people.investigator.must('custody.record', { ...labHandover(sample.id), password: testPassword })
    const refused = await people.investigator.call('samples.update', { id: sample.id, revision: 0, sample: water(change) })
    expect(refused.ok || refused.error).toEqual({
      code: 'invalid_input',
      reason: 'sample_change_needs_reason',
      message: '样品已移交，修改样品信息须说明原因',
      fieldErrors: { reason: '请填写修改原因' },
      fieldReasons: { reason: 'field_change_reason' }
    })
    const blank = await people.investigator.call('samples.update', { id: sample.id, revision: 0, sample: water(change), reason: '   ' })
    expect(blank.ok || blank.error.fieldErrors).toEqual({ reason: '请填写修改原因' })
    expect((await people.judge.must('samples.get', { id: sample.id })).sample).toMatchObject({ revision: 0, sealNumber: 'F-0001', sampledAt: '2020-05-12T02:30:00.000Z' })
  })

  it('accepts the change with its reason, keeps the reason by the revision it made, and shows it in the history', async () => {
    const sample = await people.investigator.must('samples.create', water())
    await people.investigator.must('custody.record', { ...labHandover(sample.id), password: testPassword })
    const reason = '封条编号抄录错误，以现场封条照片为准'
    const updated = await people.investigator.must('samples.update', { id: sample.id, revision: 0, sample: water({ sealNumber: 'F-0002' }), reason })
    expect(updated).toMatchObject({ sealNumber: 'F-0002', revision: 1 })
    expect(await amendments(sample.id)).toEqual([{ sampleId: sample.id, sampleRevision: 1, reason }])

    const history = await people.judge.must('history.forRecord', { entityType: 'sample', entityId: sample.id })
    const change = history.findIndex((e) => e.entityType === 'sample' && e.before !== null)
    expect(history[change]!.after).toMatchObject({ seal_number: 'F-0002' })
    // The reason is the next event of the same call, so the history lists it right under the change it explains.
    expect(history[change + 1]).toMatchObject({ entityType: 'sample_amendment', channel: 'samples.update', after: { reason, sample_revision: 1 } })
  })

  it('needs no reason to save the sample unchanged after the handover', async () => {
    const sample = await people.investigator.must('samples.create', water())
    await people.investigator.must('custody.record', { ...labHandover(sample.id), password: testPassword })
    expect(await people.investigator.must('samples.update', { id: sample.id, revision: 0, sample: water() })).toMatchObject({ revision: 1 })
    expect(await amendments(sample.id)).toEqual([])
  })

  it('counts a handover that was voided as never made', async () => {
    const sample = await people.investigator.must('samples.create', water())
    const handover = await people.investigator.must('custody.record', { ...labHandover(sample.id), password: testPassword })
    await people.investigator.must('custody.void', { id: handover.id, revision: 0, reason: '登记到了另一样品' })
    expect(await people.investigator.must('samples.update', { id: sample.id, revision: 0, sample: water({ sealNumber: 'F-0002' }) })).toMatchObject({ revision: 1 })
  })
})

describe('a photo added to a sample after its first handover', () => {
  it('needs a reason like any other change', async () => {
    // Photos live in a data folder of their own, so this core has one.
    const core = await openCore({ passwordCost: testPasswordCost, dataDir: mkdtempSync(join(tmpdir(), 'ecocase-amend-')), now: fixedClock('2020-06-01T01:00:00.000Z'), newId: sequentialIds() })
    try {
      const people = await staff(core)
      const at = await pondWithSite(people)
      const sample = await people.investigator.must('samples.create', pondWater(at))
      await people.investigator.must('custody.record', { ...labHandover(sample.id), password: testPassword })
      const { sha256 } = await storeAttachment(core.dataDir, Readable.from([Buffer.from('现场照片')]))
      await people.investigator.must('attachments.record', { sha256, mediaType: 'image/jpeg', originalName: '现场.jpg' })
      const refused = await people.investigator.call('samples.update', { id: sample.id, revision: 0, sample: pondWater(at, { photoSha256: [sha256] }) })
      expect(refused.ok || refused.error.fieldErrors).toEqual({ reason: '请填写修改原因' })
      const added = await people.investigator.must('samples.update', { id: sample.id, revision: 0, sample: pondWater(at, { photoSha256: [sha256] }), reason: '补传现场照片' })
      expect(added.photoSha256).toEqual([sha256])
    } finally {
      await core.close()
    }
  })
})

describe('migration 0017-sample-amendments', () => {
  it('on a fresh database: a strict table keyed by sample and revision that refuses an empty reason, and the soil holding-time rows', async () => {
    const sqlite = new BetterSqlite3(':memory:')
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
    for (const migration of Object.values(migrations)) await migration.up(db)
    const table = sqlite.prepare("select sql from sqlite_master where name = 'sample_amendment'").get() as { sql: string }
    expect(table.sql).toMatch(/strict$/i)
    expect((sqlite.prepare('pragma table_info(sample_amendment)').all() as { name: string; pk: number }[]).map((c) => [c.name, c.pk])).toEqual([
      ['sample_id', 1],
      ['sample_revision', 2],
      ['reason', 0]
    ])
    sqlite.pragma('foreign_keys = off')
    expect(() => sqlite.prepare("insert into sample_amendment values ('s', 1, '')").run()).toThrow(/CHECK/)
    expect(() => sqlite.prepare("insert into sample_amendment values ('s', '1', 'x')").run()).not.toThrow()
    expect(() => sqlite.prepare("insert into sample_amendment values ('s', 'one', 'x')").run()).toThrow(/cannot store TEXT value in INTEGER column/)
    expect(sqlite.prepare("select count(*) as n from holding_time where matrix = 'soil' and max_hours is null").get()).toEqual({ n: 12 })
    await db.destroy()
  })
})
