import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkHoldingTime, type HoldingTimeLimit } from '../../../electron/core/sampling/holding-time'
import holdingTimes from '../../../resources/reference/holding_times.json'
import { referenceRowId } from '../../../electron/core/records/reference-ids'
import type { Core } from '../../../electron/core/core'
import type { Role } from '../../../electron/shared/roles'
import { staff, testCore, type Actor } from '../support/test-core'

const sampledAt = '2020-05-11T01:00:00.000Z'
const limits: HoldingTimeLimit[] = [
  { parameterKey: 'cod', matrix: 'surface_water', maxHours: 48 },
  { parameterKey: 'nh3_n', matrix: 'surface_water', maxHours: null }
]
const after = (hours: number) => new Date(Date.parse(sampledAt) + hours * 3_600_000).toISOString()

describe('holding-time check', () => {
  it('flags a result analysed after its holding time, by how much', () => {
    expect(checkHoldingTime({ parameterKey: 'cod', matrix: 'surface_water', sampledAt, analysedAt: after(50) }, limits)).toEqual({
      status: 'exceeded',
      maxHours: 48,
      elapsedHours: 50,
      exceededByHours: 2
    })
  })

  it('accepts a result analysed at exactly the holding time', () => {
    expect(checkHoldingTime({ parameterKey: 'cod', matrix: 'surface_water', sampledAt, analysedAt: after(48) }, limits).status).toBe('within')
  })

  it('reports an unverified or missing holding time as unknown, never as exceeded', () => {
    expect(checkHoldingTime({ parameterKey: 'nh3_n', matrix: 'surface_water', sampledAt, analysedAt: after(1000) }, limits)).toMatchObject({
      status: 'unknown',
      maxHours: null,
      elapsedHours: 1000
    })
    expect(checkHoldingTime({ parameterKey: 'cod', matrix: 'wastewater', sampledAt, analysedAt: after(1000) }, limits).status).toBe('unknown')
  })

  it('catches an analysis dated before the sampling', () => {
    expect(checkHoldingTime({ parameterKey: 'cod', matrix: 'surface_water', sampledAt, analysedAt: after(-1) }, limits).status).toBe('before_sampling')
  })
})

describe('holding-time reference data', () => {
  let core: Core
  let people: Record<Role, Actor>
  beforeEach(async () => {
    core = await testCore()
    people = await staff(core)
  })
  afterEach(() => core.close())

  it('the reference verified no holding time, so none is seeded', async () => {
    // When a value is verified in the reference, seed it in a new migration.
    expect(holdingTimes.parameters.map((p) => p.max_holding_time)).toEqual(holdingTimes.parameters.map(() => null))
    const rows = await people.investigator.must('holdingTimes.list', {})
    expect(rows.every((r) => r.maxHours === null)).toBe(true)
    expect(rows.find((r) => r.parameterKey === 'cod' && r.matrix === 'surface_water')).toBeDefined()
    expect(rows.filter((r) => r.matrix === 'wastewater').map((r) => r.parameterKey)).toEqual([
      'as', 'bod5', 'cd', 'cod', 'codmn', 'cr6', 'cu', 'fecal_coliform', 'hg', 'nh3_n', 'pb', 'petroleum', 'se', 'tn', 'tp', 'zn'
    ])
  })

  it('has a row for every soil parameter, empty and marked 未核实, since the reference verified no soil holding time either', async () => {
    const soil = (await people.investigator.must('holdingTimes.list', {})).filter((r) => r.matrix === 'soil')
    expect(soil.map((r) => r.parameterKey)).toEqual(['as', 'bap', 'cd', 'cr', 'cu', 'ddt_total', 'hch_total', 'hg', 'ni', 'pb', 'ph', 'zn'])
    expect(soil.every((r) => r.maxHours === null && r.basis === '' && r.notes === '未核实：HJ/T 166-2004 土壤样品保存要求原文未取得')).toBe(true)
    // Reference data: the same row has the same id on every installation, named by its natural key.
    expect(soil.filter((r) => r.id !== referenceRowId('holding_time', [r.parameterKey, 'soil']))).toEqual([])
    // Every soil parameter a result can be entered for has its row.
    const { AGRICULTURAL_SOIL_ITEMS } = await import('../../../electron/core/standards/agricultural-soil')
    expect(AGRICULTURAL_SOIL_ITEMS.map((i) => i.key).filter((key) => !soil.some((r) => r.parameterKey === key))).toEqual([])
  })

  it('lets an administrator verify a soil row like a water one, and flags a soil result analysed after it', async () => {
    const cd = (await people.admin.must('holdingTimes.list', {})).find((r) => r.parameterKey === 'cd' && r.matrix === 'soil')!
    const verified = await people.admin.must('holdingTimes.update', { id: cd.id, revision: cd.revision, maxHours: 24 * 180, basis: '测试依据 表X', notes: cd.notes })
    expect(verified).toMatchObject({ maxHours: 4320, notes: '' })
    const limits = (await people.admin.must('holdingTimes.list', {})).map((r) => ({ parameterKey: r.parameterKey, matrix: r.matrix, maxHours: r.maxHours }))
    expect(checkHoldingTime({ parameterKey: 'cd', matrix: 'soil', sampledAt, analysedAt: after(4320) }, limits).status).toBe('within')
    expect(checkHoldingTime({ parameterKey: 'cd', matrix: 'soil', sampledAt, analysedAt: after(4321) }, limits)).toMatchObject({ status: 'exceeded', exceededByHours: 1 })
    const investigator = await people.investigator.call('holdingTimes.update', { id: cd.id, revision: 1, maxHours: 1, basis: 'x', notes: '' })
    expect(investigator.ok || investigator.error.code).toBe('forbidden')
  })

  it('an administrator enters a verified value with its basis; it is audited', async () => {
    const cod = (await people.admin.must('holdingTimes.list', {})).find((r) => r.parameterKey === 'cod' && r.matrix === 'surface_water')!
    const updated = await people.admin.must('holdingTimes.update', { id: cod.id, revision: 0, maxHours: 48, basis: '测试依据 表1', notes: '' })
    expect(updated).toMatchObject({ maxHours: 48, basis: '测试依据 表1', revision: 1 })
    const events = await core.db.selectFrom('auditEvent').select('channel').where('entityId', '=', cod.id).orderBy('seq').execute()
    // The seeded row's baseline (written by the migration that seeded it), then the administrator's change.
    expect(events.map((e) => e.channel)).toEqual(['migration.baseline', 'holdingTimes.update'])

    const stale = await people.admin.call('holdingTimes.update', { id: cod.id, revision: 0, maxHours: 24, basis: 'x', notes: '' })
    expect(stale.ok || stale.error.code).toBe('conflict')
  })

  it('drops the seeded "未核实" note once a value is entered with its source, and keeps a note the administrator wrote', async () => {
    const rows = await people.admin.must('holdingTimes.list', {})
    const cod = rows.find((r) => r.parameterKey === 'cod' && r.matrix === 'surface_water')!
    expect(cod.notes).toMatch(/^未核实/)
    const verified = await people.admin.must('holdingTimes.update', { id: cod.id, revision: cod.revision, maxHours: 48, basis: '测试依据 表1', notes: cod.notes })
    expect(verified.notes).toBe('')
    const tp = rows.find((r) => r.parameterKey === 'tp' && r.matrix === 'surface_water')!
    const own = await people.admin.must('holdingTimes.update', { id: tp.id, revision: tp.revision, maxHours: 24, basis: '测试依据 表1', notes: '实验室另有约定' })
    expect(own.notes).toBe('实验室另有约定')
  })

  it('refuses a value without its basis, a non-positive value, and anyone but an administrator', async () => {
    const cod = (await people.admin.must('holdingTimes.list', {}))[0]!
    const noBasis = await people.admin.call('holdingTimes.update', { id: cod.id, revision: 0, maxHours: 48, basis: '', notes: '' })
    expect(noBasis.ok || noBasis.error.fieldErrors).toEqual({ basis: '请注明依据（标准编号及条款）' })
    const zero = await people.admin.call('holdingTimes.update', { id: cod.id, revision: 0, maxHours: 0, basis: 'x', notes: '' })
    expect(zero.ok || zero.error.fieldErrors?.maxHours).toBe('保存时限须大于 0')
    for (const role of ['investigator', 'clerk', 'judge'] as const) {
      const reply = await people[role].call('holdingTimes.update', { id: cod.id, revision: 0, maxHours: 48, basis: 'x', notes: '' })
      expect(reply.ok || reply.error.code).toBe('forbidden')
    }
    expect((await people.admin.must('holdingTimes.list', {}))[0]!.maxHours).toBeNull()
  })

  it('lists through the unique index without sorting', async () => {
    const { holdingTimeListQuery } = await import('../../../electron/core/sampling/holding-time.repository')
    const query = holdingTimeListQuery(core.db).compile()
    const plan = (core.sqlite.prepare(`explain query plan ${query.sql}`).all(...query.parameters) as { detail: string }[]).map((r) => r.detail).join('\n')
    expect(plan).toMatch(/USING INDEX holding_time_parameter_matrix/)
    expect(plan).not.toMatch(/TEMP B-TREE/)
  })
})
