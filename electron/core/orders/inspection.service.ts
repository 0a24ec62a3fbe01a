import { daysBetween } from '../../shared/shanghai-time'
import { AppError } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import type { Call } from '../call'
import { checkRevision, insertRecord, replaceLinks, updateRecord, voidRecord } from '../records/records'
import type { Handlers } from '../handler-table'
import { findDeviation, findDeviationRow, findInspection, findInspectionRow } from './order.repository'
import { loadOrder, refuseFuture, refuseNotLive, refuseUnknownAttachments, today } from './order.service'
import { writesCase } from '../access/case-scope'
import { caseOf } from '../access/case-of'

const recorders = permissions.recordInspections

async function inspectionForChange(call: Call, id: string, revision: number) {
  const row = await findInspectionRow(call.db, id)
  if (!row) throw new AppError('not_found', 'inspection_not_found')
  checkRevision(row, revision)
  if (row.voidedAt !== null) throw new AppError('conflict', 'inspection_voided')
  return row
}

async function deviationForChange(call: Call, id: string, revision: number) {
  const row = await findDeviationRow(call.db, id)
  if (!row) throw new AppError('not_found', 'deviation_not_found')
  checkRevision(row, revision)
  if (row.voidedAt !== null) throw new AppError('conflict', 'deviation_voided')
  return row
}

/**
 * Inspections (回访) and the deviations (偏差) found at them, recorded by the
 * investigators. Both are evidence: never deleted, voided with a reason. An
 * open deviation blocks acceptance until it is closed with the correction made.
 */
export const inspectionHandlers: Handlers<
  'inspections.create' | 'inspections.void' | 'deviations.create' | 'deviations.close' | 'deviations.void'
> = {
  'inspections.create': { scope: writesCase((db, { orderId }) => caseOf.order(db, orderId)),
    access: recorders,
    writes: true,
    run: async (call, input) => {
      const order = await loadOrder(call, input.orderId)
      refuseNotLive(order)
      if (input.milestoneId !== null && !order.milestones.some((m) => m.id === input.milestoneId)) {
        throw new AppError('invalid_input', 'milestone_not_of_order', {}, { milestoneId: 'milestone_not_of_order' })
      }
      refuseFuture(call, input.inspectedOn, 'inspectedOn', 'label_inspected_on')
      await refuseUnknownAttachments(call, input.photoSha256, 'photoSha256')
      const id = call.newId()
      await insertRecord(call, 'inspection', {
        id,
        orderId: input.orderId,
        milestoneId: input.milestoneId,
        inspectedOn: input.inspectedOn,
        investigatorId: call.user.id,
        findings: input.findings,
        samplesTakenJson: JSON.stringify(input.samplesTaken)
      })
      await replaceLinks(call, 'inspectionPhoto', { inspectionId: id }, input.photoSha256.map((sha256, position) => ({ inspectionId: id, position, sha256 })))
      return (await findInspection(call.db, id, today(call)))!
    }
  },
  'inspections.void': { scope: writesCase((db, { id }) => caseOf.inspection(db, id)),
    access: recorders,
    writes: true,
    run: async (call, { id, revision, reason }) => {
      await inspectionForChange(call, id, revision)
      const before = (await findInspection(call.db, id, today(call)))!
      if (before.deviations.some((d) => d.voided === null && d.closedOn === null)) {
        throw new AppError('conflict', 'inspection_open_deviations')
      }
      await voidRecord(call, 'inspection', id, { revision, reason })
      return (await findInspection(call.db, id, today(call)))!
    }
  },
  'deviations.create': { scope: writesCase((db, { inspectionId }) => caseOf.inspection(db, inspectionId)),
    access: recorders,
    writes: true,
    run: async (call, input) => {
      const inspection = await findInspectionRow(call.db, input.inspectionId)
      if (!inspection) throw new AppError('not_found', 'inspection_not_found')
      if (inspection.voidedAt !== null) throw new AppError('conflict', 'inspection_voided')
      refuseNotLive(await loadOrder(call, inspection.orderId))
      if (daysBetween(inspection.inspectedOn, input.dueDate) < 0) {
        throw new AppError('invalid_input', 'correction_before_inspection', {}, { dueDate: 'correction_before_inspection' })
      }
      const id = call.newId()
      await insertRecord(call, 'deviation', {
        id,
        inspectionId: inspection.id,
        orderId: inspection.orderId,
        milestoneId: inspection.milestoneId,
        description: input.description,
        severity: input.severity,
        correctiveAction: input.correctiveAction,
        dueDate: input.dueDate,
        closedOn: null,
        closingNote: ''
      })
      return (await findDeviation(call.db, id, today(call)))!
    }
  },
  'deviations.close': { scope: writesCase((db, { id }) => caseOf.deviation(db, id)),
    access: recorders,
    writes: true,
    run: async (call, { id, revision, closedOn, closingNote, evidenceSha256 }) => {
      const row = await deviationForChange(call, id, revision)
      if (row.closedOn !== null) throw new AppError('conflict', 'deviation_already_closed')
      const inspection = (await findInspectionRow(call.db, row.inspectionId))!
      if (daysBetween(inspection.inspectedOn, closedOn) < 0) {
        throw new AppError('invalid_input', 'deviation_closed_before_inspection', {}, { closedOn: 'field_closed_before_inspection' })
      }
      refuseFuture(call, closedOn, 'closedOn', 'label_closed_on')
      // A correction closed after the order was accepted would be work the acceptance never saw (issue 13):
      // the close date is at latest the acceptance day.
      const acceptance = (await loadOrder(call, row.orderId)).acceptance
      if (acceptance !== null && daysBetween(acceptance.acceptedOn, closedOn) > 0) {
        throw new AppError('invalid_input', 'closed_after_acceptance', { acceptedOn: acceptance.acceptedOn }, { closedOn: 'closed_after_acceptance' })
      }
      await refuseUnknownAttachments(call, evidenceSha256, 'evidenceSha256')
      await updateRecord(call, 'deviation', id, { revision, set: { closedOn, closingNote } })
      await replaceLinks(call, 'deviationEvidence', { deviationId: id }, evidenceSha256.map((sha256, position) => ({ deviationId: id, position, sha256 })))
      return (await findDeviation(call.db, id, today(call)))!
    }
  },
  'deviations.void': { scope: writesCase((db, { id }) => caseOf.deviation(db, id)),
    access: recorders,
    writes: true,
    run: async (call, { id, revision, reason }) => {
      await deviationForChange(call, id, revision)
      await voidRecord(call, 'deviation', id, { revision, reason })
      return (await findDeviation(call.db, id, today(call)))!
    }
  }
}
