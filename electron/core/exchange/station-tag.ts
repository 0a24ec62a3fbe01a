import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import { keyFingerprint } from './partners'

/**
 * Samples are numbered offline on several laptops at once, and a sample code
 * is unique: two investigators of one case would both write `…-SW-001`. A
 * sample numbered on an installation other than the one that registered the
 * case (an investigator's laptop) carries that installation's tag, the first
 * four digits of its key's fingerprint (`…-SW-001-A7F3`), so the court can
 * take both sets without renumbering a labelled bottle.
 *
 * @returns the tag, or null when this installation registered the case (or it was made before exchange existed).
 */
export async function stationTag(db: Kysely<Database>, caseId: string): Promise<string | null> {
  const local = await db.selectFrom('installation').select(['id', 'publicKey']).where('local', '=', 1).executeTakeFirst()
  const first = await db
    .selectFrom('auditEvent')
    .select('installationId')
    .where('entityType', '=', 'court_case')
    .where('entityId', '=', caseId)
    .orderBy('seq')
    .limit(1)
    .executeTakeFirst()
  if (!local || !first?.installationId || first.installationId === local.id) return null
  return keyFingerprint(local.publicKey).slice(0, 4)
}
