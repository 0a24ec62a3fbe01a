import { AppError, type ErrorPart, type ErrorReason } from '../../shared/errors'
import type { CaseStatus, CourtCase } from '../../shared/cases'

/** The status a reopened case returns to: the step before closing. */
export const REOPENED_STATUS: CaseStatus = 'restoration'

/**
 * What keeps a case from closing. A case is closed (结案) on a judgment
 * (判决) and its closing date, both recorded; an order still in draft would
 * be left behind undecided, so it must be issued or withdrawn first.
 */
export function closingProblems(courtCase: Pick<CourtCase, 'judgedOn' | 'closedOn'>, draftOrderNumbers: readonly string[]): ErrorPart[] {
  const problems: ErrorPart[] = []
  if (courtCase.judgedOn === '') problems.push({ reason: 'close_needs_judged_on' })
  if (courtCase.closedOn === '') problems.push({ reason: 'close_needs_closed_on' })
  if (draftOrderNumbers.length > 0) problems.push({ reason: 'close_draft_orders', params: { orders: draftOrderNumbers.join('、') } })
  return problems
}

/**
 * A closed case takes no new investigators, draws or sites: those belong to
 * a case under way. Its judge reopens it, with a reason, if work must go on.
 */
export function refuseWhileClosed(courtCase: { status: string; caseNumber: string }, action: ErrorReason): void {
  if (courtCase.status === 'closed') {
    throw new AppError('conflict', 'case_closed_no_action', { caseNumber: courtCase.caseNumber, action: [{ reason: action }] })
  }
}
