import type { CustodyEventInput, LabResultInput, SampleInput } from '../../../electron/shared/sampling'
import { assignToCase, type Actor } from './test-core'
import { pondCase } from './case-fixtures'

/** The pond case with its pond (a lake-type waterbody for GB 3838), registered by the clerk and the investigator. */
export async function pondWithSite(people: { admin: Actor; clerk: Actor; investigator: Actor }): Promise<{ caseId: string; siteId: string }> {
  const caseId = (await people.clerk.must('cases.create', pondCase())).id
  // The investigator records the case's sampling as one assigned to it (access follows the case).
  await assignToCase(people, people.investigator, caseId)
  const site = await people.investigator.must('sites.create', {
    caseId,
    site: { name: '黎某作坊旁池塘', address: '', latitude: 24.1234, longitude: 117.6123, accuracyM: 5, waterbody: 'lake', notes: '' }
  })
  return { caseId, siteId: site.id }
}

/** A surface-water sample of the pond as the sample form sends it, field pH 7.2 and DO 3.1 mg/L. */
export function pondWater(at: { caseId: string; siteId: string }, overrides: Partial<SampleInput> = {}): SampleInput {
  return {
    caseId: at.caseId,
    visitId: null,
    siteId: at.siteId,
    matrix: 'surface_water',
    sampledAt: '2020-05-12T02:30:00.000Z',
    depthM: 0.5,
    sampler: '张监测',
    samplerOrganisation: '漳浦县环境监测站',
    supervisingInvestigator: '林调查官',
    container: '棕色玻璃瓶',
    volumeMl: 500,
    preservative: 'H2SO4 至 pH<2',
    qcType: 'normal',
    duplicateOfId: null,
    sealNumber: 'F-0001',
    landUse: null,
    fieldMeasurements: { waterTemperatureC: 24.5, ph: 7.2, dissolvedOxygenMgL: 3.1, conductivityUsCm: 620, turbidityNtu: 35, transparencyCm: 20, appearance: '灰绿色，微臭' },
    photoSha256: [],
    ...overrides
  }
}

/** The handover from the sampler to the laboratory. */
export function labHandover(sampleId: string, overrides: Partial<CustodyEventInput> = {}): CustodyEventInput {
  return {
    sampleId,
    relinquishedBy: '张监测',
    receivedBy: '漳州市环境监测中心',
    receiverKind: 'lab',
    at: '2020-05-12T06:00:00.000Z',
    place: '漳州市环境监测中心',
    condition: '冷藏箱 4 ℃',
    temperatureC: 4,
    sealIntact: true,
    ...overrides
  }
}

/** A lab result of the sample, analysed the day after sampling unless said otherwise. */
export function labResult(sampleId: string, overrides: Partial<LabResultInput> & Pick<LabResultInput, 'parameterKey' | 'value'>): LabResultInput {
  return {
    sampleId,
    qualifier: null,
    unit: 'mg/L',
    detectionLimit: null,
    method: '',
    lab: '漳州市环境监测中心',
    reportNumber: 'ZJ-2020-0518',
    analysedAt: '2020-05-13T02:00:00.000Z',
    ...overrides
  }
}
