import type { CaseStatus } from '../../electron/shared/cases'

/** Tag colours of the case statuses, from registration to closing. */
export const statusColors: Record<CaseStatus, string> = {
  registered: 'default',
  in_trial: 'blue',
  judged: 'purple',
  restoration: 'green',
  closed: 'default'
}
