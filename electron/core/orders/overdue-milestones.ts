import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import type { KeysetPage } from '../../shared/common'
import type { DashboardMilestone } from '../../shared/orders'
import { daysBetween } from '../../shared/shanghai-time'
import { countUpTo, readKeysetPage, type KeysetOrder } from '../db/keyset'
import { milestoneStatus } from './milestone-rules'
import { openDeviationsQuery, openMilestonesDueBefore } from './order.repository'

/** Open milestones in due order, the longest overdue first; `milestone_open_due` (0030) holds them so. */
const dueOrder: KeysetOrder = { columns: ['milestone.dueDate', 'milestone.id'], direction: 'asc' }

/** The open milestones due before `until` with what a milestone row of the dashboard shows, in due order. */
export function openMilestoneRows(db: Kysely<Database>, until: string, caseIds: readonly string[] | null) {
  return openMilestonesDueBefore(db, until, caseIds)
    .innerJoin('orderType', 'orderType.id', 'restorationOrder.orderTypeId')
    .select([
      'milestone.id',
      'milestone.title',
      'milestone.dueDate',
      'milestone.progress',
      'restorationOrder.id as orderId',
      'restorationOrder.orderNumber',
      'orderType.nameZh as orderTypeName',
      'orderType.nameEn as orderTypeNameEn'
    ])
}

type OpenMilestoneRow = Awaited<ReturnType<ReturnType<typeof openMilestoneRows>['execute']>>[number]

/**
 * The rows as the dashboard and the overdue list show them on `today`: days
 * left and the status, which counts the milestone's own open deviations
 * (read for the rows shown, in one statement).
 */
export async function toDashboardMilestones(db: Kysely<Database>, rows: OpenMilestoneRow[], today: string, caseIds: readonly string[] | null): Promise<DashboardMilestone[]> {
  const ids = rows.map((m) => m.id)
  const deviationsOf = new Map(
    ids.length === 0
      ? []
      : (
          await openDeviationsQuery(db, caseIds)
            .select(['deviation.milestoneId', (eb) => eb.fn.countAll<number>().as('n')])
            .where('deviation.milestoneId', 'in', ids)
            .groupBy('deviation.milestoneId')
            .execute()
        ).map((r) => [r.milestoneId, Number(r.n)])
  )
  return rows.map((m) => {
    const progress = m.progress
    return {
      milestoneId: m.id,
      title: m.title,
      dueDate: m.dueDate,
      daysLeft: daysBetween(today, m.dueDate),
      status: milestoneStatus({ title: m.title, dueDate: m.dueDate, progress, openDeviations: deviationsOf.get(m.id) ?? 0 }, today).status,
      orderId: m.orderId,
      orderNumber: m.orderNumber,
      orderTypeName: m.orderTypeName,
      orderTypeNameEn: m.orderTypeNameEn
    }
  })
}

/** The first `limit` rows of an open-milestone query in due order: what the dashboard carries of a list. */
export async function firstInDueOrder(query: ReturnType<typeof openMilestoneRows>, limit: number): Promise<OpenMilestoneRow[]> {
  return (await readKeysetPage(query, dueOrder, { after: null, limit })).rows
}

/**
 * Every overdue milestone of the live orders in `caseIds` (null: the whole
 * court), a keyset page at a time, the longest overdue first. Overdue on the
 * Asia/Shanghai day `today`: due before it and not done (milestone-rules.ts),
 * so the milestone due today is not in it. The total for the first page only.
 */
export async function overdueMilestones(
  db: Kysely<Database>,
  page: { after: string | null; limit: number },
  today: string,
  caseIds: readonly string[] | null
): Promise<KeysetPage<DashboardMilestone>> {
  const query = openMilestoneRows(db, today, caseIds)
  const total = page.after === null ? await countUpTo(db, query) : null
  const { rows, next } = await readKeysetPage(query, dueOrder, page)
  return { items: await toDashboardMilestones(db, rows, today, caseIds), next, total }
}
