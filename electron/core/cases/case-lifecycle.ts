import { AppError } from '../../shared/errors'
import type { CaseStatus, CourtCase } from '../../shared/cases'

/** The status a reopened case returns to: the step before closing. */
export const REOPENED_STATUS: CaseStatus = 'restoration'

/**
 * What keeps a case from closing. A case is closed (结案) on a judgment
 * (判决) and its closing date, both recorded; an order still in draft would
 * be left behind undecided, so it must be issued or withdrawn first.
 */
export function closingProblems(courtCase: Pick<CourtCase, 'judgedOn' | 'closedOn'>, draftOrderNumbers: readonly string[]): string[] {
  const problems: string[] = []
  if (courtCase.judgedOn === '') problems.push('尚未填写判决日期')
  if (courtCase.closedOn === '') problems.push('尚未填写结案日期')
  if (draftOrderNumbers.length > 0) problems.push(`修复令 ${draftOrderNumbers.join('、')} 仍是草稿`)
  return problems
}

/**
 * A closed case takes no new investigators, draws or sites: those belong to
 * a case under way. Its judge reopens it, with a reason, if work must go on.
 */
export function refuseWhileClosed(courtCase: { status: string; caseNumber: string }, action: string): void {
  if (courtCase.status === 'closed') {
    throw new AppError('conflict', `${courtCase.caseNumber} 已结案，不能${action}；如需继续，请由承办法官重新开启本案`)
  }
}
