import type { AppErrorShape, Result } from '../../electron/shared/errors'
import type { Deviation, Inspection, Milestone } from '../../electron/shared/orders'

/** The one dialog the order page shows at a time, with the record it is about. */
export type OrderDialog =
  | { kind: 'edit' }
  | { kind: 'issue' }
  | { kind: 'close' }
  | { kind: 'accept' }
  | { kind: 'milestone' }
  | { kind: 'editMilestone'; milestone: Milestone }
  | { kind: 'removeMilestone'; milestone: Milestone }
  | { kind: 'discard' }
  | { kind: 'done'; milestone: Milestone }
  | { kind: 'inspection' }
  | { kind: 'deviation'; inspection: Inspection }
  | { kind: 'closeDeviation'; deviation: Deviation }
  | { kind: 'voidInspection'; inspection: Inspection }
  | { kind: 'voidDeviation'; deviation: Deviation }
  | null

/**
 * Runs a call of the order page: on success it refreshes the order and says
 * so (`done`, or 已记录), on failure it hands the core's error to the form.
 */
export type RunOrderCall = <T>(reply: Promise<Result<T>>, done?: string) => Promise<AppErrorShape | null>
