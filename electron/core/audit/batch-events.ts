import type BetterSqlite3 from 'better-sqlite3'
import { batchContentJson } from './batch-json'
import { currentHashVersion, eventHashWithAfterJson, genesisHash } from './event-hash'
import { signChainPoint, signingKeyOf } from './installation'

/**
 * A batch event holds the rows one step of a bulk write inserted (a results
 * import), instead of one event per row: `entity.type` is the table's name
 * followed by this suffix, `entity.id` the import's id and the batch's number,
 * `before` null and `after` `{table, rows}`, each row as stored (SQLite
 * column names, `RETURNING *`). `verify`'s row replay binds every row of a
 * batch to its table as it binds a row event (audit/row-replay.ts).
 */
export const batchSuffix = '#batch'

export function batchEntityType(table: string): string {
  return `${table}${batchSuffix}`
}

/** What a batch event holds. */
export interface BatchContent {
  table: string
  rows: Record<string, unknown>[]
}

export interface BatchAuthor {
  actor: { id: string; name: string }
  at: string
  channel: string
  newId: () => string
}

/**
 * Appends batch events to the local installation's chain, hash-linked and
 * signed like every event, through statements prepared once for the whole
 * write; call inside the bulk write's transaction.
 *
 * @returns a function appending one batch event for `rows` of `table`.
 */
export function batchEventWriter(sqlite: BetterSqlite3.Database, author: BatchAuthor, table: string): (rows: Record<string, unknown>[]) => void {
  const installation = sqlite.prepare('select id from installation where local = 1').pluck().get() as string | undefined
  if (!installation) throw new Error('batch events need the installation identity')
  const installationId = installation
  const last = sqlite.prepare('select hash, chain_seq from audit_event where installation_id = ? order by chain_seq desc limit 1')
  const insert = sqlite.prepare(
    `insert into audit_event (id, at, actor_id, actor_name, channel, entity_type, entity_id, before_json, after_json, prev_hash, hash, installation_id, chain_seq, hash_version, signature)
     values (?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?)`
  )
  const key = signingKeyOf(installationId)
  const writeId = author.newId()
  let batch = 0
  return (rows) => {
    const id = author.newId()
    const content: BatchContent = { table, rows }
    const afterJson = batchContentJson(content)
    const previous = last.get(installationId) as { hash: string; chain_seq: number } | undefined
    const chainSeq = (previous?.chain_seq ?? 0) + 1
    const prevHash = previous?.hash ?? genesisHash
    const entity = { type: batchEntityType(table), id: `${writeId}#${++batch}` }
    const hash = eventHashWithAfterJson({ id, installationId, chainSeq, prevHash, actor: author.actor, at: author.at, channel: author.channel, entity, before: null }, afterJson)
    const signature = key ? signChainPoint(key, { installationId, seq: chainSeq, hash }) : null
    insert.run(id, author.at, author.actor.id, author.actor.name, author.channel, entity.type, entity.id, afterJson, prevHash, hash, installationId, chainSeq, currentHashVersion, signature)
  }
}
