import { Readable } from 'node:stream'
import type { Core } from '../../../electron/core/core'
import { storeAttachment } from '../../../electron/core/attachments/attachment-store'
import type { MilestoneInput, OrderInput } from '../../../electron/shared/orders'
import type { Role } from '../../../electron/shared/roles'
import type { Actor } from './test-core'
import { pondCase } from './case-fixtures'

/** The pond case with its pond site, registered by the clerk, and the ids an order names. */
export async function pondWithSite(core: Core, people: Record<Role, Actor>) {
  const users = await people.clerk.must('users.list', {})
  const courtCase = await people.clerk.must('cases.create', pondCase())
  const site = await people.clerk.must('sites.create', {
    caseId: courtCase.id,
    site: { name: '黎某作坊旁池塘', address: '', latitude: null, longitude: null, accuracyM: null, waterbody: 'lake', notes: '' }
  })
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
