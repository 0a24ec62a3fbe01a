import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import { AppError, type ErrorReason } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import { findingPart, recusalCodes, type Assignment, type AssignmentStatus, type DrawReplay, type Finding } from '../../shared/assignments'
import { shanghaiDay } from '../../shared/shanghai-time'
import type { Call } from '../call'
import { checkRevision, insertRecord, updateRecord } from '../records/records'
import type { Handlers } from '../handler-table'
import { findCase } from '../cases/case.repository'
import { refuseWhileClosed } from '../cases/case-lifecycle'
import { findDraw, findAssignment, listAssignments, workload } from './assignment.repository'
import { screenPool } from './pool'
import { drawAlgorithmVersion, drawExperts } from './draw-algorithm'
import { noticeDueOn } from './notice-duty'
import { requirePresidingJudge } from './presiding-judge'
import { signRecord } from '../signatures/signing'
import { inputCase, noCase, readsCase, writesCase } from '../access/case-scope'
import { caseOf } from '../access/case-of'

const assigners = permissions.assignExperts

/**
 * Exclusions a clerk may propose to override with a written reason; the
 * others (suspended, out of term, already on the case) hold. A recusal
 * ground is overridden only by the presiding judge's decision
 * (《民事诉讼法》art. 49: the recusal of personnel other than judges is
 * decided by the presiding judge), so the clerk's reason is a proposal.
 */
const overridable: readonly Finding['code'][] = [...recusalCodes, 'at_capacity']
const isRecusalGround = (f: Finding) => (recusalCodes as readonly string[]).includes(f.code)

export async function loadCase(call: Call, caseId: string) {
  const courtCase = await findCase(call.db, caseId)
  if (!courtCase) throw new AppError('not_found', 'case_not_found')
  return courtCase
}

/** A replacement must follow a declined or recused assignment of the same case that nothing replaced yet. */
async function refuseBadReplacement(call: Call, caseId: string, replacesAssignmentId: string | null) {
  if (replacesAssignmentId === null) return
  const replaced = await findAssignment(call.db, replacesAssignmentId, shanghaiDay(call.now))
  if (!replaced || replaced.caseId !== caseId) throw new AppError('invalid_input', 'replaced_not_of_case', {}, { replacesAssignmentId: 'replaced_not_of_case' })
  if (replaced.status !== 'declined' && replaced.status !== 'recused') {
    throw new AppError('conflict', 'replace_declined_only')
  }
  const already = await call.db.selectFrom('assignment').select('id').where('replacesAssignmentId', '=', replacesAssignmentId).executeTakeFirst()
  if (already) throw new AppError('conflict', 'assignment_already_replaced')
}

async function insertAssignment(
  call: Call,
  values: { caseId: string; expertId: string; fieldId: string; method: 'designated' | 'draw'; drawId: string | null; overriddenFindings: Finding[]; overrideReason: string; replacesAssignmentId: string | null }
): Promise<Assignment> {
  const id = call.newId()
  const { overriddenFindings, ...rest } = values
  await insertRecord(call, 'assignment', {
    id,
    ...rest,
    status: 'proposed',
    statusReason: '',
    notifiedOn: '',
    noticeDueOn: noticeDueOn(call.now),
    activatedOn: '',
    completedOn: '',
    overriddenFindingsJson: JSON.stringify(overriddenFindings)
  })
  if (overriddenFindings.some(isRecusalGround)) {
    await insertRecord(call, 'recusalMatter', {
      id: call.newId(),
      assignmentId: id,
      kind: 'override',
      applicant: '',
      reason: values.overrideReason,
      receivedOn: shanghaiDay(call.now),
      decision: 'pending',
      decisionReason: '',
      decidedOn: '',
      decidedBy: null
    })
  }
  return (await findAssignment(call.db, id, shanghaiDay(call.now)))!
}

/** Replays a recorded draw from its stored eligible list, seed, version and options. */
export async function replayDraw(db: Kysely<Database>, drawId: string): Promise<DrawReplay> {
  const draw = await findDraw(db, drawId)
  if (!draw) throw new AppError('not_found', 'draw_not_found_id', { id: drawId })
  const replayed = drawExperts(draw.eligible, draw)
  return {
    drawId: draw.id,
    algorithmVersion: draw.algorithmVersion,
    seed: draw.seed,
    stored: draw.outcome,
    replayed,
    matches: replayed.length === draw.outcome.length && replayed.every((id, i) => id === draw.outcome[i])
  }
}

type Step = { from: readonly AssignmentStatus[]; to: AssignmentStatus; refusal: ErrorReason; presidingJudge?: boolean }

const steps = {
  notify: { from: ['proposed'], to: 'notified', refusal: 'notify_proposed_only' },
  // 法释〔2019〕2号 art. 3: the parties are told of the investigator (and of their right to apply for recusal) before the investigator acts.
  activate: { from: ['notified'], to: 'active', refusal: 'activate_needs_notice' },
  complete: { from: ['active'], to: 'completed', refusal: 'complete_active_only' },
  decline: { from: ['proposed', 'notified', 'active'], to: 'declined', refusal: 'assignment_over' },
  // 《民事诉讼法》art. 49, 《刑事诉讼法》art. 31: the presiding judge decides the recusal of court personnel other than judges.
  recuse: { from: ['proposed', 'notified', 'active'], to: 'recused', refusal: 'assignment_over', presidingJudge: true }
} satisfies Record<string, Step>

/**
 * What a pending recusal matter holds back. An override waits for the
 * presiding judge before the parties are told of the investigator; while an
 * application is pending the investigator stops taking part in the case
 * (《民事诉讼法》art. 48), so the assignment neither starts nor completes.
 */
function refusePending(before: Assignment, to: AssignmentStatus) {
  const pending = before.recusals.filter((m) => m.decision === 'pending')
  if (to === 'notified' && pending.some((m) => m.kind === 'override')) {
    throw new AppError('conflict', 'notify_needs_recusal_decision')
  }
  if ((to === 'active' || to === 'completed') && pending.length > 0) {
    throw new AppError('conflict', 'recusal_pending')
  }
}

async function move(call: Call, input: { id: string; revision: number; reason?: string }, step: Step) {
  const before = await findAssignment(call.db, input.id, shanghaiDay(call.now))
  if (!before) throw new AppError('not_found', 'assignment_not_found')
  checkRevision(before, input.revision)
  if (!step.from.includes(before.status)) throw new AppError('conflict', step.refusal)
  if (step.presidingJudge) requirePresidingJudge(call, await loadCase(call, before.caseId))
  refusePending(before, step.to)
  const today = shanghaiDay(call.now)
  const dates =
    step.to === 'notified'
      ? { notifiedOn: today }
      : step.to === 'active'
        ? { activatedOn: today }
        : step.to === 'completed'
          ? { completedOn: today }
          : {}
  await updateRecord(call, 'assignment', input.id, { revision: input.revision, set: { status: step.to, statusReason: input.reason ?? '', ...dates } })
  return (await findAssignment(call.db, input.id, shanghaiDay(call.now)))!
}

export const assignmentHandlers: Handlers<
  | 'assignments.list'
  | 'assignments.screen'
  | 'assignments.designate'
  | 'assignments.notify'
  | 'assignments.activate'
  | 'assignments.complete'
  | 'assignments.decline'
  | 'assignments.recuse'
  | 'assignments.workload'
  | 'draws.create'
  | 'draws.get'
  | 'draws.replay'
> = {
  'assignments.list': { scope: readsCase(inputCase), access: 'signedIn', writes: false, run: (call, { caseId }) => listAssignments(call.db, caseId, shanghaiDay(call.now)) },
  'assignments.screen': { scope: readsCase(inputCase),
    access: 'signedIn',
    writes: false,
    run: async (call, { caseId, fieldIds }) => screenPool(call.db, await loadCase(call, caseId), fieldIds, shanghaiDay(call.now))
  },
  'assignments.designate': { scope: writesCase(inputCase),
    access: assigners,
    writes: true,
    run: async (call, input) => {
      const courtCase = await loadCase(call, input.caseId)
      refuseWhileClosed(courtCase, 'action_assign')
      await refuseBadReplacement(call, input.caseId, input.replacesAssignmentId)
      const screening = await screenPool(call.db, courtCase, [input.fieldId], shanghaiDay(call.now))
      const excluded = screening.excluded.find((e) => e.expertId === input.expertId)
      const eligible = screening.eligible.find((e) => e.expertId === input.expertId)
      if (!excluded && !eligible) {
        throw new AppError('invalid_input', 'expert_lacks_field', {}, { expertId: 'field_expert_lacks_field' })
      }
      const findings = excluded?.reasons ?? []
      const hard = findings.filter((f) => !overridable.includes(f.code))
      if (hard.length > 0) throw new AppError('conflict', 'assign_hard_grounds', { grounds: hard.map((f) => findingPart(f.detail)) })
      const overrideReason = findings.length > 0 ? input.overrideReason : ''
      if (findings.length > 0 && overrideReason === '') {
        const grounds = findings.map((f) => findingPart(f.detail))
        throw new AppError('invalid_input', 'assign_needs_override', { grounds }, { overrideReason: 'field_override_reason' })
      }
      return insertAssignment(call, {
        caseId: input.caseId,
        expertId: input.expertId,
        fieldId: input.fieldId,
        method: 'designated',
        drawId: null,
        overriddenFindings: findings,
        overrideReason,
        replacesAssignmentId: input.replacesAssignmentId
      })
    }
  },
  'assignments.notify': { scope: writesCase((db, { id }) => caseOf.assignment(db, id)), access: assigners, writes: true, run: (call, input) => move(call, input, steps.notify) },
  'assignments.activate': { scope: writesCase((db, { id }) => caseOf.assignment(db, id)), access: assigners, writes: true, run: (call, input) => move(call, input, steps.activate) },
  'assignments.complete': { scope: writesCase((db, { id }) => caseOf.assignment(db, id)), access: assigners, writes: true, run: (call, input) => move(call, input, steps.complete) },
  'assignments.decline': { scope: writesCase((db, { id }) => caseOf.assignment(db, id)), access: assigners, writes: true, run: (call, input) => move(call, input, steps.decline) },
  'assignments.recuse': { scope: writesCase((db, { id }) => caseOf.assignment(db, id)), access: permissions.decideRecusal, writes: true, run: (call, input) => move(call, input, steps.recuse) },
  'assignments.workload': { scope: noCase, access: 'signedIn', writes: false, run: (call) => workload(call.db) },
  'draws.create': { scope: writesCase(inputCase),
    access: assigners,
    writes: true,
    signs: true,
    run: async (call, input) => {
      const courtCase = await loadCase(call, input.caseId)
      refuseWhileClosed(courtCase, 'action_draw')
      await refuseBadReplacement(call, input.caseId, input.replacesAssignmentId)
      if (input.replacesAssignmentId !== null && input.count !== 1) {
        throw new AppError('invalid_input', 'replacement_draw_one', {}, { count: 'replacement_draw_one' })
      }
      const fieldIds = [...new Set(input.fieldIds)]
      const screening = await screenPool(call.db, courtCase, fieldIds, shanghaiDay(call.now))
      if (screening.eligible.length < input.count) {
        throw new AppError('conflict', 'draw_too_few', { eligible: screening.eligible.length, count: input.count })
      }
      if (screening.eligible.length === input.count && !input.acceptNotRandom) {
        throw new AppError('invalid_input', 'draw_not_random', { count: input.count }, { acceptNotRandom: 'field_accept_not_random' })
      }
      const options = { seed: randomBytes(16).toString('hex'), count: input.count, balanced: input.balanced, algorithmVersion: drawAlgorithmVersion }
      const outcome = drawExperts(screening.eligible, options)
      const drawId = call.newId()
      await insertRecord(call, 'expertDraw', {
        id: drawId,
        caseId: input.caseId,
        fieldIdsJson: JSON.stringify(fieldIds),
        count: input.count,
        balanced: input.balanced ? 1 : 0,
        algorithmVersion: options.algorithmVersion,
        seed: options.seed,
        eligibleJson: JSON.stringify(screening.eligible),
        excludedJson: JSON.stringify(screening.excluded),
        outcomeJson: JSON.stringify(outcome),
        replacesAssignmentId: input.replacesAssignmentId
      })
      // The clerk's signature confirms the draw as made: its pool, seed and outcome.
      await signRecord(call, 'draw.confirm', drawId)
      const draw = (await findDraw(call.db, drawId))!
      const assignments: Assignment[] = []
      for (const expertId of outcome) {
        const entry = screening.eligible.find((e) => e.expertId === expertId)!
        assignments.push(
          await insertAssignment(call, {
            caseId: input.caseId,
            expertId,
            fieldId: entry.fieldIds[0]!,
            method: 'draw',
            drawId,
            overriddenFindings: [],
            overrideReason: '',
            replacesAssignmentId: input.replacesAssignmentId
          })
        )
      }
      return { draw, assignments }
    }
  },
  'draws.get': { scope: readsCase((db, { id }) => caseOf.draw(db, id)),
    access: 'signedIn',
    writes: false,
    run: async (call, { id }) => {
      const draw = await findDraw(call.db, id)
      if (!draw) throw new AppError('not_found', 'draw_not_found')
      return draw
    }
  },
  'draws.replay': { scope: readsCase((db, { id }) => caseOf.draw(db, id)), access: 'signedIn', writes: false, run: (call, { id }) => replayDraw(call.db, id) }
}
