import { inList } from '../access/case-access'
import type { Kysely } from 'kysely'
import { AppError } from '../../shared/errors'
import type { ExchangeConflict } from '../../shared/exchange'
import type { Call } from '../call'
import type { Database } from '../db/database'
import { stampColumnNames } from '../db/record-stamp'
import { describeTable, kyselyName, type AuditedTable } from '../records/record-tables'
import { checkRevision, findStoredRow, recordFact, updateRecord, type RecordKey, type RecordTable, type StoredRow } from '../records/records'
import { resolutionFact } from './package-scope'
import type { Selectable } from 'kysely'

/** Columns the write mechanism keeps: a resolution never chooses them. */
const stampColumns = new Set(stampColumnNames)

export async function listConflicts(
  db: Kysely<Database>,
  filter: { status?: 'open' | 'resolved'; caseId?: string },
  caseIds: readonly string[] | null
): Promise<ExchangeConflict[]> {
  let query = db.selectFrom('exchangeConflict').selectAll().orderBy('createdAt')
  if (filter.status) query = query.where('status', '=', filter.status)
  if (filter.caseId) query = query.where('caseId', '=', filter.caseId)
  if (caseIds !== null) query = query.where('caseId', 'in', inList(caseIds))
  const rows = await query.execute()
  const shapes = new Map<string, AuditedTable>()
  const result: ExchangeConflict[] = []
  for (const row of rows) {
    const shape = shapes.get(row.entityType) ?? (await describeTable(db, row.entityType))
    shapes.set(row.entityType, shape)
    result.push(toConflict(shape, row))
  }
  return result
}

/** Field by field: every column but the stamp whose value differs between the two sides. */
function toConflict(shape: AuditedTable, row: Selectable<Database['exchangeConflict']>): ExchangeConflict {
  const local = parse(row.localJson)
  const incoming = parse(row.incomingJson)
  const base = parse(row.baseJson)
  const fields = shape.columns
    .filter((c) => !stampColumns.has(c))
    .filter((c) => JSON.stringify(local?.[c] ?? null) !== JSON.stringify(incoming?.[c] ?? null))
    .map((column) => ({ column, local: local?.[column] ?? null, incoming: incoming?.[column] ?? null, base: base?.[column] ?? null }))
  return {
    id: row.id,
    packageId: row.packageId,
    entityType: row.entityType,
    entityId: row.entityId,
    caseId: row.caseId,
    status: row.status,
    fields,
    localDeleted: local === null,
    incomingDeleted: incoming === null,
    resolvedAt: row.resolvedAt,
    resolvedBy: row.resolvedBy,
    revision: row.revision
  }
}

/**
 * Settles a conflict as a person chose, field by field (or one whole side):
 * the chosen row is written here through the write mechanism (a new
 * revision, an event in this installation's chain), the choice is kept as an
 * `exchange.resolution` fact naming both sides, and the conflict is closed.
 * Fact and row travel in the next package, where they settle the same record
 * on the other side without a second conflict.
 *
 * @throws AppError `not_found`; `invalid_input` for a settled conflict, an unknown column, or a field choice on a deleted row; `conflict` when stale.
 */
export async function resolveConflict(
  call: Call,
  input: { conflictId: string; revision: number; choices: Record<string, 'local' | 'incoming'>; keep: 'local' | 'incoming' | 'fields' }
): Promise<ExchangeConflict> {
  const row = await call.db.selectFrom('exchangeConflict').selectAll().where('id', '=', input.conflictId).executeTakeFirst()
  if (!row) throw new AppError('not_found', 'conflict_not_found')
  if (row.status !== 'open') throw new AppError('invalid_input', 'conflict_resolved')
  checkRevision(row, input.revision)
  const shape = await describeTable(call.db, row.entityType)
  const incoming = parse(row.incomingJson)
  const keyRow = (incoming ?? parse(row.localJson))!
  const table = kyselyName(shape.table) as RecordTable
  const key: RecordKey = shape.keyColumns.length === 1 ? String(keyRow[shape.keyColumns[0]!]) : Object.fromEntries(shape.keyColumns.map((c) => [kyselyName(c), keyRow[c] as string | number]))
  const current = await findStoredRow(call.db, table, key)
  if (current === null || incoming === null) {
    throw new AppError('invalid_input', 'conflict_deleted_side')
  }
  const chosen: StoredRow = {}
  for (const [column, side] of Object.entries(input.keep === 'fields' ? input.choices : {})) {
    if (!shape.columns.includes(column) || stampColumns.has(column) || shape.keyColumns.includes(column)) throw new AppError('invalid_input', 'conflict_column_not_choosable', { column })
    if (side === 'incoming') chosen[column] = incoming[column]
  }
  if (input.keep === 'incoming') {
    for (const column of shape.columns) if (!stampColumns.has(column) && !shape.keyColumns.includes(column)) chosen[column] = incoming[column]
  }
  const set = Object.fromEntries(Object.entries(chosen).map(([c, v]) => [kyselyName(c), v]))
  const revision = typeof current.revision === 'number' ? current.revision : undefined
  await updateRecord(call, table, key, { revision, set: set as never })
  const resolved = await findStoredRow(call.db, table, key)
  await recordFact(call, resolutionFact, row.id, {
    conflictId: row.id,
    entityType: row.entityType,
    entityId: row.entityId,
    local: current,
    incoming,
    resolved,
    choices: input.keep === 'fields' ? input.choices : input.keep
  })
  const closed = await updateRecord(call, 'exchangeConflict', row.id, {
    revision: row.revision,
    set: { status: 'resolved', resolvedAt: call.now, resolvedBy: call.user.id, resolutionJson: JSON.stringify({ by: 'person', keep: input.keep, choices: input.choices }) }
  })
  return toConflict(shape, closed)
}

function parse(json: string | null): StoredRow | null {
  return json === null ? null : (JSON.parse(json) as StoredRow)
}
