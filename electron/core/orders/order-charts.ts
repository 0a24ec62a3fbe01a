import { inList } from '../access/case-access'
import { sql, type Kysely } from 'kysely'
import { chartMonths, type DashboardCharts } from '../../shared/home'
import { orderStatuses, type OrderStatus } from '../../shared/orders'
import { addMonths } from '../../shared/shanghai-time'
import type { Database } from '../db/database'

/** The months of the charts, oldest first, ending with today's (`YYYY-MM`). */
function monthsUpTo(today: string): string[] {
  const first = addMonths(`${today.slice(0, 7)}-01`, 1 - chartMonths)
  return Array.from({ length: chartMonths }, (_, i) => addMonths(first, i).slice(0, 7))
}

/**
 * The judge's dashboard charts (see {@link DashboardCharts}): three grouped
 * counts over the last {@link chartMonths} months, whatever the number of
 * orders. A discarded draft was never an order and a removed milestone was
 * never due: neither is counted. A draft's month is that of its creation
 * (UTC; it is off by a day at most at a month's end).
 */
export async function dashboardCharts(db: Kysely<Database>, today: string, caseIds: readonly string[] | null): Promise<DashboardCharts> {
  const months = monthsUpTo(today)
  const from = `${months[0]!}-01`
  const orderMonth = sql<string>`substr(coalesce(${sql.ref('restorationOrder.issuedOn')}, ${sql.ref('restorationOrder.createdAt')}), 1, 7)`
  let ofCases = db.selectFrom('restorationOrder')
  if (caseIds !== null) ofCases = ofCases.where('restorationOrder.caseId', 'in', inList(caseIds))
  const orders = await ofCases
    .select([orderMonth.as('month'), 'status', (eb) => eb.fn.countAll<number>().as('count')])
    .where('voidedAt', 'is', null)
    .where(sql<boolean>`coalesce(${sql.ref('restorationOrder.issuedOn')}, ${sql.ref('restorationOrder.createdAt')}) >= ${from}`)
    .groupBy([orderMonth, 'status'])
    .execute()

  const milestonesOfOrders = () => {
    const query = db
      .selectFrom('milestone')
      .innerJoin('restorationOrder', 'restorationOrder.id', 'milestone.orderId')
      .where('milestone.voidedAt', 'is', null)
      .where('restorationOrder.voidedAt', 'is', null)
    return caseIds === null ? query : query.where('restorationOrder.caseId', 'in', inList(caseIds))
  }
  const doneMonth = sql<string>`substr(${sql.ref('milestone.doneOn')}, 1, 7)`
  const completed = await milestonesOfOrders()
    .select([doneMonth.as('month'), (eb) => eb.fn.countAll<number>().as('count')])
    .where('milestone.doneOn', '>=', from)
    .groupBy(doneMonth)
    .execute()
  const dueMonth = sql<string>`substr(${sql.ref('milestone.dueDate')}, 1, 7)`
  const overdue = await milestonesOfOrders()
    .select([dueMonth.as('month'), (eb) => eb.fn.countAll<number>().as('count')])
    .where('milestone.dueDate', '>=', from)
    .where('milestone.dueDate', '<', today)
    .where((eb) => eb.or([eb('milestone.doneOn', 'is', null), eb('milestone.doneOn', '>', eb.ref('milestone.dueDate'))]))
    .groupBy(dueMonth)
    .execute()

  const perMonth = (rows: { month: string; count: number }[]) => months.map((m) => Number(rows.find((r) => r.month === m)?.count ?? 0))
  const statuses = orderStatuses.filter((s) => orders.some((o) => o.status === s))
  return {
    months,
    ordersByStatus: statuses.map((status: OrderStatus) => ({ status, counts: perMonth(orders.filter((o) => o.status === status)) })),
    milestonesCompleted: perMonth(completed),
    milestonesOverdue: perMonth(overdue)
  }
}
