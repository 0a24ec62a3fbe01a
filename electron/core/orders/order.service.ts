import { daysBetween, shanghaiDay } from '../../shared/shanghai-time'
import { AppError } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import type { OrderInput, OrderStatus, RestorationOrder } from '../../shared/orders'
import { newStamp, nextStamp, type Call } from '../call'
import type { Handlers } from '../handler-table'
import { findAttachmentByHash } from '../attachments/attachment.repository'
import { casesOfMatter } from '../cases/case.repository'
import { findUser } from '../users/user.repository'
import { listSamplingsAtSite } from '../sampling/sampling.repository'
import { assertOrderTransition } from './order-status'
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

/** The Asia/Shanghai calendar day of the call: "today" for overdue and due-soon. */
export function today(call: Pick<Call, 'now'>): string {
  return shanghaiDay(call.now)
}

/** The lab results at a site, read inside the call's transaction. */
export function samplingsOf(call: Pick<Call, 'db'>): SamplingsAtSite {
  return (siteId) => listSamplingsAtSite(call.db, siteId)
}

/** The order as the call sees it now. */
export async function loadOrder(call: Call, id: string): Promise<RestorationOrder> {
  const order = await findOrder(call.db, id, today(call), samplingsOf(call))
  if (!order) throw new AppError('not_found', '找不到该修复令')
  return order
}

/** The order, refused when another user changed it since `revision`. */
export async function loadOrderForChange(call: Call, id: string, revision: number): Promise<RestorationOrder> {
  const order = await loadOrder(call, id)
  if (order.revision !== revision) throw new AppError('conflict', '该修复令已被他人修改，请刷新后重试')
  return order
}

/** What the status rules look at: the status, the milestones and every deviation not voided. */
function transitionState(order: RestorationOrder) {
  const deviations = order.inspections.flatMap((i) => i.deviations).filter((d) => !d.voided)
  return { status: order.status, milestones: order.milestones, deviations }
}

const finalStatuses: readonly OrderStatus[] = ['accepted', 'failed', 'closed']
const liveStatuses: readonly OrderStatus[] = ['issued', 'in_progress']

/** Refuses changing an accepted, failed or closed order: the record of how it ended never changes. */
export function refuseFinal(order: RestorationOrder): void {
  if (finalStatuses.includes(order.status)) throw new AppError('conflict', '该修复令已终结，不能再修改')
}

/** Inspections, deviations and milestone progress belong to an order that is issued and not yet finished. */
export function refuseNotLive(order: RestorationOrder): void {
  if (!liveStatuses.includes(order.status)) {
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

async function refuseBadReferences(call: Call, input: Required<OrderInput>, exceptId: string | null): Promise<void> {
  const other = await findOrderIdByNumber(call.db, input.orderNumber)
  if (other !== null && other !== exceptId) {
    throw new AppError('conflict', `修复令编号 ${input.orderNumber} 已使用`, { orderNumber: '该编号已使用' })
  }
  const type = await findOrderType(call.db, input.orderTypeId)
  if (!type || (!type.active && exceptId === null)) {
    throw new AppError('invalid_input', '请选择在用的修复令类型', { orderTypeId: '请选择在用的修复令类型' })
  }
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
    if (!user || user.role !== 'investigator' || !user.active) {
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
      const id = call.newId()
      await call.db.insertInto('orderType').values({ id, ...input, active: input.active ? 1 : 0, ...newStamp(call) }).execute()
      const created = (await findOrderType(call.db, id))!
      await call.audit({ type: 'order_type', id }, null, created)
      return created
    }
  },
  'orderTypes.update': {
    access: permissions.editReferenceData,
    writes: true,
    run: async (call, { id, revision, ...input }) => {
      const before = await findOrderType(call.db, id)
      if (!before) throw new AppError('not_found', '找不到该修复令类型')
      if (before.revision !== revision) throw new AppError('conflict', '该类型已被他人修改，请刷新后重试')
      const taken = await call.db.selectFrom('orderType').select('id').where('code', '=', input.code).executeTakeFirst()
      if (taken && taken.id !== id) throw new AppError('conflict', `类型代码 ${input.code} 已存在`, { code: '代码已存在' })
      await call.db
        .updateTable('orderType')
        .set({ ...input, active: input.active ? 1 : 0, ...nextStamp(call, revision) })
        .where('id', '=', id)
        .execute()
      const after = (await findOrderType(call.db, id))!
      await call.audit({ type: 'order_type', id }, before, after)
      return after
    }
  },
  'orders.list': { access: 'signedIn', writes: false, run: (call, filter) => listOrders(call.db, filter, today(call)) },
  'orders.get': { access: 'signedIn', writes: false, run: (call, { id }) => loadOrder(call, id) },
  'orders.create': {
    access: issuers,
    writes: true,
    run: async (call, input) => {
      await refuseBadReferences(call, input, null)
      const id = call.newId()
      await call.db
        .insertInto('restorationOrder')
        .values({ id, ...orderColumns(input), issuedBy: null, issuedOn: null, status: 'draft', statusReason: '', ...newStamp(call) })
        .execute()
      const created = await loadOrder(call, id)
      await call.audit({ type: 'restoration_order', id }, null, created)
      return created
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
      await call.db.updateTable('restorationOrder').set({ ...orderColumns(input), ...nextStamp(call, revision) }).where('id', '=', id).execute()
      const after = await loadOrder(call, id)
      await call.audit({ type: 'restoration_order', id }, before, after)
      return after
    }
  },
  'orders.issue': {
    access: issuers,
    writes: true,
    run: async (call, { id, revision, issuedOn }) => {
      const before = await loadOrderForChange(call, id, revision)
      assertOrderTransition(transitionState(before), 'issued')
      if (before.milestones.length === 0) {
        throw new AppError('invalid_input', '签发前须至少设置一个履行节点', { status: '签发前须至少设置一个履行节点' })
      }
      refuseFuture(call, issuedOn, 'issuedOn', '签发日期')
      await call.db
        .updateTable('restorationOrder')
        .set({ status: 'issued', issuedBy: call.user.id, issuedOn, ...nextStamp(call, revision) })
        .where('id', '=', id)
        .execute()
      const after = await loadOrder(call, id)
      await call.audit({ type: 'restoration_order', id }, before, after)
      return after
    }
  },
  'orders.setStatus': {
    access: issuers,
    writes: true,
    run: async (call, { id, revision, status, reason }) => {
      const before = await loadOrderForChange(call, id, revision)
      assertOrderTransition(transitionState(before), status)
      if (status === 'closed' && !reason) throw new AppError('invalid_input', '终结修复令须填写原因', { reason: '请填写终结原因' })
      await call.db
        .updateTable('restorationOrder')
        .set({ status, statusReason: reason, ...nextStamp(call, revision) })
        .where('id', '=', id)
        .execute()
      const after = await loadOrder(call, id)
      await call.audit({ type: 'restoration_order', id }, before, after)
      return after
    }
  },
  'orders.accept': {
    access: issuers,
    writes: true,
    run: async (call, input) => {
      const before = await loadOrderForChange(call, input.orderId, input.revision)
      const to = input.result === 'passed' ? 'accepted' : 'failed'
      assertOrderTransition(transitionState(before), to)
      refuseFuture(call, input.acceptedOn, 'acceptedOn', '验收日期')
      await refuseUnknownAttachments(call, [input.reportSha256], 'reportSha256')
      const acceptanceId = call.newId()
      const acceptance = {
        id: acceptanceId,
        orderId: input.orderId,
        acceptingBody: input.acceptingBody,
        acceptedOn: input.acceptedOn,
        result: input.result,
        notes: input.notes,
        reportSha256: input.reportSha256,
        ...newStamp(call)
      }
      await call.db.insertInto('acceptance').values(acceptance).execute()
      await call.audit({ type: 'acceptance', id: acceptanceId }, null, acceptance)
      await call.db
        .updateTable('restorationOrder')
        .set({ status: to, statusReason: '', ...nextStamp(call, input.revision) })
        .where('id', '=', input.orderId)
        .execute()
      const after = await loadOrder(call, input.orderId)
      await call.audit({ type: 'restoration_order', id: input.orderId }, before, after)
      return after
    }
  },
  'orders.dashboard': { access: 'signedIn', writes: false, run: (call, { dueSoonDays }) => dashboard(call.db, today(call), dueSoonDays) },
  'orders.summary': {
    access: 'signedIn',
    writes: false,
    run: async (call, { id }) => orderSummary(call.db, await loadOrder(call, id), samplingsOf(call), call.now)
  }
}
