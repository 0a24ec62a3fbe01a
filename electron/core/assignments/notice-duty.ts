import type { AssignmentStatus, NoticeDuty } from '../../shared/assignments'
import { addDays, shanghaiDay } from '../../shared/shanghai-time'

/**
 * 《最高人民法院关于技术调查官参与知识产权案件诉讼活动的若干规定》(法释〔2019〕2号)
 * art. 3: once a technical investigator is determined or changed, the court
 * notifies the parties within 3 days, and tells them of their right to apply
 * for the investigator's recusal. The duty runs from the day the assignment
 * was made (a designation, a draw or a replacement), not from the notice.
 */
export const NOTICE_DAYS = 3

/** The last day (Asia/Shanghai) for notifying the parties of an assignment made at `determinedAt`. */
export function noticeDueOn(determinedAt: string): string {
  return addDays(shanghaiDay(determinedAt), NOTICE_DAYS)
}

/** Whether the parties' notice is done, still due, overdue, or no longer owed (the assignment ended unnotified). */
export function noticeDuty(assignment: { status: AssignmentStatus; notifiedOn: string; noticeDueOn: string }, today: string): NoticeDuty {
  if (assignment.notifiedOn !== '') return 'done'
  if (assignment.status === 'declined' || assignment.status === 'recused') return 'not_owed'
  return today > assignment.noticeDueOn ? 'overdue' : 'due'
}
