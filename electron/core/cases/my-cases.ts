import type { Kysely } from 'kysely'
import type { CaseStatus } from '../../shared/cases'
import { inspectionLeadDays, type MyCase, type MyCaseDue } from '../../shared/my-cases'
import { liveOrderStatuses } from '../../shared/orders'
import { addDays, shanghaiDay } from '../../shared/shanghai-time'
import type { Database } from '../db/database'
import type { Call } from '../call'
import { mayWrite } from '../access/case-access'

/**
 * The investigator's home page (我的案件): every case they were assigned to,
 * newest filing first, with what is due in it: site visits dated today or
 * later, and the milestones not yet done of the live orders they follow.
 * Only their own cases are read, so nothing of another case is counted.
 */
export async function listMyCases(call: Call): Promise<MyCase[]> {
  if (call.cases.court) return []
  const caseIds = [...call.cases.readable]
  if (caseIds.length === 0) return []
  const today = shanghaiDay(call.now)
  const cases = await call.db
    .selectFrom('courtCase')
    .leftJoin('appUser', 'appUser.id', 'courtCase.judgeId')
    .select(['courtCase.id', 'courtCase.caseNumber', 'courtCase.cause', 'courtCase.status', 'appUser.displayName as judgeName'])
    .where('courtCase.id', 'in', caseIds)
    .orderBy('courtCase.filedOn', 'desc')
    .orderBy('courtCase.id', 'desc')
    .execute()
  const due = await dueItems(call.db, caseIds, call.user.id, today)
  return cases.map((c) => ({
    caseId: c.id,
    caseNumber: c.caseNumber,
    cause: c.cause,
    status: c.status as CaseStatus,
    judgeName: c.judgeName ?? '',
    assignmentStatus: call.cases.court ? 'active' : call.cases.statuses.get(c.id)!,
    canWrite: mayWrite(call.cases, c.id),
    due: (due.get(c.id) ?? []).sort((a, b) => a.date.localeCompare(b.date))
  }))
}

async function dueItems(db: Kysely<Database>, caseIds: string[], userId: string, today: string): Promise<Map<string, MyCaseDue[]>> {
  const byCase = new Map<string, MyCaseDue[]>()
  const add = (caseId: string, item: MyCaseDue) => byCase.set(caseId, [...(byCase.get(caseId) ?? []), item])
  const visits = await db
    .selectFrom('siteVisit')
    .select(['id', 'caseId', 'visitDate'])
    .where('caseId', 'in', caseIds)
    .where('voidedAt', 'is', null)
    .where('visitDate', '>=', today)
    .execute()
  for (const v of visits) add(v.caseId, { kind: 'visit', date: v.visitDate, visitId: v.id })
  const milestones = await db
    .selectFrom('milestone')
    .innerJoin('restorationOrder', 'restorationOrder.id', 'milestone.orderId')
    .innerJoin('orderSupervisor', 'orderSupervisor.orderId', 'restorationOrder.id')
    .select(['milestone.id', 'milestone.title', 'milestone.dueDate', 'milestone.progress', 'restorationOrder.id as orderId', 'restorationOrder.orderNumber', 'restorationOrder.status as orderStatus', 'restorationOrder.caseId'])
    .select((eb) =>
      eb
        .selectFrom('inspection')
        .select((i) => i.fn.countAll<number>().as('n'))
        .whereRef('inspection.milestoneId', '=', 'milestone.id')
        .where('inspection.voidedAt', 'is', null)
        .as('inspections')
    )
    .where('restorationOrder.caseId', 'in', caseIds)
    .where('orderSupervisor.userId', '=', userId)
    .where('restorationOrder.status', 'in', [...liveOrderStatuses])
    .where('restorationOrder.voidedAt', 'is', null)
    .where('milestone.voidedAt', 'is', null)
    .where('milestone.progress', '!=', 'done')
    .execute()
  const leadUntil = addDays(today, inspectionLeadDays)
  for (const m of milestones) {
    add(m.caseId, {
      kind: 'milestone',
      date: m.dueDate,
      orderId: m.orderId,
      orderNumber: m.orderNumber,
      orderStatus: m.orderStatus,
      milestoneId: m.id,
      title: m.title,
      progress: m.progress,
      overdue: m.dueDate < today,
      inspectionDue: m.dueDate <= leadUntil && Number(m.inspections ?? 0) === 0
    })
  }
  return byCase
}
