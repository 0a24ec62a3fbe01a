import type { Kysely } from 'kysely'
import { AppError } from '../../shared/errors'
import type { AssignmentStatus } from '../../shared/assignments'
import type { User } from '../../shared/users'
import type { Database } from '../db/database'

/**
 * The assignments that let an investigator change a case's records: notified
 * or active, the same ones whose investigators sign the case's opinion. A
 * completed, declined or recused assignment has ended: the investigator
 * keeps reading what they worked on, and changes nothing more.
 */
export const writingAssignmentStatuses: readonly AssignmentStatus[] = ['notified', 'active']

/**
 * The assignments that let an investigator read a case: the writing ones and
 * a completed one (read stays when the assignment ends). A proposed
 * assignment is not theirs yet (the parties are told first, 法释〔2019〕2号
 * art. 3); a declined or recused one never was, or was taken from them.
 */
export const readingAssignmentStatuses: readonly AssignmentStatus[] = [...writingAssignmentStatuses, 'completed']

/**
 * Which cases a caller may read and change (DESIGN.md, the trust model:
 * access follows the case). One installation is one court, so its judges,
 * clerks and administrator see every case of it; an investigator sees only
 * the cases they were assigned to, through the expert their account is
 * linked to.
 */
export type CaseAccess =
  | { court: true }
  | { court: false; readable: ReadonlySet<string>; writable: ReadonlySet<string>; statuses: ReadonlyMap<string, AssignmentStatus> }

/** The caller's case access, read once per call: an investigator's cases through their expert's notified, active or completed assignments. */
export async function caseAccessOf(db: Kysely<Database>, user: Pick<User, 'role' | 'expertId'>): Promise<CaseAccess> {
  if (user.role !== 'investigator') return { court: true }
  if (user.expertId === null) return { court: false, readable: new Set(), writable: new Set(), statuses: new Map() }
  const rows = await db
    .selectFrom('assignment')
    .select(['caseId', 'status'])
    .where('expertId', '=', user.expertId)
    .where('status', 'in', [...readingAssignmentStatuses])
    .orderBy('createdAt')
    .execute()
  const writable = new Set(rows.filter((r) => writingAssignmentStatuses.includes(r.status)).map((r) => r.caseId))
  // The latest assignment names the status; an open one among several wins, since it is the one that lets them write.
  const statuses = new Map<string, AssignmentStatus>()
  for (const r of rows) if (!writable.has(r.caseId) || writingAssignmentStatuses.includes(r.status)) statuses.set(r.caseId, r.status)
  return { court: false, readable: new Set(rows.map((r) => r.caseId)), writable, statuses }
}

/** The case ids a list is narrowed to, or null when the caller sees the whole court. */
export function visibleCaseIds(access: CaseAccess): string[] | null {
  return access.court ? null : [...access.readable]
}

/**
 * The narrowing of a list that may be filtered to one case: that case, which
 * the caller must be able to read (null: its own filter narrows the list),
 * or else the caller's visible cases.
 *
 * @throws AppError `forbidden` for a case the caller may not read
 */
export function listNarrowing(access: CaseAccess, caseId: string | null | undefined): string[] | null {
  if (caseId) {
    requireCase(access, caseId, 'read')
    return null
  }
  return visibleCaseIds(access)
}

/** A `where … in` list that matches nothing when the caller sees no case at all. */
export function inList(visible: readonly string[]): string[] {
  return visible.length > 0 ? [...visible] : ['']
}

export function mayRead(access: CaseAccess, caseId: string): boolean {
  return access.court || access.readable.has(caseId)
}

export function mayWrite(access: CaseAccess, caseId: string): boolean {
  return access.court || access.writable.has(caseId)
}

/**
 * Refuses a call on a case the caller may not read, or (`write`) change.
 *
 * @throws AppError `forbidden`
 */
export function requireCase(access: CaseAccess, caseId: string, mode: 'read' | 'write'): void {
  if (!mayRead(access, caseId)) throw new AppError('forbidden', 'case_not_assigned')
  if (mode === 'write' && !mayWrite(access, caseId)) throw new AppError('forbidden', 'case_assignment_ended')
}

/**
 * The technical investigation opinion is not for release (不公开): it is read
 * by the case's investigators, its judge and its clerk, and nobody else, the
 * administrator included.
 *
 * @throws AppError `forbidden`
 */
export async function requireOpinionReader(db: Kysely<Database>, access: CaseAccess, user: Pick<User, 'id' | 'role'>, caseId: string, mode: 'read' | 'write'): Promise<void> {
  if (user.role === 'investigator') return requireCase(access, caseId, mode)
  const courtCase = await db.selectFrom('courtCase').select(['judgeId', 'clerkId']).where('id', '=', caseId).executeTakeFirst()
  if (!courtCase) return
  const own = (user.role === 'judge' && courtCase.judgeId === user.id) || (user.role === 'clerk' && courtCase.clerkId === user.id)
  if (!own) throw new AppError('forbidden', 'opinion_not_public')
}
