import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import type { Assignment, AssignmentMethod, AssignmentStatus, Draw, Workload } from '../../shared/assignments'
import { openAssignmentStatuses } from '../../shared/assignments'

function assignmentQuery(db: Kysely<Database>) {
  return db
    .selectFrom('assignment')
    .innerJoin('expert', 'expert.id', 'assignment.expertId')
    .leftJoin('expertDraw', 'expertDraw.id', 'assignment.drawId')
    .selectAll('assignment')
    .select(['expert.name as expertName', 'expert.organisation as expertOrganisation', 'expert.title as expertTitle', 'expertDraw.seed as drawSeed'])
}

type AssignmentRow = Awaited<ReturnType<ReturnType<typeof assignmentQuery>['executeTakeFirstOrThrow']>>

function toAssignment(row: AssignmentRow): Assignment {
  const { overriddenFindingsJson, drawSeed, ...rest } = row
  return {
    ...rest,
    method: row.method as AssignmentMethod,
    status: row.status as AssignmentStatus,
    drawSeed: drawSeed ?? '',
    overriddenFindings: JSON.parse(overriddenFindingsJson)
  }
}

/** A case's assignments, oldest first, replaced ones included: the history stays. */
export async function listAssignments(db: Kysely<Database>, caseId: string): Promise<Assignment[]> {
  const rows = await assignmentQuery(db).where('assignment.caseId', '=', caseId).orderBy('assignment.createdAt').orderBy('assignment.id').execute()
  return rows.map(toAssignment)
}

export async function findAssignment(db: Kysely<Database>, id: string): Promise<Assignment | null> {
  const row = await assignmentQuery(db).where('assignment.id', '=', id).executeTakeFirst()
  return row ? toAssignment(row) : null
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
    .groupBy(['expert.id', 'expert.name', 'expert.maxConcurrentCases'])
    .orderBy('active', 'desc')
    .orderBy('expert.name')
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
