import { AppError } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import { openAssignmentStatuses, type CaseConflict } from '../../shared/assignments'
import { shanghaiDay } from '../../shared/shanghai-time'
import type { Call } from '../call'
import { checkRevision, insertRecord, updateRecord } from '../records/records'
import type { Handlers } from '../handler-table'
import { findAssignment } from './assignment.repository'
import { loadCase } from './assignment.service'
import { requirePresidingJudge } from './presiding-judge'
import { findRecusalMatter, listConflicts } from './recusal.repository'
import { inputCase, readsCase, writesCase } from '../access/case-scope'
import { caseOf } from '../access/case-of'

async function requireAssignment(call: Call, id: string) {
  const assignment = await findAssignment(call.db, id, shanghaiDay(call.now))
  if (!assignment) throw new AppError('not_found', 'assignment_not_found')
  return assignment
}

export const recusalHandlers: Handlers<'assignments.applyRecusal' | 'assignments.decideRecusal' | 'assignments.markConflict' | 'assignments.conflicts'> = {
  /**
   * The clerk records a recusal application (a party's, or the
   * investigator's own withdrawal) for the presiding judge to decide. A party
   * states its reasons (《民事诉讼法》art. 48); the investigator stops taking
   * part until the decision.
   */
  'assignments.applyRecusal': { scope: writesCase((db, { assignmentId }) => caseOf.assignment(db, assignmentId)),
    access: permissions.assignExperts,
    writes: true,
    run: async (call, input) => {
      const assignment = await requireAssignment(call, input.assignmentId)
      if (!(openAssignmentStatuses as readonly string[]).includes(assignment.status)) {
        throw new AppError('conflict', 'assignment_ended')
      }
      const today = shanghaiDay(call.now)
      if (input.receivedOn > today) throw new AppError('invalid_input', 'recusal_received_in_future', {}, { receivedOn: 'field_after_today' })
      if (input.receivedOn < shanghaiDay(assignment.createdAt)) {
        throw new AppError('invalid_input', 'recusal_received_before_assignment', {}, { receivedOn: 'field_before_assignment' })
      }
      await insertRecord(call, 'recusalMatter', {
        id: call.newId(),
        assignmentId: assignment.id,
        kind: 'application',
        applicant: input.applicant,
        reason: input.reason,
        receivedOn: input.receivedOn,
        decision: 'pending',
        decisionReason: '',
        decidedOn: '',
        decidedBy: null
      })
      return (await findAssignment(call.db, assignment.id, today))!
    }
  },
  /**
   * The presiding judge decides an override proposal or an application, with
   * the written reason kept. Recused, the assignment ends as recused; not
   * recused, it goes on (an override then lets the parties be notified).
   */
  'assignments.decideRecusal': { scope: writesCase((db, { id }) => caseOf.recusalMatter(db, id)),
    access: permissions.decideRecusal,
    writes: true,
    run: async (call, input) => {
      const matter = await findRecusalMatter(call.db, input.id)
      if (!matter) throw new AppError('not_found', 'recusal_not_found')
      checkRevision(matter, input.revision)
      const assignment = await requireAssignment(call, matter.assignmentId)
      requirePresidingJudge(call, await loadCase(call, assignment.caseId))
      if (matter.decision !== 'pending') throw new AppError('conflict', 'recusal_decided')
      const today = shanghaiDay(call.now)
      await updateRecord(call, 'recusalMatter', matter.id, {
        revision: input.revision,
        set: { decision: input.recused ? 'recused' : 'not_recused', decisionReason: input.reason, decidedOn: today, decidedBy: call.user.id }
      })
      if (input.recused && (openAssignmentStatuses as readonly string[]).includes(assignment.status)) {
        await updateRecord(call, 'assignment', assignment.id, { revision: assignment.revision, set: { status: 'recused', statusReason: input.reason } })
      }
      return (await findAssignment(call.db, assignment.id, today))!
    }
  },
  /** The clerk records an expert's own declaration of an interest in, or another relationship to, one case. */
  'assignments.markConflict': { scope: writesCase(inputCase),
    access: permissions.assignExperts,
    writes: true,
    run: async (call, { caseId, expertId, ground, reason }): Promise<CaseConflict> => {
      await loadCase(call, caseId)
      const expert = await call.db.selectFrom('expert').select('id').where('id', '=', expertId).executeTakeFirst()
      if (!expert) throw new AppError('not_found', 'expert_not_found')
      const existing = await call.db.selectFrom('caseConflict').select('id').where('caseId', '=', caseId).where('expertId', '=', expertId).executeTakeFirst()
      if (existing) throw new AppError('conflict', 'interest_already_recorded')
      await insertRecord(call, 'caseConflict', { id: call.newId(), caseId, expertId, ground, reason })
      return (await listConflicts(call.db, caseId)).find((c) => c.expertId === expertId)!
    }
  },
  'assignments.conflicts': { scope: readsCase(inputCase), access: 'signedIn', writes: false, run: (call, { caseId }) => listConflicts(call.db, caseId) }
}
