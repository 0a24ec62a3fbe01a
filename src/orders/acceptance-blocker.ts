import type { TFunction } from 'i18next'
import type { AcceptanceBlocker } from '../../electron/shared/orders'

/** One reason an order cannot be accepted yet, worded from the facts core sends. */
export function blockerText(blocker: AcceptanceBlocker, t: TFunction): string {
  if (blocker.kind === 'milestone_not_done') {
    return t('orders.blockerLines.milestoneNotDone', { title: blocker.title, status: t(`orders.milestoneStatuses.${blocker.progress}`) })
  }
  return t('orders.blockerLines.openDeviation', {
    description: blocker.description,
    severity: t(`orders.severities.${blocker.severity}`),
    action: blocker.correctiveAction,
    dueDate: blocker.dueDate
  })
}
