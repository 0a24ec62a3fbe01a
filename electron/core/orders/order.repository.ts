import { inList } from '../access/case-access'
import { sql, type Kysely, type Selectable, type SqlBool } from 'kysely'
import type { Database } from '../db/database'
import type { KeysetPage } from '../../shared/common'
import { countUpTo, readKeysetPage, type KeysetOrder } from '../db/keyset'
import { rowsByKey } from '../db/rows-by-key'
import { addDays, daysBetween } from '../../shared/shanghai-time'
import type { CriterionEvaluationView, Deviation, Inspection, MeasurableTarget, MethodItem, Milestone, OrderInput, OrderListItem, OrderListQuery, RestorationOrder, SampleCriterion, StandardTarget } from '../../shared/orders'
import type { OrderType } from '../../shared/order-types'
import type { Acceptance } from '../../shared/acceptance'
import { canonicalOrderNumber, liveOrderStatuses } from '../../shared/orders'
import { voidingOf } from '../records/void-channel'
import type { CriterionSampling } from './sample-criterion'
import { evaluateSampleCriterion } from './sample-criterion'
import { acceptanceBlockers, milestoneStatus } from './milestone-rules'
import { labourOffsetFen, upkeepEndsOn } from './order-rules'

/** The samplings at a site with their lab results, as the sample-based criterion reads them. */
export type SamplingsAtSite = (siteId: string) => Promise<CriterionSampling[]>

const json = <T>(text: string): T => JSON.parse(text) as T

function toOrderType(row: Selectable<Database['orderType']>): OrderType {
  return {
    id: row.id,
    code: row.code,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    methodZh: row.methodZh,
    source: row.source,
    sortOrder: row.sortOrder,
    active: row.active === 1,
    revision: row.revision
  }
}

export async function listOrderTypes(db: Kysely<Database>): Promise<OrderType[]> {
  return (await db.selectFrom('orderType').selectAll().orderBy('sortOrder').orderBy('id').execute()).map(toOrderType)
}

export async function findOrderType(db: Kysely<Database>, id: string): Promise<OrderType | null> {
  const row = await db.selectFrom('orderType').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? toOrderType(row) : null
}

/** The order's own columns from the form input; lists of values are JSON text, its sites and supervisors are link rows (see `writeOrderLinks`). */
export function orderColumns(input: Required<OrderInput>) {
  return {
    orderNumber: canonicalOrderNumber(input.orderNumber),
    orderTypeId: input.orderTypeId,
    caseId: input.caseId,
    judgmentReference: input.judgmentReference,
    obligor: input.obligor,
    executor: input.executor,
    method: input.method,
    methodItemsJson: JSON.stringify(input.methodItems),
    standardTargetsJson: JSON.stringify(input.standardTargets),
    measurableTargetsJson: JSON.stringify(input.measurableTargets),
    restorationFeeFen: input.restorationFeeFen,
    restorationFeePaid: input.restorationFeePaid ? 1 : 0,
    bondFen: input.bondFen,
    bondPaid: input.bondPaid ? 1 : 0,
    fallbackCostFen: input.fallbackCostFen,
    deadline: input.deadline,
    samplesCountFrom: input.samplesCountFrom,
    upkeepMonths: input.upkeep?.months ?? null,
    survivalThresholdPct: input.upkeep?.survivalThresholdPct ?? null,
    labourHours: input.labour?.hours ?? null,
    labourRateFen: input.labour?.hourlyRateFen ?? null,
    restockingApprovedBy: input.restocking?.approvedBy ?? null,
    restockingApprovalReference: input.restocking?.approvalReference ?? '',
    restockingItemsJson: JSON.stringify(input.restocking?.items ?? []),
    supervisingAgenciesJson: JSON.stringify(input.supervisingAgencies),
    notes: input.notes
  }
}

export async function findOrderIdByNumber(db: Kysely<Database>, orderNumber: string): Promise<string | null> {
  const row = await db.selectFrom('restorationOrder').select('id').where('orderNumber', '=', canonicalOrderNumber(orderNumber)).executeTakeFirst()
  return row?.id ?? null
}

export type OrderFilter = Required<Omit<OrderListQuery, 'after' | 'limit'>>

/** The orders list's order, newest first; every filtered list index ends with (`created_at`, `id`) (migration 0021). */
const orderListOrder: KeysetOrder = { columns: ['createdAt', 'id'], direction: 'desc' }

/** The list query; a test asserts its plan uses the indexes. */
export function orderListQuery(db: Kysely<Database>, filter: OrderFilter, caseIds: readonly string[] | null = null) {
  let query = db.selectFrom('restorationOrder')
  if (caseIds !== null) query = query.where('caseId', 'in', inList(caseIds))
  if (filter.status) query = query.where('status', '=', filter.status)
  if (filter.orderTypeId) query = query.where('orderTypeId', '=', filter.orderTypeId)
  if (filter.caseId) query = query.where('caseId', '=', filter.caseId)
  return query
}

/** A keyset page of orders, newest first, with their overdue milestones and open deviations counted on `today`; the total for the first page only. */
export async function listOrders(
  db: Kysely<Database>,
  filter: OrderFilter & { after: string | null; limit: number },
  today: string,
  caseIds: readonly string[] | null
): Promise<KeysetPage<OrderListItem>> {
  const query = orderListQuery(db, filter, caseIds)
  const total = filter.after === null ? await countUpTo(db, query) : null
  const { rows, next } = await readKeysetPage(query.selectAll(), orderListOrder, filter)
  if (rows.length === 0) return { items: [], next, total }
  const ids = rows.map((r) => r.id)
  const [types, cases, milestones, deviations] = await Promise.all([
    db.selectFrom('orderType').select(['id', 'nameZh', 'nameEn']).where('id', 'in', [...new Set(rows.map((r) => r.orderTypeId))]).execute(),
    db.selectFrom('courtCase').select(['id', 'caseNumber']).where('id', 'in', rows.map((r) => r.caseId)).execute(),
    db.selectFrom('milestone').select(['orderId', 'dueDate', 'progress']).where('orderId', 'in', ids).where('voidedAt', 'is', null).execute(),
    db.selectFrom('deviation').select('orderId').where('orderId', 'in', ids).where('closedOn', 'is', null).where('voidedAt', 'is', null).execute()
  ])
  const typeOf = new Map(types.map((t) => [t.id, t]))
  const caseNumberOf = new Map(cases.map((c) => [c.id, c.caseNumber]))
  const milestonesOf = rowsByKey(milestones, (m) => m.orderId)
  const deviationsOf = rowsByKey(deviations, (d) => d.orderId)
  return {
    next,
    total,
    items: rows.map((row) => {
      const own = milestonesOf.get(row.id) ?? []
      return {
        id: row.id,
        orderNumber: row.orderNumber,
        orderTypeId: row.orderTypeId,
        orderTypeName: typeOf.get(row.orderTypeId)?.nameZh ?? '',
        orderTypeNameEn: typeOf.get(row.orderTypeId)?.nameEn ?? '',
        caseId: row.caseId,
        caseNumber: caseNumberOf.get(row.caseId) ?? '',
        obligor: row.obligor,
        status: row.status,
        discarded: row.voidedAt !== null,
        issuedOn: row.issuedOn,
        deadline: row.deadline,
        milestones: own.length,
        // Stored due dates are calendar days checked on write (YYYY-MM-DD), which order as text: parsing two dates per milestone was a quarter of the call (issue 15).
        overdueMilestones: own.filter((m) => m.progress !== 'done' && m.dueDate < today).length,
        openDeviations: deviationsOf.get(row.id)?.length ?? 0
      }
    })
  }
}

export async function findOrderRow(db: Kysely<Database>, id: string) {
  return (await db.selectFrom('restorationOrder').selectAll().where('id', '=', id).executeTakeFirst()) ?? null
}

function toDeviation(row: Selectable<Database['deviation']>, evidenceSha256: string[], today: string): Deviation {
  return {
    id: row.id,
    inspectionId: row.inspectionId,
    orderId: row.orderId,
    milestoneId: row.milestoneId,
    description: row.description,
    severity: row.severity,
    correctiveAction: row.correctiveAction,
    dueDate: row.dueDate,
    closedOn: row.closedOn,
    closingNote: row.closingNote,
    evidenceSha256,
    voided: voidingOf(row),
    overdue: row.closedOn === null && row.voidedAt === null && daysBetween(row.dueDate, today) > 0,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
    revision: row.revision
  }
}

function toInspection(row: Selectable<Database['inspection']>, investigatorName: string, photoSha256: string[], deviations: Deviation[]): Inspection {
  return {
    id: row.id,
    orderId: row.orderId,
    milestoneId: row.milestoneId,
    inspectedOn: row.inspectedOn,
    investigatorId: row.investigatorId,
    investigatorName,
    findings: row.findings,
    photoSha256,
    samplesTaken: json(row.samplesTakenJson),
    voided: voidingOf(row),
    deviations,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
    revision: row.revision
  }
}

export async function findInspectionRow(db: Kysely<Database>, id: string) {
  return (await db.selectFrom('inspection').selectAll().where('id', '=', id).executeTakeFirst()) ?? null
}

export async function findDeviationRow(db: Kysely<Database>, id: string) {
  return (await db.selectFrom('deviation').selectAll().where('id', '=', id).executeTakeFirst()) ?? null
}

export async function findMilestoneRow(db: Kysely<Database>, id: string) {
  return (await db.selectFrom('milestone').selectAll().where('id', '=', id).executeTakeFirst()) ?? null
}

/** A deviation as the audit trail and the replies show it. */
export async function findDeviation(db: Kysely<Database>, id: string, today: string): Promise<Deviation | null> {
  const row = await findDeviationRow(db, id)
  if (!row) return null
  const evidence = await linkedValues(db, 'deviationEvidence', 'deviationId', [id], 'sha256')
  return toDeviation(row, evidence.get(id) ?? [], today)
}

/** An inspection with its deviations, as the audit trail and the replies show it. */
export async function findInspection(db: Kysely<Database>, id: string, today: string): Promise<Inspection | null> {
  const row = await findInspectionRow(db, id)
  if (!row) return null
  const investigator = await db.selectFrom('appUser').select('displayName').where('id', '=', row.investigatorId).executeTakeFirst()
  const deviations = await db.selectFrom('deviation').selectAll().where('inspectionId', '=', id).orderBy('createdAt').orderBy('id').execute()
  const [photos, evidence] = await Promise.all([
    linkedValues(db, 'inspectionPhoto', 'inspectionId', [id], 'sha256'),
    linkedValues(db, 'deviationEvidence', 'deviationId', deviations.map((d) => d.id), 'sha256')
  ])
  return toInspection(row, investigator?.displayName ?? '', photos.get(id) ?? [], deviations.map((d) => toDeviation(d, evidence.get(d.id) ?? [], today)))
}

/**
 * The first day whose samplings count toward the order's sample-based
 * milestones (issue 13: a 2020 sampling says nothing of a 2026 order). Only
 * samplings after the issue day count: the issue day carries no time, and
 * water taken that day may show the site before the order. The judge may set
 * a later start (e.g. once the plants have taken); an earlier one is not
 * taken. Null before issue: no sampling counts.
 */
export function countsSamplesFrom(order: { issuedOn: string | null; samplesCountFrom: string | null }): string | null {
  if (order.issuedOn === null) return null
  const dayAfterIssue = addDays(order.issuedOn, 1)
  return order.samplesCountFrom !== null && order.samplesCountFrom > dayAfterIssue ? order.samplesCountFrom : dayAfterIssue
}

async function toAcceptance(db: Kysely<Database>, row: Selectable<Database['acceptance']>): Promise<Acceptance> {
  const members = await db
    .selectFrom('acceptanceMember')
    .select(['role', 'name', 'organisation'])
    .where('acceptanceId', '=', row.id)
    .orderBy('position')
    .execute()
  return { ...row, members }
}

/** The sample-based criterion evaluated from the site's samplings, in the reply's shape. */
export async function evaluateCriterion(criterion: SampleCriterion, samplingsAt: SamplingsAtSite, countsFrom: string | null): Promise<CriterionEvaluationView> {
  const evaluation = evaluateSampleCriterion(criterion, await samplingsAt(criterion.siteId), countsFrom)
  return {
    met: evaluation.met,
    satisfyingSamples: evaluation.satisfyingSamples,
    perSample: evaluation.perSample.map(({ sampledAt: _at, ...verdict }) => verdict),
    explanation: evaluation.explanation
  }
}

async function toMilestones(
  rows: Selectable<Database['milestone']>[],
  links: { evidence: Map<string, string[]>; samples: Map<string, string[]> },
  deviations: Deviation[],
  today: string,
  samplingsAt: SamplingsAtSite,
  countsFrom: string | null
): Promise<Milestone[]> {
  const milestones: Milestone[] = []
  for (const row of rows) {
    const openDeviations = deviations.filter((d) => d.milestoneId === row.id && d.closedOn === null && d.voided === null).length
    const progress = row.progress
    const sampleCriterion = row.sampleCriterionJson === null ? null : json<SampleCriterion>(row.sampleCriterionJson)
    const derived = milestoneStatus({ title: row.title, dueDate: row.dueDate, progress, openDeviations }, today)
    milestones.push({
      id: row.id,
      orderId: row.orderId,
      position: row.position,
      title: row.title,
      dueDate: row.dueDate,
      criterionText: row.criterionText,
      sampleCriterion,
      progress,
      doneOn: row.doneOn,
      evidenceSha256: links.evidence.get(row.id) ?? [],
      satisfyingSampleIds: links.samples.get(row.id) ?? [],
      note: row.note,
      ...derived,
      openDeviations,
      evaluation: sampleCriterion ? await evaluateCriterion(sampleCriterion, samplingsAt, countsFrom) : null,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      updatedBy: row.updatedBy,
      revision: row.revision
    })
  }
  return milestones
}

/**
 * The whole order as its page and its printed summary show it: milestones
 * with their status derived on `today` (and sample-based criteria evaluated
 * from the lab results now), inspections with their deviations, the
 * acceptance, and what still blocks acceptance.
 */
export async function findOrder(db: Kysely<Database>, id: string, today: string, samplingsAt: SamplingsAtSite): Promise<RestorationOrder | null> {
  const row = await findOrderRow(db, id)
  if (!row) return null
  return assembleOrder(db, row, today, samplingsAt)
}

async function assembleOrder(
  db: Kysely<Database>,
  row: Selectable<Database['restorationOrder']>,
  today: string,
  samplingsAt: SamplingsAtSite
): Promise<RestorationOrder> {
  const [siteLinks, supervisorLinks] = await Promise.all([
    linkedValues(db, 'orderSite', 'orderId', [row.id], 'siteId'),
    linkedValues(db, 'orderSupervisor', 'orderId', [row.id], 'userId')
  ])
  const siteIds = siteLinks.get(row.id) ?? []
  const supervisorIds = supervisorLinks.get(row.id) ?? []
  const [type, courtCase, sites, allMilestoneRows, inspectionRows, deviationRows, acceptanceRow, handover] = await Promise.all([
    db.selectFrom('orderType').select(['nameZh', 'nameEn']).where('id', '=', row.orderTypeId).executeTakeFirst(),
    db.selectFrom('courtCase').select('caseNumber').where('id', '=', row.caseId).executeTakeFirst(),
    siteIds.length ? db.selectFrom('site').select(['id', 'name', 'waterbody']).where('id', 'in', siteIds).execute() : [],
    db.selectFrom('milestone').selectAll().where('orderId', '=', row.id).orderBy('position').execute(),
    db.selectFrom('inspection').selectAll().where('orderId', '=', row.id).orderBy('inspectedOn').orderBy('createdAt').execute(),
    db.selectFrom('deviation').selectAll().where('orderId', '=', row.id).orderBy('createdAt').orderBy('id').execute(),
    db.selectFrom('acceptance').selectAll().where('orderId', '=', row.id).executeTakeFirst(),
    db.selectFrom('orderHandover').selectAll().where('orderId', '=', row.id).executeTakeFirst()
  ])
  // A removed milestone is no step of the order any more: it is listed apart, and its history keeps it.
  const milestoneRows = allMilestoneRows.filter((m) => m.voidedAt === null)
  const removedMilestones = allMilestoneRows.flatMap((m) => {
    const voided = voidingOf(m)
    return voided ? [{ id: m.id, title: m.title, dueDate: m.dueDate, voided }] : []
  })
  const userIds = [...new Set([...supervisorIds, ...inspectionRows.map((i) => i.investigatorId), ...(row.issuedBy ? [row.issuedBy] : [])])]
  const users = userIds.length ? await db.selectFrom('appUser').select(['id', 'displayName']).where('id', 'in', userIds).execute() : []
  const userName = (userId: string | null) => users.find((u) => u.id === userId)?.displayName ?? ''
  const milestoneIds = milestoneRows.map((m) => m.id)
  const [evidence, samples, photos, deviationEvidence] = await Promise.all([
    linkedValues(db, 'milestoneEvidence', 'milestoneId', milestoneIds, 'sha256'),
    linkedValues(db, 'milestoneSample', 'milestoneId', milestoneIds, 'sampleId'),
    linkedValues(db, 'inspectionPhoto', 'inspectionId', inspectionRows.map((i) => i.id), 'sha256'),
    linkedValues(db, 'deviationEvidence', 'deviationId', deviationRows.map((d) => d.id), 'sha256')
  ])
  const deviations = deviationRows.map((d) => toDeviation(d, deviationEvidence.get(d.id) ?? [], today))
  const countsFrom = countsSamplesFrom(row)
  const milestones = await toMilestones(milestoneRows, { evidence, samples }, deviations, today, samplingsAt, countsFrom)
  const acceptance = acceptanceRow ? await toAcceptance(db, acceptanceRow) : null
  const upkeep = row.upkeepMonths === null ? null : { months: row.upkeepMonths, survivalThresholdPct: row.survivalThresholdPct }
  const labour = row.labourHours === null || row.labourRateFen === null ? null : { hours: row.labourHours, hourlyRateFen: row.labourRateFen }
  return {
    id: row.id,
    orderNumber: row.orderNumber,
    orderTypeId: row.orderTypeId,
    orderTypeName: type?.nameZh ?? '',
    orderTypeNameEn: type?.nameEn ?? '',
    caseId: row.caseId,
    caseNumber: courtCase?.caseNumber ?? '',
    judgmentReference: row.judgmentReference,
    issuedBy: row.issuedBy,
    issuedByName: userName(row.issuedBy),
    issuedOn: row.issuedOn,
    obligor: row.obligor,
    executor: row.executor,
    siteIds,
    // In the order the judge listed them.
    sites: siteIds.flatMap((siteId) => {
      const site = sites.find((s) => s.id === siteId)
      return site ? [{ id: site.id, name: site.name, waterbody: site.waterbody as 'river' | 'lake' | null }] : []
    }),
    method: row.method,
    methodItems: json<MethodItem[]>(row.methodItemsJson),
    standardTargets: json<StandardTarget[]>(row.standardTargetsJson),
    measurableTargets: json<MeasurableTarget[]>(row.measurableTargetsJson),
    restorationFeeFen: row.restorationFeeFen,
    restorationFeePaid: row.restorationFeePaid === 1,
    bondFen: row.bondFen,
    bondPaid: row.bondPaid === 1,
    fallbackCostFen: row.fallbackCostFen,
    deadline: row.deadline,
    samplesCountFrom: row.samplesCountFrom,
    countsSamplesFrom: countsFrom,
    upkeep,
    upkeepEndsOn: upkeepEndsOn(upkeep, milestones),
    labour: labour && { ...labour, offsetFen: labourOffsetFen(labour) },
    restocking:
      row.restockingApprovedBy === null
        ? null
        : { approvedBy: row.restockingApprovedBy, approvalReference: row.restockingApprovalReference, items: json<MethodItem[]>(row.restockingItemsJson) },
    supervisorIds,
    supervisors: supervisorIds.map((userId) => ({ id: userId, name: userName(userId) })),
    supervisingAgencies: json<string[]>(row.supervisingAgenciesJson),
    status: row.status,
    statusReason: row.statusReason,
    notes: row.notes,
    discarded: voidingOf(row),
    today,
    milestones,
    removedMilestones,
    inspections: inspectionRows.map((i) =>
      toInspection(
        i,
        userName(i.investigatorId),
        photos.get(i.id) ?? [],
        deviations.filter((d) => d.inspectionId === i.id)
      )
    ),
    acceptance,
    handover: handover ?? null,
    acceptanceBlockers: acceptanceBlockers({
      milestones,
      deviations: deviations.filter((d) => d.voided === null)
    }),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
    revision: row.revision
  }
}

/** Milestones not done and due before `until` (exclusive), of live orders; a test asserts the plan uses `milestone_open_due`. */
export function openMilestonesDueBefore(db: Kysely<Database>, until: string, caseIds: readonly string[] | null = null) {
  const query = db
    .selectFrom('milestone')
    // A cross join keeps milestone the outer loop in SQLite, so the rows come from `milestone_open_due` in due
    // order; driven from the live orders' status index they would be sorted afterwards (a join all the same).
    .crossJoin('restorationOrder')
    .whereRef('restorationOrder.id', '=', 'milestone.orderId')
    // In literals, the condition of the partial index `milestone_open_due` (0030), which SQLite matches only so.
    .where(sql<SqlBool>`${sql.ref('milestone.progress')} in ('pending', 'in_progress')`)
    .where('milestone.voidedAt', 'is', null)
    .where('milestone.dueDate', '<', until)
    .where('restorationOrder.status', 'in', liveOrderStatuses)
  return caseIds === null ? query : query.where('restorationOrder.caseId', 'in', inList(caseIds))
}

/** Open deviations of every order, oldest due first; a test asserts the plan uses `deviation_open_due`. */
export function openDeviationsQuery(db: Kysely<Database>, caseIds: readonly string[] | null = null) {
  const query = db
    .selectFrom('deviation')
    .innerJoin('restorationOrder', 'restorationOrder.id', 'deviation.orderId')
    .innerJoin('inspection', 'inspection.id', 'deviation.inspectionId')
    .where('deviation.closedOn', 'is', null)
    .where('deviation.voidedAt', 'is', null)
  return caseIds === null ? query : query.where('restorationOrder.caseId', 'in', inList(caseIds))
}

/** The link tables of orders, milestones, inspections and deviations: each holds one list per parent, in `position` order. */
type OrderLink = 'orderSite' | 'orderSupervisor' | 'milestoneEvidence' | 'milestoneSample' | 'inspectionPhoto' | 'deviationEvidence'

/** Every listed parent's list from one link table, in one statement. */
async function linkedValues(db: Kysely<Database>, table: OrderLink, parent: string, parentIds: readonly string[], element: string): Promise<Map<string, string[]>> {
  const lists = new Map<string, string[]>()
  if (parentIds.length === 0) return lists
  const rows = (await db
    .selectFrom(table)
    .select([`${parent} as parentId`, `${element} as value`] as never)
    .where(parent as never, 'in', parentIds as never)
    .orderBy(parent as never)
    .orderBy('position' as never)
    .execute()) as unknown as { parentId: string; value: string }[]
  for (const { parentId, value } of rows) lists.set(parentId, [...(lists.get(parentId) ?? []), value])
  return lists
}
