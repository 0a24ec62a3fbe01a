import { inList } from '../access/case-access'
import type { Kysely } from 'kysely'
import { homeListLimit, type AwaitingAssignment } from '../../shared/home'
import type { Database } from '../db/database'
import { countUpTo } from '../db/keyset'

/**
 * The cases the clerk has still to assign an investigator to: not closed,
 * and no assignment proposed, notified, active or completed (a declined or
 * recused one leaves the case waiting again). The first
 * {@link homeListLimit}, newest filed first, and their count.
 */
export async function casesAwaitingAssignment(db: Kysely<Database>, caseIds: readonly string[] | null): Promise<AwaitingAssignment> {
  const ofCourt = db.selectFrom('courtCase')
  const waiting = (caseIds === null ? ofCourt : ofCourt.where('courtCase.id', 'in', inList(caseIds)))
    .where('courtCase.status', '!=', 'closed')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('assignment')
            .select('assignment.id')
            .whereRef('assignment.caseId', '=', 'courtCase.id')
            .where('assignment.status', 'in', ['proposed', 'notified', 'active', 'completed'])
        )
      )
    )
  const rows = await waiting
    .select(['courtCase.id as caseId', 'courtCase.caseNumber', 'courtCase.cause', 'courtCase.status', 'courtCase.filedOn'])
    .orderBy('courtCase.filedOn', 'desc')
    .orderBy('courtCase.id', 'desc')
    .limit(homeListLimit)
    .execute()
  const total = rows.length < homeListLimit ? rows.length : await countUpTo(db, waiting.select('courtCase.id'))
  return { total, items: rows }
}
