import { daysBetween, shanghaiDay } from '../../shared/shanghai-time'
import { AppError, type ErrorReason } from '../../shared/errors'
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
import { acrossCases, inputCase, noCase, readsCase, writesCase } from '../access/case-scope'
import { caseOf } from '../access/case-of'

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
  if (!order) throw new AppError('not_found', 'order_not_found')
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
  if (order.discarded) throw new AppError('conflict', 'order_discarded')
  if (finalOrderStatuses.includes(order.status)) throw new AppError('conflict', 'order_final')
}

/** Inspections, deviations and milestone progress belong to an order that is issued and not yet finished. */
export function refuseNotLive(order: RestorationOrder): void {
  if (!liveOrderStatuses.includes(order.status)) {
    throw new AppError('conflict', order.status === 'draft' ? 'order_not_issued' : 'order_final_no_record')
  }
}

/** A day in the future cannot have happened yet: issued, inspected, closed or accepted days are today or earlier. */
export function refuseFuture(call: Call, day: string, field: string, label: ErrorReason): void {
  if (daysBetween(today(call), day) > 0) throw new AppError('invalid_input', 'day_after_today', { label: [{ reason: label }] }, { [field]: 'day_after_today' })
}

/** Every attachment named as evidence must have been recorded (so its file is in the data folder). */
export async function refuseUnknownAttachments(call: Call, hashes: readonly string[], field: string): Promise<void> {
  for (const hash of hashes) {
    if (!(await findAttachmentByHash(call.db, hash))) {
      throw new AppError('invalid_input', 'attachment_missing_upload', {}, { [field]: 'attachment_missing_upload' })
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
    throw new AppError('conflict', 'order_number_taken', { orderNumber: input.orderNumber }, { orderNumber: 'field_order_number_taken' })
  }
  const type = await findOrderType(call.db, input.orderTypeId)
  if (!type || (!type.active && exceptId === null)) {
    throw new AppError('invalid_input', 'order_type_inactive', {}, { orderTypeId: 'order_type_inactive' })
  }
  refuseMissingSections(type.code, input)
  refuseLabourOverFee(input)
  const courtCase = await call.db.selectFrom('courtCase').select('matterId').where('id', '=', input.caseId).executeTakeFirst()
  if (!courtCase) throw new AppError('invalid_input', 'case_not_found', {}, { caseId: 'case_not_found' })
  // A site is registered on one case of the matter (often the criminal case),
  // while the order may follow the public-interest judgment of the same matter.
  const matterCases = await casesOfMatter(call.db, courtCase.matterId)
  const sites = await call.db.selectFrom('site').select(['id', 'caseId']).where('id', 'in', input.siteIds).execute()
  if (sites.length !== new Set(input.siteIds).size || sites.some((s) => !matterCases.includes(s.caseId))) {
    throw new AppError('invalid_input', 'order_sites_of_case', {}, { siteIds: 'field_sites_of_case' })
  }
  for (const userId of input.supervisorIds) {
    const user = await findUser(call.db, userId)
    if (!user || !user.roles.includes('investigator') || !user.active) {
      throw new AppError('invalid_input', 'supervisors_investigators', {}, { supervisorIds: 'supervisors_investigators' })
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
  'orderTypes.list': { scope: noCase, access: 'signedIn', writes: false, run: (call) => listOrderTypes(call.db) },
  'orderTypes.create': { scope: noCase,
    access: permissions.editReferenceData,
    writes: true,
    run: async (call, input) => {
      const taken = await call.db.selectFrom('orderType').select('id').where('code', '=', input.code).executeTakeFirst()
      if (taken) throw new AppError('conflict', 'order_type_code_taken', { code: input.code }, { code: 'field_code_exists' })
      const id = referenceRowId('order_type', [input.code])
      await insertRecord(call, 'orderType', { id, ...input, active: input.active ? 1 : 0 })
      return (await findOrderType(call.db, id))!
    }
  },
  'orderTypes.update': { scope: noCase,
    access: permissions.editReferenceData,
    writes: true,
    run: async (call, { id, revision, ...input }) => {
      if (!(await findOrderType(call.db, id))) throw new AppError('not_found', 'order_type_not_found')
      const taken = await call.db.selectFrom('orderType').select('id').where('code', '=', input.code).executeTakeFirst()
      if (taken && taken.id !== id) throw new AppError('conflict', 'order_type_code_taken', { code: input.code }, { code: 'field_code_exists' })
      await updateRecord(call, 'orderType', id, { revision, set: { ...input, active: input.active ? 1 : 0 } })
      return (await findOrderType(call.db, id))!
    }
  },
  'orders.list': { scope: acrossCases(({ caseId }) => caseId), access: 'signedIn', writes: false, run: (call, filter) => listOrders(call.db, filter, today(call), call.visibleCases) },
  'orders.get': { scope: readsCase((db, { id }) => caseOf.order(db, id)), access: 'signedIn', writes: false, run: (call, { id }) => loadOrder(call, id) },
  'orders.create': { scope: writesCase(inputCase),
    access: issuers,
    writes: true,
    run: async (call, input) => {
      await refuseBadReferences(call, input, null)
      return loadOrder(call, await insertDraftOrder(call, input))
    }
  },
  'orders.update': { scope: writesCase((db, { id }) => caseOf.order(db, id)),
    access: issuers,
    writes: true,
    run: async (call, { id, revision, order: input }) => {
      const before = await loadOrderForChange(call, id, revision)
      refuseFinal(before)
      await refuseBadReferences(call, input, id)
      const targetSites = new Set(input.siteIds)
      const orphaned = before.milestones.find((m) => m.sampleCriterion && !targetSites.has(m.sampleCriterion.siteId))
      if (orphaned) {
        throw new AppError('invalid_input', 'milestone_site_removed', { title: orphaned.title }, { siteIds: 'field_milestone_site_removed' })
      }
      const late = before.milestones.find((m) => m.dueDate > input.deadline)
      if (late) {
        throw new AppError('invalid_input', 'milestone_after_new_deadline', { title: late.title, dueDate: late.dueDate, deadline: input.deadline }, { deadline: 'field_deadline_before_milestone' })
      }
      await updateRecord(call, 'restorationOrder', id, { revision, set: orderColumns(input) })
      await writeOrderLinks(call, id, input)
      return loadOrder(call, id)
    }
  },
  'orders.issue': { scope: writesCase((db, { id }) => caseOf.order(db, id)),
    access: issuers,
    writes: true,
    signs: true,
    run: async (call, { id, revision, issuedOn }) => {
      const before = await loadOrderForChange(call, id, revision)
      refuseFinal(before)
      assertOrderTransition(transitionState(before), 'issued')
      if (before.milestones.length === 0) {
        throw new AppError('invalid_input', 'issue_needs_milestone', {}, { status: 'issue_needs_milestone' })
      }
      refuseFuture(call, issuedOn, 'issuedOn', 'label_issued_on')
      // A draft made from an opinion leaves a type's own sections to the judge: it is issued only with them.
      refuseMissingSections((await findOrderType(call.db, before.orderTypeId))!.code, before)
      await updateRecord(call, 'restorationOrder', id, { revision, set: { status: 'issued', issuedBy: call.user.id, issuedOn } })
      await signRecord(call, 'order.issue', id)
      return loadOrder(call, id)
    }
  },
  'orders.setStatus': { scope: writesCase((db, { id }) => caseOf.order(db, id)),
    access: issuers,
    writes: true,
    run: async (call, { id, revision, status, reason }) => {
      const before = await loadOrderForChange(call, id, revision)
      assertOrderTransition(transitionState(before), status)
      if (status === 'closed' && !reason) throw new AppError('invalid_input', 'close_order_needs_reason', {}, { reason: 'field_close_reason' })
      await updateRecord(call, 'restorationOrder', id, { revision, set: { status, statusReason: reason } })
      return loadOrder(call, id)
    }
  },
  'orders.accept': { scope: writesCase((db, { orderId }) => caseOf.order(db, orderId)),
    access: issuers,
    writes: true,
    signs: true,
    run: async (call, input) => {
      const before = await loadOrderForChange(call, input.orderId, input.revision)
      const to = input.result === 'passed' ? 'accepted' : 'failed'
      assertOrderTransition(transitionState(before), to)
      refuseFuture(call, input.acceptedOn, 'acceptedOn', 'label_accepted_on')
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
  'orders.discard': { scope: writesCase((db, { id }) => caseOf.order(db, id)),
    access: issuers,
    writes: true,
    run: async (call, { id, revision, reason }) => {
      const before = await loadOrderForChange(call, id, revision)
      refuseFinal(before)
      if (before.status !== 'draft') throw new AppError('conflict', 'discard_draft_only')
      await voidRecord(call, 'restorationOrder', id, { revision, reason })
      return loadOrder(call, id)
    }
  },
  /**
   * The restored site handed over after a passed acceptance (issue 13): to
   * whom and when, once; on or after the acceptance day and not in the future.
   */
  'orders.handover': { scope: writesCase((db, { orderId }) => caseOf.order(db, orderId)),
    access: issuers,
    writes: true,
    run: async (call, input) => {
      const order = await loadOrder(call, input.orderId)
      if (order.status !== 'accepted' || order.acceptance === null) throw new AppError('conflict', 'handover_before_acceptance')
      if (order.handover !== null) throw new AppError('conflict', 'sites_already_handed_over', { handedOverOn: order.handover.handedOverOn, handedOverTo: order.handover.handedOverTo })
      if (daysBetween(order.acceptance.acceptedOn, input.handedOverOn) < 0) {
        throw new AppError('invalid_input', 'handover_before_accepted_on', { acceptedOn: order.acceptance.acceptedOn }, { handedOverOn: 'handover_before_accepted_on' })
      }
      refuseFuture(call, input.handedOverOn, 'handedOverOn', 'label_handed_over_on')
      await insertRecord(call, 'orderHandover', { id: call.newId(), ...input })
      return loadOrder(call, input.orderId)
    }
  },
  'orders.dashboard': { scope: acrossCases(), access: 'signedIn', writes: false, run: (call, { dueSoonDays }) => dashboard(call.db, today(call), dueSoonDays, call.visibleCases) },
  'orders.summary': { scope: readsCase((db, { id }) => caseOf.order(db, id)),
    access: 'signedIn',
    writes: false,
    run: async (call, { id }) => {
      const samplings = samplingsOf(call)
      return orderSummary(call.db, await loadOrder(call, id, samplings), samplings, call.now)
    }
  }
}
