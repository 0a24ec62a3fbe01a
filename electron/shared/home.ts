import { z } from 'zod'
import type { CaseStatus } from './cases'
import type { OrderStatus } from './orders'

/** How many months back the dashboard's charts reach, this month included. */
export const chartMonths = 12

/** `orders.charts`: no input; the months end with the current one (Asia/Shanghai). */
export const chartsQuery = z.object({}).strict()

/**
 * The judge's dashboard charts, month by month (`YYYY-MM`, oldest first,
 * every month present). Orders are counted in the month they were issued (a
 * draft in the month it was made), each under its status now; milestones
 * are done in the month of their done date, and overdue in the month they
 * fell due when they were not done by that day.
 */
export interface DashboardCharts {
  months: string[]
  ordersByStatus: { status: OrderStatus; counts: number[] }[]
  milestonesCompleted: number[]
  milestonesOverdue: number[]
}

/** At most this many cases per home-page list; the list's total and a link lead to the rest. */
export const homeListLimit = 20

/** `cases.awaitingAssignment`: no input. */
export const awaitingAssignmentQuery = z.object({}).strict()

/** A case no investigator is assigned to yet (none proposed, notified, active or completed), for the clerk's home page. */
export interface CaseAwaitingAssignment {
  caseId: string
  caseNumber: string
  cause: string
  status: CaseStatus
  filedOn: string
}

/** The first {@link homeListLimit} cases awaiting assignment, newest filed first, and how many there are. */
export interface AwaitingAssignment {
  total: number
  items: CaseAwaitingAssignment[]
}
