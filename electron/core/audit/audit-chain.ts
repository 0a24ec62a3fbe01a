import { createHash } from 'node:crypto'
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../db/database'
import { canonicalJson } from './canonical-json'

/** The hash the first event of a chain points back to. */
export const genesisHash = '0'.repeat(64)

export interface AuditEntry {
  actor: { id: string; name: string }
  at: string
  channel: string
  entity: { type: string; id: string }
  before: unknown
  after: unknown
}

/** SHA-256 over the previous hash and a canonical JSON of the event. */
export function eventHash(prevHash: string, entry: AuditEntry): string {
  return createHash('sha256')
    .update(prevHash)
    .update(canonicalJson({ ...entry, before: entry.before ?? null, after: entry.after ?? null }))
    .digest('hex')
}

/** Appends one event to the chain; call inside the transaction of the change it records. */
export async function appendAuditEvent(trx: Transaction<Database>, id: string, entry: AuditEntry): Promise<string> {
  const last = await trx.selectFrom('auditEvent').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst()
  const prevHash = last?.hash ?? genesisHash
  const hash = eventHash(prevHash, entry)
  await trx
    .insertInto('auditEvent')
    .values({
      id,
      at: entry.at,
      actorId: entry.actor.id,
      actorName: entry.actor.name,
      channel: entry.channel,
      entityType: entry.entity.type,
      entityId: entry.entity.id,
      beforeJson: entry.before === undefined || entry.before === null ? null : canonicalJson(entry.before),
      afterJson: entry.after === undefined || entry.after === null ? null : canonicalJson(entry.after),
      prevHash,
      hash
    })
    .execute()
  return hash
}

export interface ChainVerdict {
  ok: boolean
  events: number
  /** The first event whose stored hash or link does not match, when `ok` is false. */
  firstBad?: { seq: number; id: string; channel: string; at: string; reason: string }
  latestHash: string
}

/** Recomputes the whole chain from its first event. */
export async function verifyAuditChain(db: Kysely<Database>): Promise<ChainVerdict> {
  const rows = await db.selectFrom('auditEvent').selectAll().orderBy('seq').execute()
  let prevHash = genesisHash
  for (const row of rows) {
    const bad = (reason: string): ChainVerdict => ({
      ok: false,
      events: rows.length,
      firstBad: { seq: row.seq, id: row.id, channel: row.channel, at: row.at, reason },
      latestHash: rows.at(-1)!.hash
    })
    if (row.prevHash !== prevHash) return bad('与前一事件的链接不符')
    let before: unknown
    let after: unknown
    try {
      before = row.beforeJson === null ? null : JSON.parse(row.beforeJson)
      after = row.afterJson === null ? null : JSON.parse(row.afterJson)
    } catch {
      return bad('事件内容无法解析')
    }
    const expected = eventHash(prevHash, {
      actor: { id: row.actorId, name: row.actorName },
      at: row.at,
      channel: row.channel,
      entity: { type: row.entityType, id: row.entityId },
      before,
      after
    })
    if (expected !== row.hash) return bad('事件内容与其哈希不符')
    prevHash = row.hash
  }
  return { ok: true, events: rows.length, latestHash: prevHash }
}

/** Whether a printed fingerprint is a hash in the chain. */
export async function findFingerprint(db: Kysely<Database>, hash: string) {
  return db.selectFrom('auditEvent').select(['seq', 'at', 'channel']).where('hash', '=', hash.toLowerCase()).executeTakeFirst()
}
