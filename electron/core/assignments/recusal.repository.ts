import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import type { CaseConflict, RecusalMatter } from '../../shared/assignments'
import { addDays } from '../../shared/shanghai-time'

/**
 * 《民事诉讼法》art. 50: the court decides a recusal application within 3
 * days of its making (the Criminal Procedure Law fixes no period; the civil
 * one is shown for every case as the court's working deadline).
 */
export const DECISION_DAYS = 3

/** The override proposals and recusal applications of some assignments, oldest first. */
export async function recusalMattersOf(db: Kysely<Database>, assignmentIds: string[]): Promise<RecusalMatter[]> {
  if (assignmentIds.length === 0) return []
  const rows = await db
    .selectFrom('recusalMatter')
    .leftJoin('appUser', 'appUser.id', 'recusalMatter.decidedBy')
    .selectAll('recusalMatter')
    .select('appUser.displayName')
    .where('recusalMatter.assignmentId', 'in', assignmentIds)
    .orderBy('recusalMatter.createdAt')
    .orderBy('recusalMatter.id')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    assignmentId: r.assignmentId,
    kind: r.kind,
    applicant: r.applicant,
    reason: r.reason,
    receivedOn: r.receivedOn,
    decideBy: addDays(r.receivedOn, DECISION_DAYS),
    decision: r.decision,
    decisionReason: r.decisionReason,
    decidedOn: r.decidedOn,
    decidedByName: r.displayName ?? '',
    revision: r.revision
  }))
}

export async function findRecusalMatter(db: Kysely<Database>, id: string): Promise<RecusalMatter | null> {
  const row = await db.selectFrom('recusalMatter').select('assignmentId').where('id', '=', id).executeTakeFirst()
  if (!row) return null
  return (await recusalMattersOf(db, [row.assignmentId])).find((m) => m.id === id) ?? null
}

/** The conflicts the clerk recorded for a case, in the order recorded. */
export async function listConflicts(db: Kysely<Database>, caseId: string): Promise<CaseConflict[]> {
  const rows = await db
    .selectFrom('caseConflict')
    .innerJoin('expert', 'expert.id', 'caseConflict.expertId')
    .select(['caseConflict.caseId', 'caseConflict.expertId', 'expert.name', 'caseConflict.ground', 'caseConflict.reason', 'caseConflict.createdAt'])
    .where('caseConflict.caseId', '=', caseId)
    .orderBy('caseConflict.createdAt')
    .execute()
  return rows.map((r) => ({ caseId: r.caseId, expertId: r.expertId, expertName: r.name, ground: r.ground, reason: r.reason, recordedAt: r.createdAt }))
}
