import type { Call } from '../call'
import type { Handlers } from '../handler-table'
import { casesAwaitingAssignment } from '../cases/awaiting-assignment'
import { dashboardCharts } from './order-charts'
import { today } from './order.service'

/** The home pages' own channels: the judge's charts and the clerk's cases to assign. */
export const homeHandlers: Handlers<'orders.charts' | 'cases.awaitingAssignment'> = {
  'orders.charts': { access: 'signedIn', writes: false, run: (call: Call) => dashboardCharts(call.db, today(call)) },
  'cases.awaitingAssignment': { access: ['clerk', 'judge', 'admin'], writes: false, run: (call: Call) => casesAwaitingAssignment(call.db) }
}
