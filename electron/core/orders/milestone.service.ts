import { AppError } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import type { Milestone, MilestoneInput, RestorationOrder } from '../../shared/orders'
import type { Call } from '../call'
import { checkRevision, insertRecord, replaceLinks, updateRecord } from '../records/records'
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

/** The milestone and its order, refused when another user changed it since `revision`. */
async function loadMilestoneForChange(call: Call, id: string, revision: number): Promise<{ order: RestorationOrder; milestone: Milestone }> {
  const row = await findMilestoneRow(call.db, id)
  if (!row) throw new AppError('not_found', '找不到该履行节点')
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
export const milestoneHandlers: Handlers<'milestones.create' | 'milestones.update' | 'milestones.setProgress'> = {
  'milestones.create': {
    access: permissions.issueOrders,
    writes: true,
    run: async (call, { orderId, milestone: input }) => {
      const order = await loadOrder(call, orderId)
      refuseFinal(order)
      refuseSiteOutsideOrder(order, input)
      refuseAfterDeadline(order.deadline, input)
      const id = call.newId()
      const position = Math.max(0, ...order.milestones.map((m) => m.position)) + 1
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
    run: async (call, { id, revision, milestone: input }) => {
      const { order, milestone: before } = await loadMilestoneForChange(call, id, revision)
      refuseFinal(order)
      if (before.progress === 'done') throw new AppError('conflict', '已完成的节点不能修改；如需更正，请先将其改回进行中')
      refuseSiteOutsideOrder(order, input)
      refuseAfterDeadline(order.deadline, input)
      await updateRecord(call, 'milestone', id, { revision, set: milestoneColumns(input) })
      return reload(call, order.id, id)
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
          const evaluation = await evaluateCriterion(before.sampleCriterion, samplingsOf(call), order.issuedOn)
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
