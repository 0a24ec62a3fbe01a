import { inList } from '../access/case-access'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import type { Assignment, Draw, OverdueNotice, Workload } from '../../shared/assignments'
import { openAssignmentStatuses } from '../../shared/assignments'
import type { RecusalMatter } from '../../shared/assignments'
import { noticeDuty, noticeDueOn } from './notice-duty'
import { recusalMattersOf } from './recusal.repository'

function assignmentQuery(db: Kysely<Database>) {
  return db
    .selectFrom('assignment')
    .innerJoin('expert', 'expert.id', 'assignment.expertId')
    .leftJoin('expertDraw', 'expertDraw.id', 'assignment.drawId')
    .selectAll('assignment')
    .select(['expert.name as expertName', 'expert.organisation as expertOrganisation', 'expert.title as expertTitle', 'expertDraw.seed as drawSeed'])
}

type AssignmentRow = Awaited<ReturnType<ReturnType<typeof assignmentQuery>['executeTakeFirstOrThrow']>>

/**
 * The stored row as the contract shows it, with the notice duty as of `today`.
 * The due date is derived from when the assignment was made: rows written
 * before the rule was corrected stored the end of an objection window instead.
 */
function toAssignment(row: AssignmentRow, today: string, recusals: RecusalMatter[]): Assignment {
  const { overriddenFindingsJson, drawSeed, ...rest } = row
  const status = row.status
  const dueOn = noticeDueOn(row.createdAt)
  return {
    ...rest,
    method: row.method,
    status,
    drawSeed: drawSeed ?? '',
    noticeDueOn: dueOn,
    noticeDuty: noticeDuty({ status, notifiedOn: row.notifiedOn, noticeDueOn: dueOn }, today),
    overriddenFindings: JSON.parse(overriddenFindingsJson),
    recusals,
    awaitingDecision: recusals.some((m) => m.decision === 'pending')
  }
}

/** A case's assignments, oldest first, replaced ones included: the history stays. */
export async function listAssignments(db: Kysely<Database>, caseId: string, today: string): Promise<Assignment[]> {
  const rows = await assignmentQuery(db).where('assignment.caseId', '=', caseId).orderBy('assignment.createdAt').orderBy('assignment.id').execute()
  const recusals = await recusalMattersOf(db, rows.map((r) => r.id))
  return rows.map((row) => toAssignment(row, today, recusals.filter((m) => m.assignmentId === row.id)))
}

export async function findAssignment(db: Kysely<Database>, id: string, today: string): Promise<Assignment | null> {
  const row = await assignmentQuery(db).where('assignment.id', '=', id).executeTakeFirst()
  return row ? toAssignment(row, today, await recusalMattersOf(db, [row.id])) : null
}

/** Open assignments whose parties were not notified by the due day, oldest first, for the dashboard. */
export async function overdueNotices(db: Kysely<Database>, today: string, caseIds: readonly string[] | null = null): Promise<OverdueNotice[]> {
  let query = db
    .selectFrom('assignment')
    .innerJoin('expert', 'expert.id', 'assignment.expertId')
    .innerJoin('courtCase', 'courtCase.id', 'assignment.caseId')
    .select(['assignment.id', 'assignment.caseId', 'assignment.createdAt', 'courtCase.caseNumber', 'expert.name'])
    .where('assignment.status', '=', 'proposed')
    .where('assignment.notifiedOn', '=', '')
    .orderBy('assignment.createdAt')
  if (caseIds !== null) query = query.where('assignment.caseId', 'in', inList(caseIds))
  const rows = await query.execute()
  return rows
    .map((r) => ({ assignmentId: r.id, caseId: r.caseId, caseNumber: r.caseNumber, expertName: r.name, noticeDueOn: noticeDueOn(r.createdAt) }))
    .filter((r) => r.noticeDueOn < today)
}

export async function findDraw(db: Kysely<Database>, id: string): Promise<Draw | null> {
  const row = await db
    .selectFrom('expertDraw')
    .innerJoin('appUser', 'appUser.id', 'expertDraw.updatedBy')
    .selectAll('expertDraw')
    .select('appUser.displayName')
    .where('expertDraw.id', '=', id)
    .executeTakeFirst()
  if (!row) return null
  return {
    id: row.id,
    caseId: row.caseId,
    fieldIds: JSON.parse(row.fieldIdsJson),
    count: row.count,
    balanced: row.balanced === 1,
    algorithmVersion: row.algorithmVersion,
    seed: row.seed,
    eligible: JSON.parse(row.eligibleJson),
    excluded: JSON.parse(row.excludedJson),
    outcome: JSON.parse(row.outcomeJson),
    replacesAssignmentId: row.replacesAssignmentId,
    notRandom: (JSON.parse(row.eligibleJson) as unknown[]).length === row.count,
    drawnAt: row.createdAt,
    drawnBy: row.updatedBy,
    drawnByName: row.displayName
  }
}

/** Open assignments (proposed, notified, active) per expert and per field. */
export async function workload(db: Kysely<Database>): Promise<Workload> {
  const experts = await db
    .selectFrom('expert')
    .leftJoin('assignment', (join) =>
      join.onRef('assignment.expertId', '=', 'expert.id').on('assignment.status', 'in', openAssignmentStatuses)
    )
    .select((eb) => ['expert.id as expertId', 'expert.name', 'expert.maxConcurrentCases', eb.fn.count<number>('assignment.id').as('active')])
    .groupBy(['expert.id', 'expert.name', 'expert.nameSort', 'expert.maxConcurrentCases'])
    .orderBy('active', 'desc')
    .orderBy('expert.nameSort')
    .execute()
  const fields = await db
    .selectFrom('assignment')
    .select((eb) => ['fieldId', eb.fn.countAll<number>().as('active')])
    .where('status', 'in', openAssignmentStatuses)
    .groupBy('fieldId')
    .execute()
  return {
    experts: experts.map((e) => ({ ...e, active: Number(e.active) })),
    fields: fields.map((f) => ({ fieldId: f.fieldId, active: Number(f.active) }))
  }
}
