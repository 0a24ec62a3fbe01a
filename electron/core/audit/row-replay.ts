import type { AuditedTable } from '../records/record-tables'
import type { ForensicDb } from './forensic-db'
import type { Findings } from './forensic-report'
import { part, type VerifyParams, type VerifyPart } from '../../shared/verify-reasons'
import { batchEntityType, batchSuffix } from './batch-events'

/** An audited table (records' registry): its row events carry `entity.type` = `table` and `entity.id` = the row's key. */
export type ReplayedTable = Pick<AuditedTable, 'table' | 'keyColumns' | 'columns' | 'defaults'>

type StoredRow = Record<string, unknown>

const page = 500

/**
 * Recomputes every stored row from the audit trail and compares it with the
 * table: the state of a row is the `after` of its last event (null when the
 * app deleted it). A row whose columns differ, a row missing from the table,
 * a deleted row back in it, and a row no event explains are each reported
 * with the table, the key and the fields that differ. Memory holds one page
 * of events and one row at a time: the events are read in key order through
 * the `(entity_type, entity_id)` index and each row is looked up by its key.
 *
 * @param rowKey the rule naming a row in events (records' `rowKey`).
 * @returns how many rows were compared.
 */
export function replayRows(
  f: ForensicDb,
  tables: readonly ReplayedTable[],
  rowKey: (table: ReplayedTable, row: StoredRow) => string,
  findings: Findings,
  options: { since?: ChangesSince; progress?: (tablesDone: number) => void } = {}
): number {
  const since = options.since
  let compared = 0
  for (const [done, table] of tables.entries()) {
    compared += replayTable(f, table, rowKey, findings, since ? { since: since.seq, ids: [...(since.rows.get(table.table) ?? [])] } : null)
    options.progress?.(done + 1)
  }
  return compared
}

/** What the events stored after a point (`seq`) changed: what an incremental check looks at. */
export interface ChangesSince {
  seq: number
  /** The rows named by row events, by table (a batch event's rows are replayed from the event itself). */
  rows: Map<string, Set<string>>
  /** Every entity type named, a batch event's by its table's name. */
  tables: Set<string>
}

/** The changes since `seq`, read a page of events at a time. */
export function changesSince(f: ForensicDb, seq: number): ChangesSince {
  const rows = new Map<string, Set<string>>()
  const tables = new Set<string>()
  const events = f.sqlite.prepare('select seq, entity_type, entity_id from audit_event where seq > ? order by seq limit ?')
  for (let after = seq; ; ) {
    const page_ = events.all(after, page) as { seq: number; entity_type: string; entity_id: string }[]
    for (const event of page_) {
      if (event.entity_type.endsWith(batchSuffix)) {
        tables.add(event.entity_type.slice(0, -batchSuffix.length))
        continue
      }
      tables.add(event.entity_type)
      let ids = rows.get(event.entity_type)
      if (!ids) rows.set(event.entity_type, (ids = new Set()))
      ids.add(event.entity_id)
    }
    if (page_.length < page) return { seq, rows, tables }
    after = page_.at(-1)!.seq
  }
}

interface LastEvent {
  entityId: string
  seq: number
  channel: string
  at: string
  /** The row after the entity's last row event (null when the app deleted it); undefined while it has only events in the old view format. */
  state: StoredRow | null | undefined
  /** The key columns of the row (from `after`, or `before` of a delete). */
  key: StoredRow | null
  /** The `after` of the entity's previous event as written, whatever its format, that event's number and installation. */
  previous: { after: StoredRow | null; seq: number; installationId: string | null } | null
}

function replayTable(
  f: ForensicDb,
  table: ReplayedTable,
  rowKey: (table: ReplayedTable, row: StoredRow) => string,
  findings: Findings,
  only: { since: number; ids: string[] } | null
): number {
  // An imported event held by the exchange (a conflict waiting, a change already made here) was never applied to its row.
  const held = f.sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'exchange_held_event'").get()
    ? 'and id not in (select event_id from exchange_held_event)'
    : ''
  const events = f.sqlite.prepare(
    `select seq, entity_id, channel, at, before_json, after_json, installation_id from audit_event where entity_type = ? and (entity_id, seq) > (?, ?) ${held} order by entity_id, seq limit ?`
  )
  const keyWhere = table.keyColumns.map((c) => `"${c}" = ?`).join(' and ')
  const findRow = f.sqlite.prepare(`select * from "${table.table}" where ${keyWhere}`)
  const findById = table.keyColumns.length === 1 ? f.sqlite.prepare(`select 1 from "${table.table}" where "${table.keyColumns[0]}" = ?`) : null
  const columns = new Set(table.columns)
  let compared = 0
  let last: LastEvent | null = null
  const settle = (done: LastEvent) => {
    if (done.state === undefined) {
      // Only events written before the write mechanism stored rows: a view, not the row, so no field can be compared.
      if (findById?.get(done.entityId)) findings.add('row', 'row_old_format_only', { row: part('row_in_table', { table: table.table, id: done.entityId }) })
      return
    }
    compared++
    compareRow(table, done, done.key ? (findRow.get(...table.keyColumns.map((c) => done.key![c])) as StoredRow | undefined) : undefined, findings)
  }
  const ofEntity = f.sqlite.prepare(`select seq, entity_id, channel, at, before_json, after_json, installation_id from audit_event where entity_type = ? and entity_id = ? ${held} order by seq`)
  const nextIds = only ? only.ids.sort() : null
  let nextId = 0
  let cursor: [string, number] = ['', 0]
  for (;;) {
    // Incremental: the events of the rows touched since, one row at a time; full: every event of the table, a page at a time.
    const rows = (nextIds ? (nextId < nextIds.length ? ofEntity.all(table.table, nextIds[nextId++]) : []) : events.all(table.table, cursor[0], cursor[1], page)) as {
      seq: number
      entity_id: string
      channel: string
      at: string
      before_json: string | null
      after_json: string | null
      installation_id: string | null
    }[]
    for (const row of rows) {
      if (last && last.entityId !== row.entity_id) {
        settle(last)
        last = null
      }
      last ??= { entityId: row.entity_id, seq: row.seq, channel: row.channel, at: row.at, state: undefined, key: null, previous: null }
      const after = parse(row.after_json)
      const before = parse(row.before_json)
      checkContinuity(table, last, row, before, findings)
      last.previous = { after, seq: row.seq, installationId: row.installation_id }
      const sample = after ?? before
      // A row event holds the stored row keyed by the table's own columns; anything else is an old-format view.
      if (!sample || !Object.keys(sample).every((c) => columns.has(c))) continue
      Object.assign(last, {
        seq: row.seq,
        channel: row.channel,
        at: row.at,
        state: after ?? null,
        key: table.keyColumns.every((c) => c in sample) ? sample : null
      })
    }
    if (nextIds) {
      if (nextId >= nextIds.length) break
      continue
    }
    if (rows.length < page) break
    const end = rows.at(-1)!
    cursor = [end.entity_id, end.seq]
  }
  if (last) settle(last)
  const batched = replayBatches(f, table, rowKey, findRow, findings, only?.since ?? 0)
  // Finding a row no event names reads the whole table: a full check's part, not an incremental one's.
  if (!only) findUnexplainedRows(f, table, rowKey, batched.keys, findings)
  return compared + batched.compared
}

/**
 * The rows of the table's batch events (a results import: audit/batch-events.ts),
 * each bound to its table as a row event is: a row no later row event
 * changed must read as the batch stored it, and must still be there. A row a
 * later event changed (a result voided) is compared at that event's state by
 * the replay above. Memory holds one batch event, and the keys of the
 * batched rows (for the unexplained-rows check).
 */
function replayBatches(
  f: ForensicDb,
  table: ReplayedTable,
  rowKey: (table: ReplayedTable, row: StoredRow) => string,
  findRow: { get: (...key: unknown[]) => unknown },
  findings: Findings,
  since: number
): { compared: number; keys: Set<string> } {
  const keys = new Set<string>()
  const batches = f.sqlite.prepare('select seq, channel, at, after_json from audit_event where entity_type = ? and seq > ? order by seq limit 20')
  const lastRowEvent = f.sqlite.prepare('select max(seq) from audit_event where entity_type = ? and entity_id = ?').pluck()
  let compared = 0
  for (let after = since; ; ) {
    const events = batches.all(batchEntityType(table.table), after) as { seq: number; channel: string; at: string; after_json: string | null }[]
    for (const event of events) {
      after = event.seq
      const content = parse(event.after_json) as { table?: unknown; rows?: unknown } | null
      if (!content || content.table !== table.table || !Array.isArray(content.rows)) {
        findings.add('row', 'row_batch_unreadable', { event: { reason: 'event_at', params: { seq: event.seq, channel: event.channel, at: event.at } } })
        continue
      }
      for (const row of content.rows as StoredRow[]) {
        const entityId = rowKey(table, row)
        keys.add(entityId)
        if (((lastRowEvent.get(table.table, entityId) as number | null) ?? 0) > event.seq) continue
        compared++
        const key = table.keyColumns.every((c) => c in row) ? row : null
        const state = { entityId, seq: event.seq, channel: event.channel, at: event.at, state: row, key, previous: null }
        compareRow(table, state, key ? (findRow.get(...table.keyColumns.map((c) => key[c])) as StoredRow | undefined) : undefined, findings)
      }
    }
    if (events.length < 20) break
  }
  return { compared, keys }
}

/**
 * An event's `before` must be the row its previous event left: a difference
 * means the row was changed outside the app between the two (for instance
 * just before a migration rewrote it, which would otherwise carry the change
 * into the chain). Compared only between rows of one shape (the same
 * columns), so an old-format view or a migration that reshaped the row is
 * not mistaken for a change.
 */
function checkContinuity(
  table: ReplayedTable,
  last: LastEvent,
  event: { seq: number; channel: string; at: string; installation_id: string | null },
  before: StoredRow | null,
  findings: Findings
) {
  const previous = last.previous?.after
  if (!previous || !before) return
  // Across installations `before` is the row as the other side held it: its stamp may differ (each side seeds its own
  // reference rows) while it says the same, or it was merged here. The row's final state is still compared with the table.
  if (last.previous!.installationId !== event.installation_id && event.installation_id !== null && last.previous!.installationId !== null) return
  const columns = Object.keys(before)
  if (columns.length !== Object.keys(previous).length || !columns.every((c) => c in previous)) return
  const differing = columns.filter((c) => !sameValue(before[c], previous[c]))
  if (differing.length === 0) return
  findings.add('row', 'row_continuity', {
    row: part('row_in_table', { table: table.table, id: last.entityId }),
    event: { reason: 'event_at', params: { seq: event.seq, channel: event.channel, at: event.at } },
    previousSeq: last.previous!.seq,
    columns: differing
  })
}

function compareRow(table: ReplayedTable, last: LastEvent, stored: StoredRow | undefined, findings: Findings) {
  // Worded only for a finding.
  const where = (): VerifyParams => ({ row: part('row_in_table', { table: table.table, id: last.entityId }), event: part('event_at', { seq: last.seq, channel: last.channel, at: last.at }) })
  if (!last.key) {
    findings.add('row', 'row_no_key', where())
    return
  }
  if (last.state === null) {
    if (stored) findings.add('row', 'row_back', where())
    return
  }
  if (!stored) {
    findings.add('row', 'row_deleted', where())
    return
  }
  // A column added by a later migration is absent from older events: the row then holds the column's default.
  const state = last.state!
  const expected = (column: string) => (column in state ? state[column] : table.columns.includes(column) ? (table.defaults[column] ?? null) : undefined)
  // Compared column by column, no merged copy of the row: two million rows at a province.
  const differing = Object.keys(stored).filter((column) => !sameValue(stored[column], expected(column)))
  for (const column of Object.keys(state)) if (!(column in stored)) differing.push(column)
  for (const column of table.columns) if (!(column in stored) && !(column in state)) differing.push(column)
  if (differing.length > 0) {
    const details = differing.map((column): VerifyPart => ({ reason: 'row_field', params: { column, stored: show(stored[column]), chain: show(expected(column)) } }))
    findings.add('row', 'row_changed', { ...where(), columns: differing, details })
  }
}

/** Rows that no event names were added outside the app. */
function findUnexplainedRows(f: ForensicDb, table: ReplayedTable, rowKey: (table: ReplayedTable, row: StoredRow) => string, batched: Set<string>, findings: Findings) {
  // The key columns only: the rule naming a row needs no other, and a whole row of every table was read for it.
  const keys = table.keyColumns.map((c) => `"${c}"`).join(', ')
  const rows = f.sqlite.prepare(`select rowid as "rowid:ecocase", ${keys} from "${table.table}" where rowid > ? order by rowid limit ?`)
  const hasEvent = f.sqlite.prepare('select 1 from audit_event where entity_type = ? and entity_id = ? limit 1')
  let after = 0
  for (;;) {
    const batch = rows.all(after, page) as StoredRow[]
    for (const row of batch) {
      const rowid = row['rowid:ecocase'] as number
      const id = rowKey(table, row)
      if (!batched.has(id) && !hasEvent.get(table.table, id)) findings.add('row', 'row_unexplained', { row: part('row_in_table', { table: table.table, id }) })
      after = rowid
    }
    if (batch.length < page) return
  }
}

function parse(json: string | null): StoredRow | null {
  if (json === null) return null
  try {
    const value = JSON.parse(json) as unknown
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as StoredRow) : null
  } catch {
    return null
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === undefined || b === undefined) return false
  return JSON.stringify(a) === JSON.stringify(b)
}

function show(value: unknown): string | VerifyPart {
  if (value === undefined) return { reason: 'value_no_field' }
  const text = JSON.stringify(value)
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}
