import type { Call } from '../call'
import type { Handlers } from '../handler-table'
import { casesAwaitingAssignment } from '../cases/awaiting-assignment'
import { dashboardCharts } from './order-charts'
import { today } from './order.service'
import { acrossCases } from '../access/case-scope'

/** The home pages' own channels: the judge's charts and the clerk's cases to assign. */
export const homeHandlers: Handlers<'orders.charts' | 'cases.awaitingAssignment'> = {
  'orders.charts': { scope: acrossCases(), access: 'signedIn', writes: false, run: (call: Call) => dashboardCharts(call.db, today(call), call.visibleCases) },
  'cases.awaitingAssignment': { scope: acrossCases(), access: ['clerk', 'judge', 'admin'], writes: false, run: (call: Call) => casesAwaitingAssignment(call.db, call.visibleCases) }
}
