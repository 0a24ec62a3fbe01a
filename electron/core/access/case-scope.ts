import type { Kysely } from 'kysely'
import type { User } from '../../shared/users'
import type { Database } from '../db/database'
import { caseOf } from './case-of'
import { listNarrowing, requireCase, requireOpinionReader, visibleCaseIds, type CaseAccess } from './case-access'

/** How a channel finds the case (or cases: an attachment several records name) its input is about; null when the record does not exist. */
export type CaseOf<I> = (db: Kysely<Database>, input: I) => Promise<string | readonly string[] | null>

/**
 * What every role-checked channel of the handler table declares about the
 * cases it touches (issue 11: access follows the case, checked in core for
 * every channel). `dispatch` enforces it before the handler runs:
 * - `none`: the channel touches no case's records (users, the expert pool,
 *   reference data, court settings, backups);
 * - `case`: it reads or changes the records of the one case `caseOf` finds
 *   from its input, checked with {@link requireCase}, or, for the opinion
 *   (`reader: 'opinion'`), with {@link requireOpinionReader};
 * - `across`: it lists records of many cases, narrowed to `call.visibleCases`;
 *   `caseFilter` names the input's own filter to one case, which the caller must be able to read.
 */
export type CaseScope<I> =
  | { kind: 'none' }
  | { kind: 'case'; mode: 'read' | 'write'; reader: 'case' | 'opinion' | ((input: I) => 'case' | 'opinion'); caseOf: CaseOf<I> }
  | { kind: 'across'; caseFilter: (input: I) => string | null | undefined }

/** A channel that touches no case's records. */
export const noCase = { kind: 'none' } as const satisfies CaseScope<unknown>

export function readsCase<I>(caseOf: CaseOf<I>): CaseScope<I> {
  return { kind: 'case', mode: 'read', reader: 'case', caseOf }
}

export function writesCase<I>(caseOf: CaseOf<I>): CaseScope<I> {
  return { kind: 'case', mode: 'write', reader: 'case', caseOf }
}

/** The not-for-release opinion (or, with a function, a document that may be it): read only by its readers. */
export function readsOpinion<I>(caseOf: CaseOf<I>, reader: 'opinion' | ((input: I) => 'case' | 'opinion') = 'opinion'): CaseScope<I> {
  return { kind: 'case', mode: 'read', reader, caseOf }
}

export function writesOpinion<I>(caseOf: CaseOf<I>): CaseScope<I> {
  return { kind: 'case', mode: 'write', reader: 'opinion', caseOf }
}

/** A list across cases, narrowed to the caller's cases; `caseFilter` is the input's own filter to one case. */
export function acrossCases<I>(caseFilter: (input: I) => string | null | undefined = () => null): CaseScope<I> {
  return { kind: 'across', caseFilter }
}

/** The case the input names by its `caseId`, as most case-scoped inputs do (null when there is no such case). */
export const inputCase = (db: Kysely<Database>, input: { caseId: string }) => caseOf.courtCase(db, input.caseId)

/**
 * Checks a call against its channel's declared case scope and gives the case
 * ids its lists are narrowed to (null: not narrowed, the whole court or the
 * one case the input names, checked).
 *
 * @throws AppError `forbidden` (`case_not_assigned`, `case_assignment_ended`, `opinion_not_public`)
 */
export async function enforceCaseScope<I>(
  db: Kysely<Database>,
  scope: CaseScope<I>,
  input: I,
  user: Pick<User, 'id' | 'role'>,
  access: CaseAccess
): Promise<readonly string[] | null> {
  if (scope.kind === 'across') return listNarrowing(access, scope.caseFilter(input))
  if (scope.kind === 'case') {
    const reader = typeof scope.reader === 'function' ? scope.reader(input) : scope.reader
    // The court's own staff see every case of it: only the opinion asks who they are.
    if (reader === 'opinion' || !access.court) await requireCaseOf(db, scope, reader, input, user, access)
  }
  return visibleCaseIds(access)
}

async function requireCaseOf<I>(
  db: Kysely<Database>,
  scope: Extract<CaseScope<I>, { kind: 'case' }>,
  reader: 'case' | 'opinion',
  input: I,
  user: Pick<User, 'id' | 'role'>,
  access: CaseAccess
): Promise<void> {
  const found = await scope.caseOf(db, input)
  // No such record: the handler answers its own not_found, the same for every caller.
  if (found === null) return
  const caseIds = typeof found === 'string' ? [found] : found
  let refusal: unknown = null
  for (const caseId of caseIds) {
    try {
      if (reader === 'opinion') await requireOpinionReader(db, access, user, caseId, scope.mode)
      else requireCase(access, caseId, scope.mode)
      return
    } catch (error) {
      refusal ??= error
    }
  }
  if (refusal !== null) throw refusal
}
