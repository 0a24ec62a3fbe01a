import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { openCore, type Core } from '../../../electron/core/core'
import { storeAttachment } from '../../../electron/core/attachments/attachment-store'
import { person, setupAdmin, staff, testPasswordCost, type Actor, testPassword } from '../support/test-core'
import { labHandover, labResult, pondWater, pondWithSite } from '../support/sample-fixtures'

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
  const { caseId, siteId } = await pondWithSite(people)
  const { caseNumber } = await people.clerk.must('cases.get', { id: caseId })
  return { core, people, caseId, caseNumber, siteId }
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

/**
 * An investigator's day on site, offline: a visit, a sample with its photo,
 * the handover to the laboratory and a COD result.
 */
export async function fieldDay(investigator: Actor, caseId: string, siteId: string, photo: string, seal: string) {
  const visit = await investigator.must('visits.create', { caseId, visitDate: '2020-05-12', peoplePresent: ['林调查官', '张监测'], weather: '晴', notes: '' })
  const stored = await storeAttachment(investigator.core.dataDir, Readable.from([Buffer.from(photo)]))
  await investigator.must('attachments.record', { sha256: stored.sha256, mediaType: 'image/jpeg', originalName: `${seal}.jpg` })
  const sample = await investigator.must('samples.create', pondWater({ caseId, siteId }, { visitId: visit.id, sealNumber: seal, photoSha256: [stored.sha256] }))
  await investigator.must('custody.record', { ...labHandover(sample.id), password: testPassword })
  await investigator.must('labResults.create', labResult(sample.id, { parameterKey: 'cod', value: 38, detectionLimit: 4, method: 'HJ 828-2017', reportNumber: `ZJ-${seal}` }))
  return { visit, sample, photo: stored.sha256 }
}

/**
 * After the case package arrived: the laptop's administrator links the
 * investigator's account to the expert the court assigned to the case (whose
 * record came with the package), and the investigator confirms it, so the
 * laptop lets them work on the case (access follows the case, issue 11).
 */
export async function linkToCaseExpert(l: Laptop, c: Court | { expertId: string }): Promise<void> {
  const expertId = 'expertId' in c ? c.expertId : (await c.people.investigator.must('session.current', {})).user!.expertId!
  // The court's account of the same investigator may have come with the package as a person linked to the expert: the laptop's own account takes the link.
  const arrived = (await l.admin.must('users.all', {})).find((u) => u.expertId === expertId && u.id !== l.investigator.session.userId)
  if (arrived) await l.admin.must('users.linkExpert', { userId: arrived.id, expertId: null, reason: '本机账户代其办理' })
  await l.admin.must('users.linkExpert', { userId: l.investigator.session.userId!, expertId })
  await l.investigator.must('users.confirmExpertLink', { password: testPassword })
}
