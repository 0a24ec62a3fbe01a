/**
 * The one write mechanism: every insert, update and void of a stored row goes
 * through this module. It checks the revision, writes the row, re-reads the
 * row as stored and appends the audit event holding it (`entity.type` the
 * SQLite table name, `entity.id` the key by {@link rowKey}'s rule,
 * `before`/`after` the stored rows keyed by SQLite column names), all in the
 * call's one transaction, so `verify` can replay the events into the tables.
 * A handler states only its domain rule. Facts that are not row changes go
 * through {@link recordFact}.
 */
import { sql, type Insertable, type Kysely, type Selectable, type Transaction, type Updateable } from 'kysely'
import { AppError } from '../../shared/errors'
import type { Database } from '../db/database'
import { appendAuditEvent } from '../audit/audit-chain'
import { describeTable, kyselyName, rowKey, sqliteName, type AuditedTable } from './record-tables'
import { followRowChange } from '../search/search-index'
import { noteRowWrite } from '../users/caller-cache'

/**
 * What a write needs from its call: the call's one transaction, who makes
 * the change, through which channel, at which time. A handler's `Call` is one.
 */
export interface RecordWriter {
  db: Kysely<Database>
  user: { id: string; displayName: string }
  channel: string
  now: string
  newId: () => string
}

/** A table of the kysely schema that holds records (everything but the audit trail). */
export type RecordTable = Exclude<keyof Database, 'auditEvent' | 'installation' | 'userCredential'>

type StampKey = 'createdAt' | 'updatedAt' | 'updatedBy' | 'revision'
type VoidKey = 'voidedAt' | 'voidedBy' | 'voidReason'

/** The columns a caller gives for a new row: the stamp (and void columns) are the module's. */
export type NewRow<T extends RecordTable> = 'revision' extends keyof Database[T]
  ? Omit<Insertable<Database[T]>, StampKey | VoidKey>
  : Insertable<Database[T]>

/** The columns a caller may change: never the stamp, never the void columns (see {@link voidRecord}). */
export type RowChanges<T extends RecordTable> = Omit<Updateable<Database[T]>, StampKey | VoidKey>

/** A row as kysely reads it. */
export type Row<T extends RecordTable> = Selectable<Database[T]>

/** A primary key: the value of a single-column key, or every key column by its kysely name. */
export type RecordKey = string | Record<string, string | number>

/** A row keyed by SQLite column names, values as stored: what audit events hold. */
export type StoredRow = Record<string, unknown>

/**
 * The one refusal of a stale write: the record changed since the caller read it.
 * Every revision check of the app throws this.
 */
export function staleRevision(): AppError {
  return new AppError('conflict', 'stale_revision')
}

/**
 * Refuses early, with {@link staleRevision}, a change based on a revision
 * other than the record's: for a handler whose domain checks read the record
 * first, so a stale caller hears "refresh" rather than a rule about old data.
 * The write functions check again as they write.
 */
export function checkRevision(record: { revision: number }, revision: number): void {
  if (record.revision !== revision) throw staleRevision()
}

/**
 * Inserts one row and appends its audit event (`before: null`, `after`: the
 * row as stored). A table with the stamp columns gets `created_at`,
 * `updated_at`, `updated_by` and `revision: 0` from the call; a table with
 * void columns starts unvoided.
 *
 * @returns the stored row as kysely reads it.
 */
export async function insertRecord<T extends RecordTable>(call: RecordWriter, table: T, values: NewRow<T>): Promise<Row<T>> {
  const trx = transactionOf(call)
  const shape = await describeTable(trx, sqliteName(table))
  const row: Record<string, unknown> = { ...values }
  if (shape.columns.includes('revision')) Object.assign(row, { createdAt: call.now, updatedAt: call.now, updatedBy: call.user.id, revision: 0 })
  if (shape.columns.includes('voided_at')) Object.assign(row, { voidedAt: null, voidedBy: null, voidReason: '' })
  await trx.insertInto(table).values(row as never).execute()
  const after = await readStored(trx, shape, keyOfValues(shape, row))
  await appendRowEvent(call, shape, null, after!)
  return camelRow(after!) as Row<T>
}

/**
 * Updates one row over the revision the caller read: refuses a stale revision
 * with {@link staleRevision} before writing anything, bumps the revision and
 * stamps the change, then appends the event holding the stored row before and
 * after. A table without a `revision` column (a link row) is updated without
 * a check and `revision` must be left out.
 *
 * @throws AppError `not_found` when no row has the key; `conflict` when the revision is stale.
 */
export async function updateRecord<T extends RecordTable>(
  call: RecordWriter,
  table: T,
  key: RecordKey,
  change: { revision?: number; set: RowChanges<T> }
): Promise<Row<T>> {
  return (await writeUpdate(call, table, key, change.revision, change.set as Record<string, unknown>)) as Row<T>
}

/**
 * Voids a record, the one way evidence is withdrawn: the row stays, with who
 * voided it (`voided_by`), when (`voided_at`) and why (`void_reason`), and
 * the event records it. Refuses a record already voided and a stale revision.
 *
 * @throws AppError `not_found`, `invalid_input` when already voided, `conflict` when stale.
 */
export async function voidRecord<T extends RecordTable>(
  call: RecordWriter,
  table: T,
  key: RecordKey,
  change: { revision: number; reason: string }
): Promise<Row<T>> {
  const trx = transactionOf(call)
  const shape = await describeTable(trx, sqliteName(table))
  if (!shape.columns.includes('voided_at')) throw new Error(`table ${shape.table} has no void columns`)
  const before = await readStored(trx, shape, keyOfInput(shape, key))
  if (before && before.voided_at !== null) throw new AppError('invalid_input', 'already_voided')
  return (await writeUpdate(call, table, key, change.revision, { voidedAt: call.now, voidedBy: call.user.id, voidReason: change.reason })) as Row<T>
}

/**
 * Makes the link rows under one parent exactly `rows` (the fields of an
 * expert, the photos of a sample): a row no longer wanted is deleted, a new
 * one inserted, one whose non-key columns differ updated, and each of these
 * is its own audit event holding the stored rows; an unchanged row is left
 * alone. `parent` names the columns (kysely names) every row shares.
 */
export async function replaceLinks<T extends RecordTable>(
  call: RecordWriter,
  table: T,
  parent: Record<string, string | number>,
  rows: readonly NewRow<T>[]
): Promise<void> {
  const trx = transactionOf(call)
  const shape = await describeTable(trx, sqliteName(table))
  const where = sql.join(
    Object.entries(parent).map(([column, value]) => sql`${sql.ref(sqliteName(column))} = ${value}`),
    sql` and `
  )
  const stored = (await sql<StoredRow>`select * from ${sql.table(shape.table)} where ${where}`.execute(trx.withoutPlugins())).rows
  const wanted = rows.map((r) => snakeRow({ ...r, ...parent }))
  const wantedKeys = new Set(wanted.map((r) => rowKey(shape, r)))
  const storedByKey = new Map(stored.map((r) => [rowKey(shape, r), r]))

  for (const old of stored) {
    if (wantedKeys.has(rowKey(shape, old))) continue
    await sql`delete from ${sql.table(shape.table)} where ${keyWhere(shape, old)}`.execute(trx.withoutPlugins())
    await appendRowEvent(call, shape, old, null)
  }
  for (const row of wanted) {
    const old = storedByKey.get(rowKey(shape, row))
    if (!old) {
      await insertRecord(call, table, camelRow(row) as NewRow<T>)
    } else if (Object.keys(row).some((column) => row[column] !== old[column])) {
      await writeUpdate(call, table, recordKeyOf(shape, row), undefined, camelRow(row))
    }
  }
}

/**
 * Appends a fact that is not a row change (a sign-in, a signed chain head, a
 * backup taken): `type` contains a dot (`session.sign_in`), so row replay
 * ignores it; `payload` is the event's `after`.
 */
export async function recordFact(call: RecordWriter, type: string, id: string, payload: unknown): Promise<void> {
  if (!type.includes('.')) throw new Error(`a fact's type contains a dot (got ${type}); row events come from the write functions`)
  await appendAuditEvent(transactionOf(call), call.newId(), {
    actor: { id: call.user.id, name: call.user.displayName },
    at: call.now,
    channel: call.channel,
    entity: { type, id },
    before: null,
    after: payload
  })
}

/**
 * Writes a row another installation wrote, as its imported event holds it
 * (`after`, or a delete when `after` is null): the one write that appends no
 * event here, because the imported event, kept in its own installation's
 * chain, is the row's audit. Only the exchange import calls it, inside its
 * transaction, after checking the event.
 */
export async function applyImportedRow(trx: Transaction<Database>, table: string, key: StoredRow, after: StoredRow | null): Promise<void> {
  const shape = await describeTable(trx, table)
  noteRowWrite(shape.table)
  // The search index follows an imported row as it follows a row written here.
  const before = await readStored(trx, shape, key)
  if (after === null) {
    await sql`delete from ${sql.table(shape.table)} where ${keyWhere(shape, key)}`.execute(trx.withoutPlugins())
    if (before) await followRowChange(trx, shape.table, before, null)
    return
  }
  const columns = Object.keys(after).filter((c) => shape.columns.includes(c))
  const updates = columns.filter((c) => !shape.keyColumns.includes(c))
  await sql`insert into ${sql.table(shape.table)} (${sql.join(columns.map((c) => sql.ref(c)))}) values (${sql.join(columns.map((c) => after[c]))})
    on conflict (${sql.join(shape.keyColumns.map((c) => sql.ref(c)))}) do ${
      updates.length === 0 ? sql`nothing` : sql`update set ${sql.join(updates.map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`))}`
    }`.execute(trx.withoutPlugins())
  await followRowChange(trx, shape.table, before, await readStored(trx, shape, key))
}

/** The row as stored, keyed by SQLite column names, or null when no row has the key. */
export async function findStoredRow(db: Kysely<Database>, table: RecordTable, key: RecordKey): Promise<StoredRow | null> {
  const shape = await describeTable(db, sqliteName(table))
  return readStored(db, shape, keyOfInput(shape, key))
}

async function writeUpdate(
  call: RecordWriter,
  table: RecordTable,
  key: RecordKey,
  revision: number | undefined,
  set: Record<string, unknown>
): Promise<Record<string, unknown>> {
  const trx = transactionOf(call)
  const shape = await describeTable(trx, sqliteName(table))
  const keyValues = keyOfInput(shape, key)
  const before = await readStored(trx, shape, keyValues)
  if (!before) throw new AppError('not_found', 'record_not_found')
  const stamped = shape.columns.includes('revision')
  if (stamped !== (revision !== undefined)) {
    throw new Error(stamped ? `an update of ${shape.table} states the revision it read` : `${shape.table} has no revision to check`)
  }
  if (stamped && before.revision !== revision) throw staleRevision()
  const changes = stamped ? { ...set, updatedAt: call.now, updatedBy: call.user.id, revision: revision! + 1 } : set
  let query = trx.updateTable(table).set(changes as never)
  for (const [column, value] of Object.entries(keyValues)) query = query.where(kyselyName(column) as never, '=', value as never)
  await query.execute()
  const after = await readStored(trx, shape, keyOfValues(shape, camelRow(before)))
  await appendRowEvent(call, shape, before, after!)
  return camelRow(after!)
}

function transactionOf(call: RecordWriter): Transaction<Database> {
  if (!call.db.isTransaction) throw new Error(`channel ${call.channel} writes outside a transaction; declare it writes: true`)
  return call.db as Transaction<Database>
}

/** Appends the event of a row write and, in the same transaction, brings the search index up to the written row. */
async function appendRowEvent(call: RecordWriter, shape: AuditedTable, before: StoredRow | null, after: StoredRow | null) {
  noteRowWrite(shape.table)
  await followRowChange(transactionOf(call), shape.table, before, after)
  await appendAuditEvent(transactionOf(call), call.newId(), {
    actor: { id: call.user.id, name: call.user.displayName },
    at: call.now,
    channel: call.channel,
    entity: { type: shape.table, id: rowKey(shape, (after ?? before)!) },
    before,
    after
  })
}

async function readStored(db: Kysely<Database>, shape: AuditedTable, key: Record<string, unknown>): Promise<StoredRow | null> {
  const rows = await sql<StoredRow>`select * from ${sql.table(shape.table)} where ${keyWhere(shape, key)}`.execute(db.withoutPlugins())
  return rows.rows[0] ?? null
}

function keyWhere(shape: AuditedTable, row: Record<string, unknown>) {
  return sql.join(
    shape.keyColumns.map((column) => sql`${sql.ref(column)} = ${row[column]}`),
    sql` and `
  )
}

/** The key columns (SQLite names) of a row given by kysely names. */
function keyOfValues(shape: AuditedTable, row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(shape.keyColumns.map((column) => [column, row[kyselyName(column)]]))
}

/** The key of a stored row, by kysely names. */
function recordKeyOf(shape: AuditedTable, row: StoredRow): Record<string, string | number> {
  return Object.fromEntries(shape.keyColumns.map((column) => [kyselyName(column), row[column] as string | number]))
}

function keyOfInput(shape: AuditedTable, key: RecordKey): Record<string, unknown> {
  if (typeof key !== 'string') return keyOfValues(shape, key)
  if (shape.keyColumns.length !== 1) throw new Error(`${shape.table} has a composite key; name each key column`)
  return { [shape.keyColumns[0]!]: key }
}

function camelRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([column, value]) => [kyselyName(column), value]))
}

function snakeRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([column, value]) => [sqliteName(column), value]))
}
