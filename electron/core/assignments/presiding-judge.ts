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
    throw new AppError('conflict', `${courtCase.caseNumber} 尚未确定承办法官；回避由审判长决定，请先登记承办法官`)
  }
  if (courtCase.judgeId !== call.user.id) throw new AppError('forbidden', '回避由本案审判长（承办法官）决定')
}
