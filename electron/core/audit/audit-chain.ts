import type { Kysely, Selectable, Transaction } from 'kysely'
import type { Database } from '../db/database'
import { canonicalJson } from './canonical-json'
import { currentHashVersion, eventHash, genesisHash } from './event-hash'
import { signChainPoint, signingKeyOf } from './installation'

export interface AuditEntry {
  actor: { id: string; name: string }
  at: string
  channel: string
  entity: { type: string; id: string }
  before: unknown
  after: unknown
}

/**
 * Appends one event to this installation's chain; call inside the
 * transaction of the change it records. The event gets the next sequence
 * number of the local chain, links to its last hash, is hashed under the
 * current rule and signed with the installation's key (unsigned only when
 * written by a migration before the key is loaded; the head signed when the
 * folder opens then vouches for it).
 *
 * @returns the event's hash.
 * @throws TypeError when `before` or `after` holds a value that is not JSON (see `canonicalJson`).
 */
export async function appendAuditEvent(trx: Transaction<Database>, id: string, entry: AuditEntry): Promise<string> {
  const beforeJson = entry.before === undefined || entry.before === null ? null : canonicalJson(entry.before)
  const afterJson = entry.after === undefined || entry.after === null ? null : canonicalJson(entry.after)
  const stored: StoredContent = {
    id,
    at: entry.at,
    actorId: entry.actor.id,
    actorName: entry.actor.name,
    channel: entry.channel,
    entityType: entry.entity.type,
    entityId: entry.entity.id,
    beforeJson,
    afterJson
  }
  const installationId = await localInstallationId(trx)
  if (installationId === null) return appendBeforeIdentity(trx, stored, entry)

  const last = await trx
    .selectFrom('auditEvent')
    .select(['hash', 'chainSeq'])
    .where('installationId', '=', installationId)
    .orderBy('chainSeq', 'desc')
    .limit(1)
    .executeTakeFirst()
  const chainSeq = (last?.chainSeq ?? 0) + 1
  const prevHash = last?.hash ?? genesisHash
  const hash = eventHash({ ...entry, hashVersion: currentHashVersion, id, installationId, chainSeq, prevHash })
  const key = signingKeyOf(installationId)
  const signature = key ? signChainPoint(key, { installationId, seq: chainSeq, hash }) : null
  await trx
    .insertInto('auditEvent')
    .values({ ...stored, installationId, chainSeq, prevHash, hash, hashVersion: currentHashVersion, signature })
    .execute()
  return hash
}

/** The columns of an event that record what happened, as every schema version stores them. */
type StoredContent = Pick<Selectable<Database['auditEvent']>, 'id' | 'at' | 'actorId' | 'actorName' | 'channel' | 'entityType' | 'entityId' | 'beforeJson' | 'afterJson'>

/**
 * An event written while the folder has no identity yet (by a migration
 * that runs before the first open makes it): hash rule 1, linked by storage
 * order, written with the columns every schema version has. The first open
 * makes these the start of the new installation's chain.
 */
async function appendBeforeIdentity(trx: Transaction<Database>, stored: StoredContent, entry: AuditEntry): Promise<string> {
  const last = await trx.selectFrom('auditEvent').select(['hash', 'seq']).orderBy('seq', 'desc').limit(1).executeTakeFirst()
  const prevHash = last?.hash ?? genesisHash
  const hash = eventHash({ ...entry, hashVersion: 1, id: stored.id, installationId: '', chainSeq: 0, prevHash })
  await trx
    .insertInto('auditEvent')
    .values({ ...stored, prevHash, hash })
    .execute()
  return hash
}

/** This folder's installation id, or null before it has one (also while migrations older than the `installation` table run). */
export async function localInstallationId(db: Kysely<Database>): Promise<string | null> {
  try {
    const row = await db.selectFrom('installation').select('id').where('local', '=', 1).executeTakeFirst()
    return row?.id ?? null
  } catch (error) {
    if (error instanceof Error && /no such table: installation/.test(error.message)) return null
    throw error
  }
}

/** Whether a fingerprint printed by an older EcoCase (the hash of an event) is in the chain. */
export async function findFingerprint(db: Kysely<Database>, hash: string) {
  return db.selectFrom('auditEvent').select(['seq', 'at', 'channel']).where('hash', '=', hash.toLowerCase()).executeTakeFirst()
}
