import { z } from 'zod'
import { id, isoDate, optionalText, requiredText, revision, type RecordStamp } from './common'
import type { ErrorParams } from './errors'
import type { findingReasons } from './finding-reasons'

export const assignmentMethods = ['designated', 'draw'] as const
export type AssignmentMethod = (typeof assignmentMethods)[number]

/** proposed → notified → active → completed; declined and recused end an assignment early. */
export const assignmentStatuses = ['proposed', 'notified', 'active', 'completed', 'declined', 'recused'] as const
export type AssignmentStatus = (typeof assignmentStatuses)[number]
/** The statuses in which an expert is busy with a case (workload and max concurrent cases). */
export const openAssignmentStatuses = ['proposed', 'notified', 'active'] as const satisfies readonly AssignmentStatus[]

/**
 * The grounds for recusal (回避) of a technical investigator, who is recused
 * as the procedure laws recuse other court personnel (法释〔2019〕2号 art. 4):
 * being a party (`party`), a near relative of a party or of a party's agent
 * (`near_relative`), having an interest in the case (`interest`), another
 * relationship with a party or agent that may affect fairness
 * (`other_relationship`) (《民事诉讼法》art. 47; 《刑事诉讼法》art. 29, 32),
 * having served in the case as witness, appraiser, defender, agent or
 * translator (`prior_role`) (《刑事诉讼法》art. 29(3); 民诉法解释 art. 43(3)),
 * and having served in another trial stage of the same matter
 * (`prior_stage`) (法释〔2019〕2号 art. 5). Only the presiding judge may
 * override a ground, with a written reason.
 */
export const recusalCodes = ['party', 'near_relative', 'interest', 'other_relationship', 'prior_role', 'prior_stage'] as const
export type RecusalCode = (typeof recusalCodes)[number]
/** Why an expert is outside the pool; recusal grounds plus the pool's own conditions. */
export const exclusionCodes = [...recusalCodes, 'inactive', 'out_of_term', 'at_capacity', 'already_assigned'] as const
export type ExclusionCode = (typeof exclusionCodes)[number]

/** A finding's words in the catalog (electron/shared/finding-reasons.ts). */
export type FindingReason = keyof typeof findingReasons

/** What matched, as a reason of the catalog and the facts it is worded from (the party, relative, organisation or case). */
export interface FindingDetail {
  reason: FindingReason
  params?: ErrorParams
}

export interface Finding {
  code: ExclusionCode
  /**
   * What matched, for a clerk to check. A finding recorded before findings
   * were facts (in a stored draw or an assignment's overridden findings)
   * holds its Chinese words, shown as recorded: a signed draw is not rewritten.
   */
  detail: FindingDetail | string
}

/** A finding's detail as a part of the catalog to word: a detail recorded as words is given as it stands. */
export function findingPart(detail: Finding['detail']): FindingDetail {
  return typeof detail === 'string' ? { reason: 'finding_recorded', params: { words: detail } } : detail
}

/** One expert as the pool saw them at the time of a screening or draw. */
export interface PoolEntry {
  expertId: string
  name: string
  organisation: string
  title: string
  /** The chosen fields this expert is qualified in. */
  fieldIds: string[]
  activeCases: number
  maxConcurrentCases: number
}

export interface ExcludedEntry extends PoolEntry {
  reasons: Finding[]
}

export interface Screening {
  caseId: string
  /** The day (Asia/Shanghai) the term of appointment was checked against. */
  today: string
  fieldIds: string[]
  eligible: PoolEntry[]
  excluded: ExcludedEntry[]
}

export interface Draw {
  id: string
  caseId: string
  fieldIds: string[]
  count: number
  balanced: boolean
  algorithmVersion: string
  seed: string
  eligible: PoolEntry[]
  excluded: ExcludedEntry[]
  /** The drawn experts' ids, in draw order. */
  outcome: string[]
  replacesAssignmentId: string | null
  /** The eligible list held exactly as many experts as were drawn: everyone was picked, nothing was random. */
  notRandom: boolean
  drawnAt: string
  drawnBy: string
  drawnByName: string
}

export interface DrawReplay {
  drawId: string
  algorithmVersion: string
  seed: string
  stored: string[]
  replayed: string[]
  matches: boolean
}

export interface Assignment extends RecordStamp {
  id: string
  caseId: string
  expertId: string
  expertName: string
  expertOrganisation: string
  expertTitle: string
  fieldId: string
  method: AssignmentMethod
  drawId: string | null
  drawSeed: string
  status: AssignmentStatus
  statusReason: string
  /** The day the notice went to the parties ('' until then). */
  notifiedOn: string
  /** The last day to notify the parties: 3 days after the investigator was determined (法释〔2019〕2号 art. 3). */
  noticeDueOn: string
  noticeDuty: NoticeDuty
  activatedOn: string
  completedOn: string
  /** Recusal grounds the clerk proposed to override, and the clerk's written reason; the presiding judge decides (see `recusals`). */
  overriddenFindings: Finding[]
  overrideReason: string
  /** The override proposals and recusal applications of this assignment, oldest first, with the judge's decisions. */
  recusals: RecusalMatter[]
  /** A recusal matter awaits the presiding judge: the parties are not notified (override) and the investigator does not act meanwhile. */
  awaitingDecision: boolean
  replacesAssignmentId: string | null
}

/**
 * Whether an assignment goes on the parties' notice: still on the case, and
 * not held back by an override the presiding judge has yet to decide (the
 * parties are told of an investigator once determined, 法释〔2019〕2号 art. 3).
 */
export function onNotice(a: Pick<Assignment, 'status' | 'recusals'>): boolean {
  if (a.status === 'declined' || a.status === 'recused') return false
  return !a.recusals.some((m) => m.kind === 'override' && m.decision === 'pending')
}

/** The court's duty to notify the parties of an assignment: done, due, overdue, or not owed once it ended unnotified. */
export const noticeDuties = ['done', 'due', 'overdue', 'not_owed'] as const
export type NoticeDuty = (typeof noticeDuties)[number]

/** An assignment whose parties' notice is overdue, for the dashboard. */
export interface OverdueNotice {
  assignmentId: string
  caseId: string
  caseNumber: string
  expertName: string
  noticeDueOn: string
}

export interface Workload {
  experts: { expertId: string; name: string; active: number; maxConcurrentCases: number }[]
  fields: { fieldId: string; active: number }[]
}

export const caseIdInput = z.object({ caseId: id })

export const screeningInput = z.object({
  caseId: id,
  fieldIds: z.array(id).min(1, 'fields_needed').max(11)
})

export const designateInput = z.object({
  caseId: id,
  expertId: z.uuid({ message: 'expert_required' }),
  fieldId: z.uuid({ message: 'ecological_field_required' }),
  /** Required when the expert has recusal grounds: why the clerk assigns them anyway. */
  overrideReason: optionalText(500),
  replacesAssignmentId: id.nullable()
})
export type DesignateInput = z.input<typeof designateInput>

export const drawInput = z.object({
  caseId: id,
  fieldIds: z.array(id).min(1, 'fields_needed').max(11),
  count: z.number({ message: 'count_required' }).int('whole_number_required').min(1, 'draw_count_at_least').max(10, 'draw_count_at_most'),
  /** Prefer experts with fewer open cases; recorded with the draw. */
  balanced: z.boolean(),
  replacesAssignmentId: id.nullable(),
  /** A draw of N from exactly N eligible experts picks everyone: allowed only once the clerk accepts that it is not random. */
  acceptNotRandom: z.boolean().default(false)
})
export type DrawInput = z.input<typeof drawInput>

export const assignmentStepInput = z.object({ id, revision })
export const assignmentEndInput = z.object({ id, revision, reason: requiredText(500, 'reason_required') })

/** The grounds an expert's own declaration for one case may state: an interest in it, or another relationship with a party. */
export const conflictGrounds = ['interest', 'other_relationship'] as const satisfies readonly RecusalCode[]
export type ConflictGround = (typeof conflictGrounds)[number]

export const conflictInput = z.object({
  caseId: id,
  expertId: id,
  ground: z.enum(conflictGrounds, { message: 'ground_required' }),
  reason: requiredText(500, 'conflict_explanation_required')
})
export type ConflictInput = z.input<typeof conflictInput>

/** A personal conflict the clerk recorded from an expert's declaration for one case. */
export interface CaseConflict {
  caseId: string
  expertId: string
  expertName: string
  ground: ConflictGround
  reason: string
  recordedAt: string
}

/**
 * What the presiding judge decides on an assignment: a ground the clerk
 * proposes to override (`override`), or a recusal application by a party
 * or the investigator's own withdrawal (`application`).
 */
export const recusalMatterKinds = ['override', 'application'] as const
export type RecusalMatterKind = (typeof recusalMatterKinds)[number]
export const recusalDecisions = ['pending', 'recused', 'not_recused'] as const
export type RecusalDecision = (typeof recusalDecisions)[number]

export interface RecusalMatter {
  id: string
  assignmentId: string
  kind: RecusalMatterKind
  /** Who applied (a party, its agent, the investigator); '' for an override. */
  applicant: string
  /** The clerk's proposal or the applicant's stated reasons. */
  reason: string
  receivedOn: string
  /** 《民事诉讼法》art. 50: an application is decided within 3 days of its making. */
  decideBy: string
  decision: RecusalDecision
  decisionReason: string
  decidedOn: string
  decidedByName: string
  revision: number
}

export const recusalApplicationInput = z.object({
  assignmentId: id,
  applicant: requiredText(100, 'applicant_required'),
  reason: requiredText(1000, 'application_reason_required'),
  receivedOn: isoDate
})
export type RecusalApplicationInput = z.input<typeof recusalApplicationInput>

export const recusalDecisionInput = z.object({
  id,
  revision,
  recused: z.boolean({ message: 'recused_required' }),
  reason: requiredText(1000, 'decision_reason_required')
})
export type RecusalDecisionInput = z.input<typeof recusalDecisionInput>

export const drawIdInput = z.object({ id })
