import { Readable } from 'node:stream'
import type { Core } from '../../../electron/core/core'
import { storeAttachment } from '../../../electron/core/attachments/attachment-store'
import type { MilestoneInput, OrderInput } from '../../../electron/shared/orders'
import type { Role } from '../../../electron/shared/roles'
import { assignToCase, type Actor } from './test-core'
import { pondCase } from './case-fixtures'

/** The pond case with its pond site, registered by the clerk, and the ids an order names. */
/** `assign: false` for a database of an older schema, where today's expert and assignment channels cannot write. */
export async function pondWithSite(core: Core, people: Record<Role, Actor>, { assign = true } = {}) {
  const users = await people.clerk.must('users.list', {})
  const courtCase = await people.clerk.must('cases.create', pondCase())
  const site = await people.clerk.must('sites.create', {
    caseId: courtCase.id,
    site: { name: '黎某作坊旁池塘', address: '', latitude: null, longitude: null, accuracyM: null, waterbody: 'lake', notes: '' }
  })
  // The investigator follows the case's order as one assigned to it (access follows the case).
  if (assign) await assignToCase(people, people.investigator, courtCase.id)
  const types = await people.judge.must('orderTypes.list', {})
  return {
    caseId: courtCase.id,
    siteId: site.id,
    waterTypeId: types.find((t) => t.code === 'water_purification')!.id,
    investigatorId: users.find((u) => u.role === 'investigator')!.id,
    core
  }
}

/** A 水质净化令 on the pond as the judge's form would send it. */
export function waterOrder(ids: { caseId: string; siteId: string; waterTypeId: string; investigatorId: string }, overrides: Partial<OrderInput> = {}): OrderInput {
  return {
    orderNumber: '(2020)闽0626执修1号',
    orderTypeId: ids.waterTypeId,
    caseId: ids.caseId,
    judgmentReference: '（2020）闽0626刑初123号刑事附带民事判决',
    obligor: '黎某',
    executor: '漳州绿源环保科技有限公司',
    siteIds: [ids.siteId],
    method: '在池塘种植沉水和挺水植物，净化水质。',
    methodItems: [
      { species: '苦草', quantity: 2000, unit: '株' },
      { species: '黑藻', quantity: 1500, unit: '株' }
    ],
    standardTargets: [{ siteId: ids.siteId, standard: 'gb3838', waterbody: 'lake', targetClass: 'IV', parameters: ['cod', 'nh3_n', 'tp'] }],
    measurableTargets: [{ description: '水生植物成活率', comparator: '>=', value: 85, unit: '%' }],
    restorationFeeFen: 10_000_000,
    restorationFeePaid: true,
    bondFen: 2_000_000,
    bondPaid: false,
    fallbackCostFen: 12_000_000,
    deadline: '2026-12-31',
    supervisorIds: [ids.investigatorId],
    supervisingAgencies: ['漳浦县生态环境局'],
    notes: '',
    ...overrides
  }
}

/** A joint acceptance team: the court and the competent authority, as every team must have, and an investigator. */
export const jointTeam = [
  { role: 'court' as const, name: '王法官', organisation: '漳浦县人民法院' },
  { role: 'authority' as const, name: '张科长', organisation: '漳浦县生态环境局' },
  { role: 'investigator' as const, name: '林调查官', organisation: '漳浦县人民法院' }
]

/** A milestone confirmed by hand. */
export function manualMilestone(overrides: Partial<MilestoneInput> = {}): MilestoneInput {
  return { title: '完成水生植物种植', dueDate: '2026-04-30', criterionText: '种植数量与品种符合修复方案，附照片', sampleCriterion: null, ...overrides }
}

/** Stores a file in the data folder and records it as `actor`; returns its hash. */
export async function attach(core: Core, actor: Actor, text: string, name = 'evidence.jpg'): Promise<string> {
  const stored = await storeAttachment(core.dataDir, Readable.from([Buffer.from(text)]))
  await actor.must('attachments.record', { sha256: stored.sha256, mediaType: 'image/jpeg', originalName: name })
  return stored.sha256
}

let sampleSeq = 0

/**
 * A water sample at the site with its lab results (mg/L), written straight
 * into the tables: the sampling channels are the field notebook's to test;
 * these tests need only what `listSamplingsAtSite` reads.
 */
export async function recordSampling(
  core: Core,
  ids: { caseId: string; siteId: string },
  sampledAt: string,
  results: Record<string, number | { value: number; qualifier: '<'; detectionLimit: number }>,
  voided = false
): Promise<{ id: string; code: string }> {
  const seq = ++sampleSeq
  const id = `01900000-0000-7000-9000-${seq.toString(16).padStart(12, '0')}`
  const code = `2020-0626-123-SW-${String(seq).padStart(3, '0')}`
  const admin = await core.db.selectFrom('appUser').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow()
  const stamp = { createdAt: sampledAt, updatedAt: sampledAt, updatedBy: admin.id, revision: 0 }
  await core.db
    .insertInto('sample')
    .values({
      id, code, seq, caseId: ids.caseId, visitId: null, siteId: ids.siteId, matrix: 'surface_water', sampledAt, depthM: null,
      sampler: '县监测站', samplerOrganisation: '漳浦县环境监测站', supervisingInvestigator: '林调查官', container: '', volumeMl: null,
      preservative: '', qcType: 'normal', duplicateOfId: null, sealNumber: '', landUse: null, waterTemperatureC: null, ph: null,
      dissolvedOxygenMgL: null, conductivityUsCm: null, turbidityNtu: null, transparencyCm: null, appearance: '',
      voidedAt: voided ? sampledAt : null, voidedBy: voided ? admin.id : null, voidReason: voided ? '容器破损' : '', ...stamp
    })
    .execute()
  for (const [key, result] of Object.entries(results)) {
    const measured = typeof result === 'number' ? { value: result, qualifier: null, detectionLimit: null } : result
    await core.db
      .insertInto('labResult')
      .values({
        id: `${id}-${key}`,
        sampleId: id, parameterKey: key, ...measured, unit: 'mg/L', method: '', lab: '漳浦县环境监测站',
        reportNumber: `ZP-${seq}`, analysedAt: sampledAt, reported: String(measured.value), source: 'form',
        voidedAt: null, voidedBy: null, voidReason: '', ...stamp
      })
      .execute()
  }
  return { id, code }
}
