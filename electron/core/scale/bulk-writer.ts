import type BetterSqlite3 from 'better-sqlite3'
import { canonicalJson } from '../audit/canonical-json'
import { currentHashVersion, eventHash, genesisHash } from '../audit/event-hash'
import { signingKeyOf } from '../audit/installation'
import { rowKey, type AuditedTable } from '../records/record-tables'

/** Who writes a bulk row, as its audit event names them. */
export interface BulkActor {
  id: string
  name: string
  channel: string
}

type StoredRow = Record<string, unknown>

/** What naming a row in its event needs (records' `rowKey`). */
type KeyedTable = Pick<AuditedTable, 'table' | 'keyColumns'>

/**
 * The bulk path of seed-scale (issue 15): a province's volume through the
 * write functions of `electron/core/records` would take hours, since each
 * row costs several kysely round trips. This writer keeps the records
 * module's contract (DESIGN.md, the trust model): every row written gets
 * its own audit event holding the row as stored (`INSERT … RETURNING *`,
 * so defaults a later migration adds are in the event too), `entity.type`
 * the table, `entity.id` by records' `rowKey`, hashed under the current rule
 * and chained, so `verify` replays the events into the tables exactly as for
 * rows the app wrote.
 *
 * Its events are not signed one by one (Ed25519 is half the cost of an
 * event); the caller signs a chain head through the app's own
 * `signChainHead` every few thousand events and at the end, as the app does
 * for events written during a migration: `verify` checks each event's
 * signature only after the last signed head, and every head vouches for the
 * hash chain up to it.
 *
 * It continues the local chain from its tip and assumes nothing else writes
 * while it runs; the caller wraps batches in transactions ({@link batch})
 * and calls {@link continueChain} after anything else appended events.
 */
export class BulkWriter {
  private readonly inserts = new Map<string, BetterSqlite3.Statement>()
  private readonly shapes = new Map<string, KeyedTable>()
  private readonly insertEvent: BetterSqlite3.Statement
  private readonly installationId: string
  private chainSeq = 0
  private prevHash = genesisHash
  /** Events appended by this writer since it started. */
  events = 0
  /** Rows written, by table. */
  readonly counts = new Map<string, number>()

  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    private readonly newId: () => string
  ) {
    const local = sqlite.prepare('select id from installation where local = 1').get() as { id: string } | undefined
    // Only a folder whose key is loaded may extend its chain (and sign the heads that vouch for these events).
    if (!local || !signingKeyOf(local.id)) throw new Error('此数据文件夹的安装密钥未载入，无法写入审计链')
    this.installationId = local.id
    this.insertEvent = sqlite.prepare(
      `insert into audit_event (id, at, actor_id, actor_name, channel, entity_type, entity_id, before_json, after_json,
         prev_hash, hash, installation_id, chain_seq, hash_version, signature)
       values (?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, null)`
    )
    this.continueChain()
  }

  /** Takes up the chain from its tip (also after the app appended events, such as a signed head). */
  continueChain(): void {
    const tip = this.sqlite.prepare('select chain_seq, hash from audit_event where installation_id = ? order by chain_seq desc limit 1').get(this.installationId) as
      | { chain_seq: number; hash: string }
      | undefined
    this.chainSeq = tip?.chain_seq ?? 0
    this.prevHash = tip?.hash ?? genesisHash
  }

  /** Runs `work` in one transaction (a few thousand rows each keeps the WAL small and the writer fast). */
  batch(work: () => void): void {
    this.sqlite.transaction(work)()
  }

  /**
   * Inserts one row (columns by SQLite name) and appends its audit event, at
   * `at` (the row's own creation time in the simulated five years).
   *
   * @returns the row as stored.
   */
  insert(table: string, row: StoredRow, actor: BulkActor, at: string): StoredRow {
    const columns = Object.keys(row)
    const statementKey = `${table}(${columns.join(',')})`
    let insert = this.inserts.get(statementKey)
    if (!insert) {
      const list = columns.map((c) => `"${c}"`).join(', ')
      insert = this.sqlite.prepare(`insert into "${table}" (${list}) values (${columns.map(() => '?').join(', ')}) returning *`)
      this.inserts.set(statementKey, insert)
    }
    const stored = insert.get(...columns.map((c) => row[c])) as StoredRow
    this.appendRowEvent(this.shape(table), stored, actor, at)
    this.counts.set(table, (this.counts.get(table) ?? 0) + 1)
    return stored
  }

  private appendRowEvent(shape: KeyedTable, after: StoredRow, actor: BulkActor, at: string): void {
    const id = this.newId()
    const chainSeq = this.chainSeq + 1
    const entity = { type: shape.table, id: rowKey(shape, after) }
    const hash = eventHash({
      hashVersion: currentHashVersion,
      id,
      installationId: this.installationId,
      chainSeq,
      prevHash: this.prevHash,
      actor: { id: actor.id, name: actor.name },
      at,
      channel: actor.channel,
      entity,
      before: null,
      after
    })
    this.insertEvent.run(
      id,
      at,
      actor.id,
      actor.name,
      actor.channel,
      entity.type,
      entity.id,
      canonicalJson(after),
      this.prevHash,
      hash,
      this.installationId,
      chainSeq,
      currentHashVersion
    )
    this.events++
    this.chainSeq = chainSeq
    this.prevHash = hash
  }

  private shape(table: string): KeyedTable {
    let shape = this.shapes.get(table)
    if (!shape) {
      const info = this.sqlite.prepare('select name, pk from pragma_table_info(?) order by cid').all(table) as { name: string; pk: number }[]
      const keyColumns = info
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name)
      shape = { table, keyColumns }
      this.shapes.set(table, shape)
    }
    return shape
  }
}
