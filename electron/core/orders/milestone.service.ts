import { AppError } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import type { Milestone, MilestoneInput, RestorationOrder } from '../../shared/orders'
import type { Call } from '../call'
import { checkRevision, insertRecord, replaceLinks, updateRecord, voidRecord } from '../records/records'
import type { Handlers } from '../handler-table'
import { evaluateCriterion, findMilestoneRow } from './order.repository'
import { loadOrder, refuseFinal, refuseFuture, refuseNotLive, refuseUnknownAttachments, samplingsOf, today } from './order.service'
import { acrossCases, writesCase } from '../access/case-scope'
import { overdueMilestones } from './overdue-milestones'
import { caseOf } from '../access/case-of'

function refuseSiteOutsideOrder(order: RestorationOrder, input: Required<MilestoneInput>): void {
  if (input.sampleCriterion && !order.siteIds.includes(input.sampleCriterion.siteId)) {
    throw new AppError('invalid_input', 'criterion_site_of_order', {}, { 'sampleCriterion.siteId': 'criterion_site_of_order' })
  }
}

/**
 * A milestone is a step toward the order's completion: due on or before the
 * order's deadline (the judgment fixes the deadline; a step after it would
 * let the obligor pass the deadline unnoticed). A later step needs the order's
 * deadline changed first (EcoCase's rule, issue 13).
 */
export function refuseAfterDeadline(deadline: string, milestone: { title: string; dueDate: string }): void {
  if (milestone.dueDate > deadline) {
    throw new AppError('invalid_input', 'milestone_after_deadline', { title: milestone.title, dueDate: milestone.dueDate, deadline }, { dueDate: 'field_milestone_after_deadline' })
  }
}

/**
 * The schedule of a draft is the judge's to change freely; once the order is
 * issued it binds the obligor, so a change or a removal states its reason,
 * which the milestone's row keeps (`change_reason`, or `void_reason` when
 * removed) and its history shows (issue 13).
 *
 * @returns the reason to store (a draft's may be empty).
 * @throws AppError `invalid_input` on `reason` when an issued order's milestone changes without one.
 */
export function reasonForChange(order: Pick<RestorationOrder, 'status'>, reason: string, action: 'action_change' | 'action_remove'): string {
  if (order.status !== 'draft' && reason.trim() === '') {
    throw new AppError('invalid_input', 'change_needs_reason', { action: [{ reason: action }] }, { reason: 'change_needs_reason' })
  }
  return reason.trim()
}

/** The milestone and its order, refused when another user changed it since `revision`. */
async function loadMilestoneForChange(call: Call, id: string, revision: number): Promise<{ order: RestorationOrder; milestone: Milestone }> {
  const row = await findMilestoneRow(call.db, id)
  if (!row || row.voidedAt !== null) throw new AppError('not_found', 'milestone_not_found')
  const order = await loadOrder(call, row.orderId)
  const milestone = order.milestones.find((m) => m.id === id)!
  checkRevision(milestone, revision)
  return { order, milestone }
}

function milestoneColumns(input: Required<MilestoneInput>) {
  return {
    title: input.title,
    dueDate: input.dueDate,
    criterionText: input.criterionText,
    sampleCriterionJson: input.sampleCriterion ? JSON.stringify(input.sampleCriterion) : null
  }
}

async function reload(call: Call, orderId: string, id: string): Promise<Milestone> {
  return (await loadOrder(call, orderId)).milestones.find((m) => m.id === id)!
}

/**
 * Milestones (履行节点): the judge sets them with the order; investigators and
 * judges record progress. Done needs evidence: attachments for a criterion
 * confirmed by hand, or, for a sample-based one, lab results that meet it now
 * (the satisfying samplings are kept with the milestone).
 */
export const milestoneHandlers: Handlers<'milestones.overdue' | 'milestones.create' | 'milestones.update' | 'milestones.remove' | 'milestones.setProgress'> = {
  // Whoever sees the dashboard reads its overdue list in full, narrowed to the caller's cases as the dashboard is.
  'milestones.overdue': { scope: acrossCases(), access: 'signedIn', writes: false, run: (call, page) => overdueMilestones(call.db, page, today(call), call.visibleCases) },
  'milestones.create': { scope: writesCase((db, { orderId }) => caseOf.order(db, orderId)),
    access: permissions.issueOrders,
    writes: true,
    run: async (call, { orderId, milestone: input }) => {
      const order = await loadOrder(call, orderId)
      refuseFinal(order)
      refuseSiteOutsideOrder(order, input)
      refuseAfterDeadline(order.deadline, input)
      const id = call.newId()
      // Removed milestones keep their place in (order_id, position), so the next place counts them too.
      const { last } = await call.db
        .selectFrom('milestone')
        .select((eb) => eb.fn.max('position').as('last'))
        .where('orderId', '=', orderId)
        .executeTakeFirstOrThrow()
      const position = (last ?? 0) + 1
      await insertRecord(call, 'milestone', {
        id,
        orderId,
        position,
        ...milestoneColumns(input),
        progress: 'pending',
        doneOn: null,
        note: ''
      })
      return reload(call, orderId, id)
    }
  },
  'milestones.update': { scope: writesCase((db, { id }) => caseOf.milestone(db, id)),
    access: permissions.issueOrders,
    writes: true,
    run: async (call, { id, revision, milestone: input, reason }) => {
      const { order, milestone: before } = await loadMilestoneForChange(call, id, revision)
      refuseFinal(order)
      if (before.progress === 'done') throw new AppError('conflict', 'milestone_done_unchangeable')
      const changeReason = reasonForChange(order, reason, 'action_change')
      refuseSiteOutsideOrder(order, input)
      refuseAfterDeadline(order.deadline, input)
      await updateRecord(call, 'milestone', id, { revision, set: { ...milestoneColumns(input), changeReason } })
      return reload(call, order.id, id)
    }
  },
  /**
   * Removes a milestone: voided, never deleted, so the inspections that name
   * it still resolve and its history keeps it. A milestone done is evidence
   * of work and stays; an issued order keeps at least one milestone, since
   * acceptance is judged on them.
   */
  'milestones.remove': { scope: writesCase((db, { id }) => caseOf.milestone(db, id)),
    access: permissions.issueOrders,
    writes: true,
    run: async (call, { id, revision, reason }) => {
      const { order, milestone } = await loadMilestoneForChange(call, id, revision)
      refuseFinal(order)
      if (milestone.progress === 'done') throw new AppError('conflict', 'milestone_done_unremovable')
      const voidReason = reasonForChange(order, reason, 'action_remove')
      if (order.status !== 'draft' && order.milestones.length === 1) throw new AppError('conflict', 'issued_order_needs_milestone')
      await voidRecord(call, 'milestone', id, { revision, reason: voidReason })
      return loadOrder(call, order.id)
    }
  },
  'milestones.setProgress': { scope: writesCase((db, { id }) => caseOf.milestone(db, id)),
    access: permissions.confirmMilestones,
    writes: true,
    run: async (call, { id, revision, progress, doneOn, evidenceSha256, note }) => {
      const { order, milestone: before } = await loadMilestoneForChange(call, id, revision)
      refuseNotLive(order)
      let satisfyingSampleIds: string[] = []
      if (progress === 'done') {
        if (doneOn === null) throw new AppError('invalid_input', 'field_done_on', {}, { doneOn: 'field_done_on' })
        refuseFuture(call, doneOn, 'doneOn', 'label_done_on')
        if (before.sampleCriterion) {
          const evaluation = await evaluateCriterion(before.sampleCriterion, samplingsOf(call), order.countsSamplesFrom)
          if (!evaluation.met) throw new AppError('invalid_input', 'criterion_not_met', { explanation: [evaluation.explanation] }, { progress: 'criterion_not_met' })
          satisfyingSampleIds = evaluation.satisfyingSamples.map((s) => s.sampleId)
        } else if (evidenceSha256.length === 0) {
          throw new AppError('invalid_input', 'milestone_manual_needs_evidence', {}, { evidenceSha256: 'field_upload_evidence' })
        }
        await refuseUnknownAttachments(call, evidenceSha256, 'evidenceSha256')
      }
      const done = progress === 'done'
      await updateRecord(call, 'milestone', id, {
        revision,
        set: {
          progress,
          doneOn: done ? doneOn : null,
          note
        }
      })
      const evidence = done ? evidenceSha256 : []
      await replaceLinks(call, 'milestoneEvidence', { milestoneId: id }, evidence.map((sha256, position) => ({ milestoneId: id, position, sha256 })))
      await replaceLinks(call, 'milestoneSample', { milestoneId: id }, satisfyingSampleIds.map((sampleId, position) => ({ milestoneId: id, position, sampleId })))
      return reload(call, order.id, id)
    }
  }
}
