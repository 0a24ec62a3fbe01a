import { daysBetween } from '../../shared/shanghai-time'
import {
  type AcceptanceBlocker,
  type DeviationSeverity,
  type MilestoneProgress,
  type MilestoneStatus
} from '../../shared/orders'

/** What `milestoneStatus` needs of a milestone. */
export interface MilestoneState {
  title: string
  /** 'YYYY-MM-DD', a court's calendar day. */
  dueDate: string
  progress: MilestoneProgress
  /** Deviations found at its inspections and not yet closed. */
  openDeviations: number
}

export interface MilestoneStatusView {
  /** The one status to show: deviated, else overdue, else the stored progress. */
  status: MilestoneStatus
  overdue: boolean
  deviated: boolean
}

/**
 * A milestone's status on `today` (the Asia/Shanghai calendar day, e.g.
 * `shanghaiDay(call.now)`). Overdue when the due date has passed and it is not
 * done: due today is not yet overdue, due yesterday is. Deviated while any
 * deviation is open, even when done, since the deviation questions the work.
 *
 * @throws AppError `invalid_input` when a date is not a real 'YYYY-MM-DD' day.
 */
export function milestoneStatus(milestone: MilestoneState, today: string): MilestoneStatusView {
  const overdue = milestone.progress !== 'done' && daysBetween(milestone.dueDate, today) > 0
  const deviated = milestone.openDeviations > 0
  const status: MilestoneStatus = deviated ? 'deviated' : overdue ? 'overdue' : milestone.progress
  return { status, overdue, deviated }
}

/** A deviation (偏差) found at an inspection, with the corrective action ordered. */
export interface DeviationState {
  description: string
  severity: DeviationSeverity
  correctiveAction: string
  /** 'YYYY-MM-DD' by which the correction is due. */
  dueDate: string
  /** 'YYYY-MM-DD' the deviation was closed; `null` while open. */
  closedOn: string | null
}

/** What acceptance (验收) looks at: every milestone and every deviation of the order. */
export interface AcceptanceState {
  milestones: readonly Pick<MilestoneState, 'title' | 'progress'>[]
  deviations: readonly DeviationState[]
}

/**
 * Why the order cannot be accepted yet, as facts the renderer words: each
 * open deviation, then each milestone not done. Empty when nothing blocks.
 */
export function acceptanceBlockers(order: AcceptanceState): AcceptanceBlocker[] {
  const deviations = order.deviations
    .filter((d) => d.closedOn === null)
    .map((d): AcceptanceBlocker => ({ kind: 'open_deviation', description: d.description, severity: d.severity, correctiveAction: d.correctiveAction, dueDate: d.dueDate }))
  const milestones = order.milestones
    .filter((m) => m.progress !== 'done')
    .map((m): AcceptanceBlocker => ({ kind: 'milestone_not_done', title: m.title, progress: m.progress }))
  return [...deviations, ...milestones]
}
