import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { openCore, type Core } from '../../../electron/core/core'
import { storeAttachment } from '../../../electron/core/attachments/attachment-store'
import type { SampleInput } from '../../../electron/shared/sampling'
import { person, setupAdmin, staff, testPasswordCost, type Actor } from '../support/test-core'
import { pondCase } from '../support/case-fixtures'

/** A data folder of its own (real folders: packages, keys and attachments are files); ids are real UUIDv7, unique across installations. */
export function openFolder(dir: string): Promise<Core> {
  return openCore({ dataDir: dir, passwordCost: testPasswordCost })
}

export function workFolder(): string {
  return mkdtempSync(join(tmpdir(), 'ecocase-exchange-'))
}

export interface Court {
  core: Core
  people: Awaited<ReturnType<typeof staff>>
  caseId: string
  caseNumber: string
  siteId: string
}

/** The court's workstation: its staff, the pond case and its site. */
export async function court(dir: string): Promise<Court> {
  const core = await openFolder(dir)
  const people = await staff(core)
  const created = await people.clerk.must('cases.create', pondCase())
  const site = await people.investigator.must('sites.create', {
    caseId: created.id,
    site: { name: '黎某作坊旁池塘', address: '', latitude: 24.1234, longitude: 117.6123, accuracyM: 5, waterbody: 'lake', notes: '' }
  })
  return { core, people, caseId: created.id, caseNumber: created.caseNumber, siteId: site.id }
}

export interface Laptop {
  core: Core
  admin: Actor
  investigator: Actor
}

/** An investigator's laptop after its first run: its own administrator and the investigator's account. */
export async function laptop(dir: string, name: string): Promise<Laptop> {
  const core = await openFolder(dir)
  const admin = await setupAdmin(core)
  const investigator = await person(admin, 'lin', name, 'investigator')
  return { core, admin, investigator }
}

/** Each side registers the other's card, as the administrators do after comparing fingerprints. */
export async function pair(a: Actor, b: Actor): Promise<void> {
  const cardA = await a.must('exchange.card', {})
  const cardB = await b.must('exchange.card', {})
  await a.must('exchange.pair', { card: JSON.stringify(cardB), expertId: null })
  await b.must('exchange.pair', { card: JSON.stringify(cardA), expertId: null })
}

export function waterSample(caseId: string, siteId: string, overrides: Partial<SampleInput> = {}): SampleInput {
  return {
    caseId,
    visitId: null,
    siteId,
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
    fieldMeasurements: {
      waterTemperatureC: 24.5,
      ph: 7.2,
      dissolvedOxygenMgL: 3.1,
      conductivityUsCm: 620,
      turbidityNtu: 35,
      transparencyCm: 20,
      appearance: '灰绿色，微臭'
    },
    photoSha256: [],
    ...overrides
  }
}

/**
 * An investigator's day on site, offline: a visit, a sample with its photo,
 * the handover to the laboratory and a COD result.
 */
export async function fieldDay(investigator: Actor, caseId: string, siteId: string, photo: string, seal: string) {
  const visit = await investigator.must('visits.create', { caseId, visitDate: '2020-05-12', peoplePresent: ['林调查官', '张监测'], weather: '晴', notes: '' })
  const stored = await storeAttachment(investigator.core.dataDir, Readable.from([Buffer.from(photo)]))
  await investigator.must('attachments.record', { sha256: stored.sha256, mediaType: 'image/jpeg', originalName: `${seal}.jpg` })
  const sample = await investigator.must('samples.create', waterSample(caseId, siteId, { visitId: visit.id, sealNumber: seal, photoSha256: [stored.sha256] }))
  await investigator.must('custody.record', {
    sampleId: sample.id,
    relinquishedBy: '张监测',
    receivedBy: '漳州市环境监测中心',
    receiverKind: 'lab',
    at: '2020-05-12T06:00:00.000Z',
    place: '现场',
    condition: '冷藏箱 4 ℃',
    temperatureC: 4,
    sealIntact: true
  })
  await investigator.must('labResults.create', {
    sampleId: sample.id,
    parameterKey: 'cod',
    value: 38,
    qualifier: null,
    unit: 'mg/L',
    detectionLimit: 4,
    method: 'HJ 828-2017',
    lab: '漳州市环境监测中心',
    reportNumber: `ZJ-${seal}`,
    analysedAt: '2020-05-13T02:00:00.000Z'
  })
  return { visit, sample, photo: stored.sha256 }
}
