import { daysBetween, shanghaiDay } from '../../shared/shanghai-time'
import { AppError } from '../../shared/errors'
import { referenceRowId } from '../records/reference-ids'
import { permissions } from '../../shared/permissions'
import { finalOrderStatuses, liveOrderStatuses, type OrderInput, type RestorationOrder } from '../../shared/orders'
import type { Call } from '../call'
import { checkRevision, insertRecord, replaceLinks, updateRecord, voidRecord } from '../records/records'
import type { Handlers } from '../handler-table'
import { findAttachmentByHash } from '../attachments/attachment.repository'
import { casesOfMatter } from '../cases/case.repository'
import { findUser } from '../users/user.repository'
import { siteSamplingsReader } from '../sampling/sampling.repository'
import { assertOrderTransition } from './order-status'
import { refuseIncompleteTeam, refuseLabourOverFee, refuseMissingSections, refusePassingTooSoon } from './order-rules'
import {
  findOrder,
  findOrderIdByNumber,
  findOrderType,
  listOrderTypes,
  listOrders,
  orderColumns,
  type SamplingsAtSite
} from './order.repository'
import { dashboard, orderSummary } from './order-summary'
import { signRecord } from '../signatures/signing'

/** The Asia/Shanghai calendar day of the call: "today" for overdue and due-soon. */
export function today(call: Pick<Call, 'now'>): string {
  return shanghaiDay(call.now)
}

/** The lab results at a site, read inside the call's transaction, once per site for one use. */
export function samplingsOf(call: Pick<Call, 'db'>): SamplingsAtSite {
  return siteSamplingsReader(call.db)
}

/** The order as the call sees it now. */
export async function loadOrder(call: Call, id: string, samplings = samplingsOf(call)): Promise<RestorationOrder> {
  const order = await findOrder(call.db, id, today(call), samplings)
  if (!order) throw new AppError('not_found', '找不到该修复令')
  return order
}


/** The order, refused when another user changed it since `revision`. */
export async function loadOrderForChange(call: Call, id: string, revision: number): Promise<RestorationOrder> {
  const order = await loadOrder(call, id)
  checkRevision(order, revision)
  return order
}

/** What the status rules look at: the status, the milestones and every deviation not voided. */
function transitionState(order: RestorationOrder) {
  const deviations = order.inspections.flatMap((i) => i.deviations).filter((d) => d.voided === null)
  return { status: order.status, milestones: order.milestones, deviations }
}

/** Refuses changing an accepted, failed or closed order, or a discarded draft: the record of how it ended never changes. */
export function refuseFinal(order: RestorationOrder): void {
  if (order.discarded) throw new AppError('conflict', '该修复令草稿已作废，不能再修改')
  if (finalOrderStatuses.includes(order.status)) throw new AppError('conflict', '该修复令已终结，不能再修改')
}

/** Inspections, deviations and milestone progress belong to an order that is issued and not yet finished. */
export function refuseNotLive(order: RestorationOrder): void {
  if (!liveOrderStatuses.includes(order.status)) {
    throw new AppError('conflict', order.status === 'draft' ? '修复令尚未签发' : '该修复令已终结，不能再记录')
  }
}

/** A day in the future cannot have happened yet: issued, inspected, closed or accepted days are today or earlier. */
export function refuseFuture(call: Call, day: string, field: string, label: string): void {
  if (daysBetween(today(call), day) > 0) throw new AppError('invalid_input', `${label}不能晚于今天`, { [field]: `${label}不能晚于今天` })
}

/** Every attachment named as evidence must have been recorded (so its file is in the data folder). */
export async function refuseUnknownAttachments(call: Call, hashes: readonly string[], field: string): Promise<void> {
  for (const hash of hashes) {
    if (!(await findAttachmentByHash(call.db, hash))) {
      throw new AppError('invalid_input', '附件未上传或已丢失，请重新上传', { [field]: '附件未上传或已丢失，请重新上传' })
    }
  }
}

/** The order's sites and supervisors, each listed once in the order given, as its link rows. */
async function writeOrderLinks(call: Call, orderId: string, input: Required<OrderInput>): Promise<void> {
  const siteIds = [...new Set(input.siteIds)]
  const supervisorIds = [...new Set(input.supervisorIds)]
  await replaceLinks(call, 'orderSite', { orderId }, siteIds.map((siteId, position) => ({ orderId, position, siteId })))
  await replaceLinks(call, 'orderSupervisor', { orderId }, supervisorIds.map((userId, position) => ({ orderId, position, userId })))
}

/** Writes a new draft order with its sites and supervisors, the one way an order comes into being (the judge's form or an opinion's recommendation). */
export async function insertDraftOrder(call: Call, input: Required<OrderInput>): Promise<string> {
  const id = call.newId()
  await insertRecord(call, 'restorationOrder', { id, ...orderColumns(input), issuedBy: null, issuedOn: null, status: 'draft', statusReason: '' })
  await writeOrderLinks(call, id, input)
  return id
}

async function refuseBadReferences(call: Call, input: Required<OrderInput>, exceptId: string | null): Promise<void> {
  const other = await findOrderIdByNumber(call.db, input.orderNumber)
  if (other !== null && other !== exceptId) {
    throw new AppError('conflict', `修复令编号 ${input.orderNumber} 已使用`, { orderNumber: '该编号已使用' })
  }
  const type = await findOrderType(call.db, input.orderTypeId)
  if (!type || (!type.active && exceptId === null)) {
    throw new AppError('invalid_input', '请选择在用的修复令类型', { orderTypeId: '请选择在用的修复令类型' })
  }
  refuseMissingSections(type.code, input)
  refuseLabourOverFee(input)
  const courtCase = await call.db.selectFrom('courtCase').select('matterId').where('id', '=', input.caseId).executeTakeFirst()
  if (!courtCase) throw new AppError('invalid_input', '找不到该案件', { caseId: '找不到该案件' })
  // A site is registered on one case of the matter (often the criminal case),
  // while the order may follow the public-interest judgment of the same matter.
  const matterCases = await casesOfMatter(call.db, courtCase.matterId)
  const sites = await call.db.selectFrom('site').select(['id', 'caseId']).where('id', 'in', input.siteIds).execute()
  if (sites.length !== new Set(input.siteIds).size || sites.some((s) => !matterCases.includes(s.caseId))) {
    throw new AppError('invalid_input', '修复地点须是本案（或同一案件事实的关联案件）登记的地点', { siteIds: '修复地点须是本案登记的地点' })
  }
  for (const userId of input.supervisorIds) {
    const user = await findUser(call.db, userId)
    if (!user || !user.roles.includes('investigator') || !user.active) {
      throw new AppError('invalid_input', '监督人员须是在用的技术调查官账户', { supervisorIds: '监督人员须是在用的技术调查官账户' })
    }
  }
}

const issuers = permissions.issueOrders

export const orderHandlers: Handlers<
  | 'orderTypes.list'
  | 'orderTypes.create'
  | 'orderTypes.update'
  | 'orders.list'
  | 'orders.get'
  | 'orders.create'
  | 'orders.update'
  | 'orders.issue'
  | 'orders.setStatus'
  | 'orders.accept'
  | 'orders.discard'
  | 'orders.handover'
  | 'orders.dashboard'
  | 'orders.summary'
> = {
  'orderTypes.list': { access: 'signedIn', writes: false, run: (call) => listOrderTypes(call.db) },
  'orderTypes.create': {
    access: permissions.editReferenceData,
    writes: true,
    run: async (call, input) => {
      const taken = await call.db.selectFrom('orderType').select('id').where('code', '=', input.code).executeTakeFirst()
      if (taken) throw new AppError('conflict', `类型代码 ${input.code} 已存在`, { code: '代码已存在' })
      const id = referenceRowId('order_type', [input.code])
      await insertRecord(call, 'orderType', { id, ...input, active: input.active ? 1 : 0 })
      return (await findOrderType(call.db, id))!
    }
  },
  'orderTypes.update': {
    access: permissions.editReferenceData,
    writes: true,
    run: async (call, { id, revision, ...input }) => {
      if (!(await findOrderType(call.db, id))) throw new AppError('not_found', '找不到该修复令类型')
      const taken = await call.db.selectFrom('orderType').select('id').where('code', '=', input.code).executeTakeFirst()
      if (taken && taken.id !== id) throw new AppError('conflict', `类型代码 ${input.code} 已存在`, { code: '代码已存在' })
      await updateRecord(call, 'orderType', id, { revision, set: { ...input, active: input.active ? 1 : 0 } })
      return (await findOrderType(call.db, id))!
    }
  },
  'orders.list': { access: 'signedIn', writes: false, run: (call, filter) => listOrders(call.db, filter, today(call)) },
  'orders.get': { access: 'signedIn', writes: false, run: (call, { id }) => loadOrder(call, id) },
  'orders.create': {
    access: issuers,
    writes: true,
    run: async (call, input) => {
      await refuseBadReferences(call, input, null)
      return loadOrder(call, await insertDraftOrder(call, input))
    }
  },
  'orders.update': {
    access: issuers,
    writes: true,
    run: async (call, { id, revision, order: input }) => {
      const before = await loadOrderForChange(call, id, revision)
      refuseFinal(before)
      await refuseBadReferences(call, input, id)
      const targetSites = new Set(input.siteIds)
      const orphaned = before.milestones.find((m) => m.sampleCriterion && !targetSites.has(m.sampleCriterion.siteId))
      if (orphaned) {
        throw new AppError('invalid_input', `节点“${orphaned.title}”的采样点位不在修复地点中`, { siteIds: '不能移除节点验收标准所用的点位' })
      }
      const late = before.milestones.find((m) => m.dueDate > input.deadline)
      if (late) {
        throw new AppError('invalid_input', `节点“${late.title}”的期限 ${late.dueDate} 晚于新的履行期限 ${input.deadline}`, { deadline: `早于节点“${late.title}”的期限` })
      }
      await updateRecord(call, 'restorationOrder', id, { revision, set: orderColumns(input) })
      await writeOrderLinks(call, id, input)
      return loadOrder(call, id)
    }
  },
  'orders.issue': {
    access: issuers,
    writes: true,
    signs: true,
    run: async (call, { id, revision, issuedOn }) => {
      const before = await loadOrderForChange(call, id, revision)
      refuseFinal(before)
      assertOrderTransition(transitionState(before), 'issued')
      if (before.milestones.length === 0) {
        throw new AppError('invalid_input', '签发前须至少设置一个履行节点', { status: '签发前须至少设置一个履行节点' })
      }
      refuseFuture(call, issuedOn, 'issuedOn', '签发日期')
      // A draft made from an opinion leaves a type's own sections to the judge: it is issued only with them.
      refuseMissingSections((await findOrderType(call.db, before.orderTypeId))!.code, before)
      await updateRecord(call, 'restorationOrder', id, { revision, set: { status: 'issued', issuedBy: call.user.id, issuedOn } })
      await signRecord(call, 'order.issue', id)
      return loadOrder(call, id)
    }
  },
  'orders.setStatus': {
    access: issuers,
    writes: true,
    run: async (call, { id, revision, status, reason }) => {
      const before = await loadOrderForChange(call, id, revision)
      assertOrderTransition(transitionState(before), status)
      if (status === 'closed' && !reason) throw new AppError('invalid_input', '终结修复令须填写原因', { reason: '请填写终结原因' })
      await updateRecord(call, 'restorationOrder', id, { revision, set: { status, statusReason: reason } })
      return loadOrder(call, id)
    }
  },
  'orders.accept': {
    access: issuers,
    writes: true,
    signs: true,
    run: async (call, input) => {
      const before = await loadOrderForChange(call, input.orderId, input.revision)
      const to = input.result === 'passed' ? 'accepted' : 'failed'
      assertOrderTransition(transitionState(before), to)
      refuseFuture(call, input.acceptedOn, 'acceptedOn', '验收日期')
      refuseIncompleteTeam(input.members)
      refusePassingTooSoon(before, input)
      await refuseUnknownAttachments(call, [input.reportSha256], 'reportSha256')
      // The order's revision is checked first, so a stale acceptance writes nothing.
      await updateRecord(call, 'restorationOrder', input.orderId, { revision: input.revision, set: { status: to, statusReason: '' } })
      const acceptanceId = call.newId()
      await insertRecord(call, 'acceptance', {
        id: acceptanceId,
        orderId: input.orderId,
        acceptingBody: input.acceptingBody,
        acceptedOn: input.acceptedOn,
        result: input.result,
        survivalRatePct: input.survivalRatePct,
        notes: input.notes,
        reportSha256: input.reportSha256
      })
      await replaceLinks(call, 'acceptanceMember', { acceptanceId }, input.members.map((m, position) => ({ acceptanceId, position, ...m })))
      await signRecord(call, 'order.accept', acceptanceId)
      return loadOrder(call, input.orderId)
    }
  },
  /** A draft that will not be issued is discarded with a reason; the row stays, and the case may close (see `closingProblems`). */
  'orders.discard': {
    access: issuers,
    writes: true,
    run: async (call, { id, revision, reason }) => {
      const before = await loadOrderForChange(call, id, revision)
      refuseFinal(before)
      if (before.status !== 'draft') throw new AppError('conflict', '只有草稿可以作废；已签发的修复令请终结并写明原因')
      await voidRecord(call, 'restorationOrder', id, { revision, reason })
      return loadOrder(call, id)
    }
  },
  /**
   * The restored site handed over after a passed acceptance (issue 13): to
   * whom and when, once; on or after the acceptance day and not in the future.
   */
  'orders.handover': {
    access: issuers,
    writes: true,
    run: async (call, input) => {
      const order = await loadOrder(call, input.orderId)
      if (order.status !== 'accepted' || order.acceptance === null) throw new AppError('conflict', '修复令验收通过后才能移交修复地点')
      if (order.handover !== null) throw new AppError('conflict', `修复地点已于 ${order.handover.handedOverOn} 移交${order.handover.handedOverTo}`)
      if (daysBetween(order.acceptance.acceptedOn, input.handedOverOn) < 0) {
        const message = `移交日期不能早于验收日期 ${order.acceptance.acceptedOn}`
        throw new AppError('invalid_input', message, { handedOverOn: message })
      }
      refuseFuture(call, input.handedOverOn, 'handedOverOn', '移交日期')
      await insertRecord(call, 'orderHandover', { id: call.newId(), ...input })
      return loadOrder(call, input.orderId)
    }
  },
  'orders.dashboard': { access: 'signedIn', writes: false, run: (call, { dueSoonDays }) => dashboard(call.db, today(call), dueSoonDays) },
  'orders.summary': {
    access: 'signedIn',
    writes: false,
    run: async (call, { id }) => {
      const samplings = samplingsOf(call)
      return orderSummary(call.db, await loadOrder(call, id, samplings), samplings, call.now)
    }
  }
}
