import type { MilestoneStatus, OrderStatus } from '../../electron/shared/orders'

/** Tag colours of the order statuses, the same on the list, the order page and the dashboard. */
export const orderStatusColors: Record<OrderStatus, string> = {
  draft: 'default',
  issued: 'blue',
  in_progress: 'processing',
  accepted: 'green',
  failed: 'red',
  closed: 'default'
}

export const milestoneStatusColors: Record<MilestoneStatus, string> = {
  pending: 'default',
  in_progress: 'processing',
  done: 'green',
  overdue: 'red',
  deviated: 'orange'
}
