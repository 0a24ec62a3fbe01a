import { inList } from '../access/case-access'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import { daysBetween, shanghaiDay, addDays } from '../../shared/shanghai-time'
import type { Dashboard, OrderStatus, RestorationOrder, StandardTarget } from '../../shared/orders'
import type { OrderSummary, SealedOrderSummary, TargetEvaluation, TrendSeries } from '../../shared/order-summary'
import { partText } from '../../shared/errors'
import { orderStatuses } from '../../shared/orders'
import type { Measured } from '../standards/measured'
import { evaluateSurfaceWater } from '../standards/surface-water'
import { findSurfaceWaterItem, limitFor } from '../standards/surface-water-limits'
import { overdueNotices } from '../assignments/assignment.repository'
import { openDeviationsQuery, openMilestonesDueBefore, type SamplingsAtSite } from './order.repository'
import { firstInDueOrder, openMilestoneRows, toDashboardMilestones } from './overdue-milestones'
import type { CriterionSampling } from './sample-criterion'

/** How many rows of each list the dashboard carries; the counts say how many there are, the full lists are paged elsewhere. */
export const dashboardListSize = 20

/**
 * The judges' home page, bounded whatever the volume (issue 15): milestones
 * overdue and due within `dueSoonDays` of live orders, open deviations and
 * overdue notices, each the first {@link dashboardListSize} by due date with
 * the count of all, and the orders counted by status and type.
 */
export async function dashboard(db: Kysely<Database>, today: string, dueSoonDays: number, caseIds: readonly string[] | null): Promise<Dashboard> {
  const open = openMilestonesDueBefore(db, addDays(today, dueSoonDays), caseIds)
  const overdueQuery = open.where('milestone.dueDate', '<', today)
  const dueSoonQuery = open.where('milestone.dueDate', '>=', today)
  const count = async (query: typeof open) => Number((await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
  const milestoneRows = [
    ...(await firstInDueOrder(openMilestoneRows(db, today, caseIds), dashboardListSize)),
    ...(await firstInDueOrder(openMilestoneRows(db, addDays(today, dueSoonDays), caseIds).where('milestone.dueDate', '>=', today), dashboardListSize))
  ]
  const deviationRows = await openDeviationsQuery(db, caseIds)
    .select([
      'deviation.id as deviationId',
      'deviation.milestoneId',
      'deviation.description',
      'deviation.severity',
      'deviation.correctiveAction',
      'deviation.dueDate',
      'inspection.inspectedOn',
      'restorationOrder.id as orderId',
      'restorationOrder.orderNumber'
    ])
    .orderBy('deviation.dueDate')
    .orderBy('deviation.id')
    .limit(dashboardListSize)
    .execute()
  const milestones = await toDashboardMilestones(db, milestoneRows, today, caseIds)
  const notices = await overdueNotices(db, today, caseIds)
  const counts = {
    overdue: await count(overdueQuery),
    dueSoon: await count(dueSoonQuery),
    openDeviations: Number((await openDeviationsQuery(db, caseIds).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
    overdueNotices: notices.length
  }
  // A discarded draft was never an order: it is counted nowhere.
  let live = db.selectFrom('restorationOrder').where('voidedAt', 'is', null)
  if (caseIds !== null) live = live.where('caseId', 'in', inList(caseIds))
  const byStatus = await live
    .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('status')
    .execute()
  // Counted from the index of (voided_at, order_type_id) and named after: a join grouped 20,000 orders through a temporary B-tree.
  const typeCounts = await live
    .select(['orderTypeId', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('orderTypeId')
    .execute()
  const perType = new Map(typeCounts.map((t) => [t.orderTypeId, Number(t.count)]))
  const types = await db.selectFrom('orderType').select(['id', 'nameZh']).orderBy('sortOrder').execute()
  return {
    today,
    overdue: milestones.filter((m) => m.daysLeft < 0),
    dueSoon: milestones.filter((m) => m.daysLeft >= 0),
    openDeviations: deviationRows.map((d) => ({
      deviationId: d.deviationId,
      description: d.description,
      severity: d.severity,
      correctiveAction: d.correctiveAction,
      dueDate: d.dueDate,
      overdue: daysBetween(d.dueDate, today) > 0,
      inspectedOn: d.inspectedOn,
      orderId: d.orderId,
      orderNumber: d.orderNumber
    })),
    overdueNotices: notices.slice(0, dashboardListSize),
    counts,
    byStatus: orderStatuses.map((status: OrderStatus) => ({ status, count: Number(byStatus.find((r) => r.status === status)?.count ?? 0) })),
    byType: types.map((t) => ({ orderTypeId: t.id, name: t.nameZh, count: perType.get(t.id) ?? 0 }))
  }
}

function measuredText(measured: Measured): string {
  return typeof measured === 'number' ? String(measured) : `${measured.qualifier ?? ''}${measured.value}`
}

function limitText(limit: ReturnType<typeof limitFor>, comparator: string): string {
  if (limit === null) return '—'
  if (typeof limit !== 'number') return `${limit[0]}–${limit[1]}`
  return `${comparator === '>=' ? '≥' : '≤'}${limit}`
}

/**
 * The latest sampling at the target's site that measured any of its
 * parameters, judged against the target class on those parameters; the
 * deciding items are those that set the water's class (定类项目).
 */
function targetEvaluation(target: StandardTarget, siteName: string, samplings: CriterionSampling[]): TargetEvaluation {
  const latest = samplings
    .filter((s) => !s.voided && target.parameters.some((key) => s.results[key] !== undefined))
    .toSorted((a, b) => Date.parse(b.sampledAt) - Date.parse(a.sampledAt))[0]
  const base = { siteId: target.siteId, siteName, targetClass: target.targetClass }
  if (!latest) return { ...base, sampleCode: null, sampledOn: null, waterClass: null, meets: null, items: [] }
  const values: Record<string, Measured> = {}
  for (const key of target.parameters) if (latest.results[key] !== undefined) values[key] = latest.results[key]
  const evaluation = evaluateSurfaceWater({ waterbody: target.waterbody, values, targetClass: target.targetClass })
  const results = { ...evaluation.items, ...evaluation.reference }
  const items = target.parameters.map((key) => {
    const item = findSurfaceWaterItem(key, target.waterbody)
    const result = results[key as keyof typeof results]
    return {
      parameter: key,
      value: values[key] === undefined ? null : measuredText(values[key]),
      limit: limitText(limitFor(key, target.targetClass, target.waterbody), item?.comparator ?? '<='),
      meets: result?.meetsTarget ?? null,
      deciding: evaluation.deciding.includes(key)
    }
  })
  const verdicts = items.map((i) => i.meets)
  return {
    ...base,
    sampleCode: latest.sampleCode,
    sampledOn: shanghaiDay(latest.sampledAt),
    waterClass: evaluation.class,
    meets: verdicts.includes(false) ? false : verdicts.includes(null) ? null : true,
    items
  }
}

function trendSeries(target: StandardTarget, siteName: string, samplings: CriterionSampling[]): TrendSeries[] {
  const live = samplings.filter((s) => !s.voided).toSorted((a, b) => Date.parse(a.sampledAt) - Date.parse(b.sampledAt))
  return target.parameters.map((key) => {
    const item = findSurfaceWaterItem(key, target.waterbody)
    const limit = limitFor(key, target.targetClass, target.waterbody)
    return {
      siteId: target.siteId,
      siteName,
      parameter: key,
      unit: item?.unit ?? '',
      limit: typeof limit === 'number' ? limit : null,
      points: live.flatMap((s) => {
        const measured = s.results[key]
        if (measured === undefined) return []
        const value = typeof measured === 'number' ? measured : measured.value
        const belowDetection = typeof measured !== 'number' && measured.qualifier === '<'
        return [{ sampledOn: shanghaiDay(s.sampledAt), sampleCode: s.sampleCode, value, belowDetection }]
      })
    }
  })
}

/**
 * What the printed summary shows: the order, the latest evaluation and the
 * trend of every standard target. The printed copy is bound to it by its
 * document seal (`audit/document-seal.ts`).
 */
export async function orderSummary(db: Kysely<Database>, order: RestorationOrder, samplingsAt: SamplingsAtSite, now: string): Promise<OrderSummary> {
  const courtCase = await db.selectFrom('courtCase').select('court').where('id', '=', order.caseId).executeTakeFirstOrThrow()
  const targetEvaluations: TargetEvaluation[] = []
  const trends: TrendSeries[] = []
  for (const target of order.standardTargets) {
    const siteName = order.sites.find((s) => s.id === target.siteId)?.name ?? ''
    const samplings = await samplingsAt(target.siteId)
    targetEvaluations.push(targetEvaluation(target, siteName, samplings))
    trends.push(...trendSeries(target, siteName, samplings))
  }
  return { order, court: courtCase.court, targetEvaluations, trends, generatedAt: now }
}

/** The summary as its seal fingerprints it: each criterion's explanation in its Chinese words (see {@link SealedOrderSummary}). */
export function sealedOrderSummary(summary: OrderSummary): SealedOrderSummary {
  const milestones = summary.order.milestones.map((m) => ({ ...m, evaluation: m.evaluation && { ...m.evaluation, explanation: partText(m.evaluation.explanation, 'zh') } }))
  return { ...summary, order: { ...summary.order, milestones } }
}
