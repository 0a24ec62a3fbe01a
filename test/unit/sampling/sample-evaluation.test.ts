import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Core } from '../../../electron/core/core'
import type { Role } from '../../../electron/shared/roles'
import type { SampleInput } from '../../../electron/shared/sampling'
import { staff, testCore, type Actor } from '../support/test-core'
import { labResult, pondWater, pondWithSite } from '../support/sample-fixtures'

const soilField = { waterTemperatureC: null, ph: 6.4, dissolvedOxygenMgL: null, conductivityUsCm: null, turbidityNtu: null, transparencyCm: null, appearance: '灰黑色壤土' }

describe('a sample’s evaluation', () => {
  let core: Core
  let people: Record<Role, Actor>
  let at: { caseId: string; siteId: string }
  let water: (overrides?: Partial<SampleInput>) => SampleInput
  beforeEach(async () => {
    core = await testCore('2020-06-01T01:00:00.000Z')
    people = await staff(core)
    at = await pondWithSite(people)
    water = (overrides) => pondWater(at, overrides)
  })
  afterEach(() => core.close())

  const evaluationOf = async (sampleId: string) => (await people.judge.must('samples.get', { id: sampleId })).evaluation
  const verify = async (parameterKey: string, matrix: string, maxHours: number) => {
    const row = (await people.admin.must('holdingTimes.list', {})).find((r) => r.parameterKey === parameterKey && r.matrix === matrix)!
    await people.admin.must('holdingTimes.update', { id: row.id, revision: row.revision, maxHours, basis: '测试依据 表1', notes: '' })
  }

  describe('GB 3838-2002 with field measurements (HJ/T 91-2002: pH and DO are measured on site)', () => {
    it('counts the field DO and pH when the laboratory gave none, marked as field measurements, and lets them decide the class', async () => {
      const sample = await people.investigator.must('samples.create', water())
      await people.investigator.must('labResults.create', labResult(sample.id, { parameterKey: 'cod', value: 15 }))
      const e = await evaluationOf(sample.id)
      if (e.standard !== 'gb3838') return expect.fail(JSON.stringify(e))
      expect(e.items.map((i) => [i.key, i.value, i.unit, i.source, i.class])).toEqual([
        ['ph', 7.2, '无量纲', 'field', 'I'],
        ['do', 3.1, 'mg/L', 'field', 'IV'],
        ['cod', 15, 'mg/L', 'lab', 'I']
      ])
      // Field DO 3.1 mg/L is class IV (≥ 3); COD 15 is class I: the field value decides.
      expect(e).toMatchObject({ class: 'IV', deciding: [{ key: 'do' }] })
    })

    it('prefers the laboratory value of the same item, and falls back on the field value once that result is voided', async () => {
      const sample = await people.investigator.must('samples.create', water())
      const lab = await people.investigator.must('labResults.create', labResult(sample.id, { parameterKey: 'do', value: 5.5 }))
      let e = await evaluationOf(sample.id)
      expect(e.standard === 'gb3838' && e.items.find((i) => i.key === 'do')).toMatchObject({ value: 5.5, source: 'lab', class: 'III' })
      await people.investigator.must('labResults.void', { id: lab.id, revision: lab.revision, reason: '录入错误' })
      e = await evaluationOf(sample.id)
      expect(e.standard === 'gb3838' && e.items.find((i) => i.key === 'do')).toMatchObject({ value: 3.1, source: 'field', class: 'IV' })
    })

    it('evaluates on field values alone, and not at all without any', async () => {
      const fieldOnly = await people.investigator.must('samples.create', water())
      expect(await evaluationOf(fieldOnly.id)).toMatchObject({ standard: 'gb3838', class: 'IV' })
      const none = await people.investigator.must('samples.create', water({ fieldMeasurements: { ...water().fieldMeasurements, ph: null, dissolvedOxygenMgL: null } }))
      expect(await evaluationOf(none.id)).toEqual({ standard: null, reason: 'no_gb3838_results' })
    })

    it('uses no field value for water temperature, whose GB 3838 limit is on the weekly man-made change', async () => {
      const sample = await people.investigator.must('samples.create', water())
      const e = await evaluationOf(sample.id)
      expect(e.standard === 'gb3838' && e.items.map((i) => i.key)).toEqual(['ph', 'do'])
    })
  })

  describe('holding times (HJ 493-2009, as the administrator verified them)', () => {
    it('lists a result it relied on that was analysed after the holding time, and not one analysed exactly at it', async () => {
      await verify('cod', 'surface_water', 24)
      await verify('nh3_n', 'surface_water', 24)
      const sample = await people.investigator.must('samples.create', water())
      // Sampled 2020-05-12 02:30 UTC: COD analysed 25 h later, NH3-N exactly 24 h later.
      await people.investigator.must('labResults.create', labResult(sample.id, { parameterKey: 'cod', value: 38, analysedAt: '2020-05-13T03:30:00.000Z' }))
      await people.investigator.must('labResults.create', labResult(sample.id, { parameterKey: 'nh3_n', value: 2.6, analysedAt: '2020-05-13T02:30:00.000Z' }))
      const e = await evaluationOf(sample.id)
      expect(e.standard === 'gb3838' && e.pastHoldingTime).toEqual([{ key: 'cod', maxHours: 24, exceededByHours: 1 }])
      // Flagged, not dropped: COD 38 still counts (class V).
      expect(e.standard === 'gb3838' && e.items.find((i) => i.key === 'cod')?.class).toBe('V')
    })

    it('flags nothing while the holding time is not verified', async () => {
      const sample = await people.investigator.must('samples.create', water())
      await people.investigator.must('labResults.create', labResult(sample.id, { parameterKey: 'cod', value: 38, analysedAt: '2020-05-30T02:30:00.000Z' }))
      const e = await evaluationOf(sample.id)
      expect(e.standard === 'gb3838' && e.pastHoldingTime).toEqual([])
    })

    it('flags a soil sample’s late lab pH, which chose the band of every screening value', async () => {
      await verify('ph', 'soil', 72)
      const sample = await people.investigator.must('samples.create', water({ matrix: 'soil', landUse: 'paddy', depthM: 0.2, fieldMeasurements: soilField }))
      const soil = (r: { parameterKey: string; value: number; analysedAt?: string }) =>
        people.investigator.must('labResults.create', labResult(sample.id, { unit: r.parameterKey === 'ph' ? '无量纲' : 'mg/kg', ...r }))
      await soil({ parameterKey: 'cd', value: 0.5 })
      expect(await evaluationOf(sample.id)).toMatchObject({ standard: 'gb15618', ph: 6.4, phSource: 'field', pastHoldingTime: [] })
      await soil({ parameterKey: 'ph', value: 6.8, analysedAt: '2020-05-15T03:30:00.000Z' })
      expect(await evaluationOf(sample.id)).toMatchObject({
        standard: 'gb15618',
        ph: 6.8,
        phSource: 'lab',
        pastHoldingTime: [{ key: 'ph', maxHours: 72, exceededByHours: 1 }]
      })
    })
  })

  describe('a soil sample', () => {
    it('takes land use, pH and depth, and refuses the water-only field measurements', async () => {
      const soil = await people.investigator.must('samples.create', water({ matrix: 'soil', landUse: 'other', depthM: 0.2, fieldMeasurements: soilField }))
      expect(soil).toMatchObject({ landUse: 'other', depthM: 0.2, fieldMeasurements: { ph: 6.4 } })
      const refused = await people.investigator.call('samples.create', water({ matrix: 'soil', landUse: 'other', fieldMeasurements: { ...soilField, dissolvedOxygenMgL: 3.1, waterTemperatureC: 20 } }))
      expect(refused.ok || refused.error.fieldErrors).toEqual({
        'fieldMeasurements.waterTemperatureC': '土壤样品不记录此项（水样的现场测定项目）',
        'fieldMeasurements.dissolvedOxygenMgL': '土壤样品不记录此项（水样的现场测定项目）'
      })
    })
  })

  describe('the trend of a parameter at a site', () => {
    it('plots each sampling once: a QC duplicate and a field blank are no points of their own', async () => {
      const original = await people.investigator.must('samples.create', water())
      const duplicate = await people.investigator.must('samples.create', water({ qcType: 'duplicate', duplicateOfId: original.id }))
      const blank = await people.investigator.must('samples.create', water({ qcType: 'field_blank', sampledAt: '2020-05-12T02:35:00.000Z' }))
      const later = await people.investigator.must('samples.create', water({ sampledAt: '2020-05-30T02:30:00.000Z' }))
      for (const [sample, value] of [[original, 38], [duplicate, 36], [blank, 0], [later, 26]] as const) {
        await people.investigator.must('labResults.create', labResult(sample.id, { parameterKey: 'cod', value, analysedAt: '2020-05-31T02:00:00.000Z' }))
      }
      const series = await people.judge.must('labResults.series', { siteId: at.siteId, parameterKey: 'cod', targetClass: 'IV' })
      expect(series.points.map((p) => [p.sampleCode, p.value])).toEqual([
        [original.code, 38],
        [later.code, 26]
      ])
    })
  })
})
