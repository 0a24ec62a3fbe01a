import { AppError } from '../../shared/errors'
import type { CourtCase } from '../../shared/cases'

/**
 * Recusal of a technical investigator is decided by the presiding judge
 * (审判长 or 独任审判员): 《民事诉讼法》art. 49, 《刑事诉讼法》art. 31 and
 * 《行政诉讼法》art. 55 give other personnel's recusal to the presiding
 * judge, and 法释〔2019〕2号 art. 4 applies them to investigators. The
 * case's judge stands for the presiding judge; a clerk or an administrator
 * prepares and proposes, never decides.
 */
export function requirePresidingJudge(call: { user: { id: string } }, courtCase: Pick<CourtCase, 'judgeId' | 'caseNumber'>): void {
  if (courtCase.judgeId === null) {
    throw new AppError('conflict', 'case_no_judge_for_recusal', { caseNumber: courtCase.caseNumber })
  }
  if (courtCase.judgeId !== call.user.id) throw new AppError('forbidden', 'recusal_presiding_judge_only')
}
