import type { StampColumns } from '../db/record-stamp'

export interface AssignmentTable extends StampColumns {
  id: string
  caseId: string
  expertId: string
  fieldId: string
  method: string
  drawId: string | null
  status: string
  statusReason: string
  notifiedOn: string
  noticeDueOn: string
  activatedOn: string
  completedOn: string
  overriddenFindingsJson: string
  overrideReason: string
  replacesAssignmentId: string | null
}

/** A recorded random draw: written once, replayable from its own columns. */
export interface ExpertDrawTable extends StampColumns {
  id: string
  caseId: string
  fieldIdsJson: string
  count: number
  balanced: number
  algorithmVersion: string
  seed: string
  eligibleJson: string
  excludedJson: string
  outcomeJson: string
  replacesAssignmentId: string | null
}

/** A personal conflict of interest an expert has in one case, marked by the clerk. */
export interface CaseConflictTable extends StampColumns {
  id: string
  caseId: string
  expertId: string
  ground: string
  reason: string
}

/** An override proposal or a recusal application on an assignment, and the presiding judge's decision. */
export interface RecusalMatterTable extends StampColumns {
  id: string
  assignmentId: string
  kind: string
  applicant: string
  reason: string
  receivedOn: string
  decision: string
  decisionReason: string
  decidedOn: string
  decidedBy: string | null
}

export interface AssignmentTables {
  assignment: AssignmentTable
  expertDraw: ExpertDrawTable
  caseConflict: CaseConflictTable
  recusalMatter: RecusalMatterTable
}
