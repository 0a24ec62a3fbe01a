import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Core } from '../../../electron/core/core'
import type { Role } from '../../../electron/shared/roles'
import { staff, testCore, type Actor } from '../support/test-core'
import { labResult, pondWater, pondWithSite } from '../support/sample-fixtures'

/*
 * The evidence picker builds every result's view in place and looks its
 * holding time up among its own sample's matrix (issue 15): samples of two
 * matrices in one call must each get their own limit, and a re-analysis must
 * still hide the result it superseded.
 */
describe('the evidence picker over samples of several matrices', () => {
  let core: Core
  let people: Record<Role, Actor>
  beforeEach(async () => {
    core = await testCore('2020-06-01T01:00:00.000Z')
    people = await staff(core)
  })
  afterEach(() => core.close())

  const verify = async (parameterKey: string, matrix: string, maxHours: number) => {
    const row = (await people.admin.must('holdingTimes.list', {})).find((r) => r.parameterKey === parameterKey && r.matrix === matrix)!
    await people.admin.must('holdingTimes.update', { id: row.id, revision: row.revision, maxHours, basis: '测试依据 表1', notes: '' })
  }

  it('checks each result against its own matrix’s holding time and shows only the standing analysis', async () => {
    const at = await pondWithSite(people)
    // Sampled 2020-05-12 02:30, analysed 2020-05-13 02:00: 23.5 hours.
    await verify('cod', 'surface_water', 48)
    await verify('cod', 'wastewater', 12)
    const pond = await people.investigator.must('samples.create', pondWater(at))
    const outfall = await people.investigator.must('samples.create', pondWater(at, { matrix: 'wastewater' }))
    await people.investigator.must('labResults.create', labResult(pond.id, { parameterKey: 'cod', value: 15 }))
    await people.investigator.must('labResults.create', labResult(pond.id, { parameterKey: 'cod', value: 18, reportNumber: 'ZJ-2020-0519', analysedAt: '2020-05-13T06:00:00.000Z' }))
    await people.investigator.must('labResults.create', labResult(outfall.id, { parameterKey: 'cod', value: 90 }))

    const evidence = await people.investigator.must('opinions.evidence', { caseId: at.caseId })
    const resultsOf = (sampleId: string) => evidence.samples.find((s) => s.sampleId === sampleId)!.results.filter((r) => r.source === 'lab')
    expect(resultsOf(pond.id).map((r) => [r.parameterKey, r.value, r.exceededByHours])).toEqual([['cod', 18, null]])
    expect(resultsOf(outfall.id).map((r) => [r.parameterKey, r.value, r.exceededByHours])).toEqual([['cod', 90, 11.5]])
  })
})
