import { AppError } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import type { Milestone, MilestoneInput, RestorationOrder } from '../../shared/orders'
import type { Call } from '../call'
import { checkRevision, insertRecord, replaceLinks, updateRecord, voidRecord } from '../records/records'
import type { Handlers } from '../handler-table'
import { evaluateCriterion, findMilestoneRow } from './order.repository'
import { loadOrder, refuseFinal, refuseFuture, refuseNotLive, refuseUnknownAttachments, samplingsOf } from './order.service'

function refuseSiteOutsideOrder(order: RestorationOrder, input: Required<MilestoneInput>): void {
  if (input.sampleCriterion && !order.siteIds.includes(input.sampleCriterion.siteId)) {
    throw new AppError('invalid_input', '采样点位须是修复令的修复地点之一', { 'sampleCriterion.siteId': '采样点位须是修复令的修复地点之一' })
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
    const message = `节点期限 ${milestone.dueDate} 晚于修复令的履行期限 ${deadline}`
    throw new AppError('invalid_input', `“${milestone.title}”的${message}；如确需延后，请先变更修复令的履行期限`, { dueDate: message })
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
export function reasonForChange(order: Pick<RestorationOrder, 'status'>, reason: string, action: '修改' | '移除'): string {
  if (order.status !== 'draft' && reason.trim() === '') {
    const message = `修复令已签发，${action}履行节点须写明原因`
    throw new AppError('invalid_input', message, { reason: message })
  }
  return reason.trim()
}

/** The milestone and its order, refused when another user changed it since `revision`. */
async function loadMilestoneForChange(call: Call, id: string, revision: number): Promise<{ order: RestorationOrder; milestone: Milestone }> {
  const row = await findMilestoneRow(call.db, id)
  if (!row || row.voidedAt !== null) throw new AppError('not_found', '找不到该履行节点（可能已移除）')
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
export const milestoneHandlers: Handlers<'milestones.create' | 'milestones.update' | 'milestones.remove' | 'milestones.setProgress'> = {
  'milestones.create': {
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
  'milestones.update': {
    access: permissions.issueOrders,
    writes: true,
    run: async (call, { id, revision, milestone: input, reason }) => {
      const { order, milestone: before } = await loadMilestoneForChange(call, id, revision)
      refuseFinal(order)
      if (before.progress === 'done') throw new AppError('conflict', '已完成的节点不能修改；如需更正，请先将其改回进行中')
      const changeReason = reasonForChange(order, reason, '修改')
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
  'milestones.remove': {
    access: permissions.issueOrders,
    writes: true,
    run: async (call, { id, revision, reason }) => {
      const { order, milestone } = await loadMilestoneForChange(call, id, revision)
      refuseFinal(order)
      if (milestone.progress === 'done') throw new AppError('conflict', '已完成的节点不能移除')
      const voidReason = reasonForChange(order, reason, '移除')
      if (order.status !== 'draft' && order.milestones.length === 1) throw new AppError('conflict', '已签发的修复令须至少保留一个履行节点')
      await voidRecord(call, 'milestone', id, { revision, reason: voidReason })
      return loadOrder(call, order.id)
    }
  },
  'milestones.setProgress': {
    access: permissions.confirmMilestones,
    writes: true,
    run: async (call, { id, revision, progress, doneOn, evidenceSha256, note }) => {
      const { order, milestone: before } = await loadMilestoneForChange(call, id, revision)
      refuseNotLive(order)
      let satisfyingSampleIds: string[] = []
      if (progress === 'done') {
        if (doneOn === null) throw new AppError('invalid_input', '请填写完成日期', { doneOn: '请填写完成日期' })
        refuseFuture(call, doneOn, 'doneOn', '完成日期')
        if (before.sampleCriterion) {
          const evaluation = await evaluateCriterion(before.sampleCriterion, samplingsOf(call), order.countsSamplesFrom)
          if (!evaluation.met) throw new AppError('invalid_input', `检测结果尚不满足验收标准：${evaluation.explanation}`, { progress: evaluation.explanation })
          satisfyingSampleIds = evaluation.satisfyingSamples.map((s) => s.sampleId)
        } else if (evidenceSha256.length === 0) {
          throw new AppError('invalid_input', '人工确认完成须附证明材料', { evidenceSha256: '请上传证明材料' })
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
