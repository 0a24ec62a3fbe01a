import type BetterSqlite3 from 'better-sqlite3'
import type { Transaction } from 'kysely'
import type { Database } from '../db/database'
import type { AuditedTable } from '../records/record-tables'
import { applyImportedRow, insertRecord, updateRecord, type RecordWriter, type StoredRow } from '../records/records'
import { resolutionFact } from './package-scope'
import type { PackageEvent } from './package-file'
import { sameRow } from './same-row'

export type Outcome = 'unchanged' | 'changed' | 'conflict'

/**
 * Merges one imported row event by the row's key; an event is applied only
 * when the row here is the row the other side changed from (its `before`),
 * or when a resolution of a conflict over this record settled it from the
 * row here to the event's row (the resolution travels with its event, and
 * settles a conflict waiting here too). Otherwise the event is kept in its
 * chain but held: superseded when the record already reads as the event
 * left it (the same change made on both sides, or the resolver's own change
 * a resolution replaced), else a conflict for a person. Nothing is ever
 * overwritten silently.
 */
export async function mergeRow(sqlite: BetterSqlite3.Database, trx: Transaction<Database>, writer: RecordWriter, table: AuditedTable, event: PackageEvent, packageId: string): Promise<Outcome> {
  const before = parseRow(event.before_json)
  const after = parseRow(event.after_json)
  const keyRow = (after ?? before)!
  const keyValues = table.keyColumns.map((c) => keyRow[c])
  const current = (sqlite.prepare(`select * from "${table.table}" where ${table.keyColumns.map((c) => `"${c}" = ?`).join(' and ')}`).get(...keyValues) as StoredRow | undefined) ?? null
  const resolutions = resolutionsOf(sqlite, table.table, event.entity_id)
  const open = await trx
    .selectFrom('exchangeConflict')
    .select(['id', 'revision'])
    .where('entityType', '=', table.table)
    .where('entityId', '=', event.entity_id)
    .where('status', '=', 'open')
    .executeTakeFirst()

  if (resolutions.some((r) => sameRow(table, r.resolved, after) && (sameRow(table, r.incoming, current) || sameRow(table, r.local, current)))) {
    await applyImportedRow(trx, table.table, keyRow, after)
    if (open) {
      await updateRecord(writer, 'exchangeConflict', open.id, {
        revision: open.revision,
        set: { status: 'resolved', resolvedAt: writer.now, resolvedBy: null, resolutionJson: JSON.stringify({ by: 'partner', packageId, eventId: event.id }) }
      })
    }
    return 'changed'
  }
  if (open) {
    // The other side went on changing a record that already waits for a person: the conflict now shows its latest row.
    await updateRecord(writer, 'exchangeConflict', open.id, { revision: open.revision, set: { incomingJson: event.after_json } })
    await insertRecord(writer, 'exchangeHeldEvent', { eventId: event.id, reason: 'conflict', conflictId: open.id })
    return 'conflict'
  }
  if (sameRow(table, current, before)) {
    await applyImportedRow(trx, table.table, keyRow, after)
    return sameRow(table, before, after) ? 'unchanged' : 'changed'
  }
  const voids = voidOutcome(table, current, after)
  if (voids === 'take') {
    await applyImportedRow(trx, table.table, keyRow, after)
    return 'changed'
  }
  if (voids === 'keep' || sameRow(table, current, after) || resolutions.some((r) => sameRow(table, r.local, after))) {
    await insertRecord(writer, 'exchangeHeldEvent', { eventId: event.id, reason: 'superseded', conflictId: null })
    return 'unchanged'
  }
  const conflictId = writer.newId()
  await insertRecord(writer, 'exchangeConflict', {
    id: conflictId,
    packageId,
    entityType: table.table,
    entityId: event.entity_id,
    caseId: caseIdOf(table, current ?? after ?? before),
    baseJson: event.before_json,
    localJson: current === null ? null : JSON.stringify(current),
    incomingJson: event.after_json,
    status: 'open',
    resolvedAt: null,
    resolvedBy: null,
    resolutionJson: null
  })
  await insertRecord(writer, 'exchangeHeldEvent', { eventId: event.id, reason: 'conflict', conflictId })
  return 'conflict'
}

const voidColumns = ['voided_at', 'voided_by', 'void_reason']

/**
 * Evidence is withdrawn by a void, never edited away, so two sides that
 * differ only in whether (and why) a record was voided do not conflict: the
 * void stands. A void from the other side is taken; when this side voided
 * first, its void is kept (the record was withdrawn either way).
 */
function voidOutcome(table: AuditedTable, current: StoredRow | null, after: StoredRow | null): 'take' | 'keep' | null {
  if (!current || !after || !table.columns.includes('voided_at')) return null
  const rest = { ...table, columns: table.columns.filter((c) => !voidColumns.includes(c)) }
  if (!sameRow(rest, current, after)) return null
  if (current.voided_at !== null && current.voided_at !== undefined) return 'keep'
  return after.voided_at !== null && after.voided_at !== undefined ? 'take' : null
}

interface Resolution {
  incoming: StoredRow | null
  local: StoredRow | null
  resolved: StoredRow | null
}

/** The resolutions (made here or on the other side) of conflicts over this record. */
function resolutionsOf(sqlite: BetterSqlite3.Database, table: string, entityId: string): Resolution[] {
  return (
    sqlite
      .prepare("select after_json from audit_event where entity_type = ? and json_extract(after_json, '$.entityType') = ? and json_extract(after_json, '$.entityId') = ?")
      .pluck()
      .all(resolutionFact, table, entityId) as string[]
  ).map((json) => JSON.parse(json) as Resolution)
}

function caseIdOf(table: AuditedTable, row: StoredRow | null): string | null {
  if (!row) return null
  if (table.table === 'court_case') return row.id as string
  return typeof row.case_id === 'string' ? row.case_id : null
}

function parseRow(json: string | null): StoredRow | null {
  return json === null ? null : (JSON.parse(json) as StoredRow)
}
