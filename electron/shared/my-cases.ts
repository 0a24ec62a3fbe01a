import type { AssignmentStatus } from './assignments'
import type { CaseStatus } from './cases'
import type { MilestoneProgress, OrderStatus } from './orders'

/** What is due in one of an investigator's cases, soonest first. */
export type MyCaseDue =
  /** A site visit dated today or later. */
  | { kind: 'visit'; date: string; visitId: string }
  /**
   * A milestone not yet done of a live order the investigator follows
   * (named among its supervisors); `inspectionDue` when its due date is
   * within {@link inspectionLeadDays} days, or past, and no inspection of it
   * is recorded yet.
   */
  | {
      kind: 'milestone'
      date: string
      orderId: string
      orderNumber: string
      orderStatus: OrderStatus
      milestoneId: string
      title: string
      progress: MilestoneProgress
      overdue: boolean
      inspectionDue: boolean
    }

/** How many days before a milestone falls due its inspection shows as due on the investigator's home page. */
export const inspectionLeadDays = 14

/** One case of the investigator's home page (我的案件). */
export interface MyCase {
  caseId: string
  caseNumber: string
  cause: string
  status: CaseStatus
  judgeName: string
  /** The investigator's latest assignment to the case. */
  assignmentStatus: AssignmentStatus
  /** An open (notified or active) assignment: the investigator may still change the case's records. */
  canWrite: boolean
  due: MyCaseDue[]
}
