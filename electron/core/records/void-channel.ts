import type { Kysely } from 'kysely'
import { AppError, type ErrorReason } from '../../shared/errors'
import type { Voiding } from '../../shared/common'
import type { Call } from '../call'
import type { Database } from '../db/database'
import { voidRecord, type RecordTable } from './records'

/** A stored row's void columns as replies show them: who voided it, when and why, or null while it stands. */
export function voidingOf(row: { voidedAt: string | null; voidedBy: string | null; voidReason: string }): Voiding | null {
  return row.voidedAt === null ? null : { voidedAt: row.voidedAt, voidedBy: row.voidedBy ?? '', reason: row.voidReason }
}

/**
 * The one void handler of every channel that withdraws evidence (a sample,
 * a custody event, a lab result, an inspection, a deviation): the record
 * must exist, then {@link voidRecord} stamps who, when and why; the record is
 * read back through `find` for the reply.
 */
export function voidChannel<T extends RecordTable, R>(table: T, find: (db: Kysely<Database>, id: string) => Promise<R | null>, notFound: ErrorReason) {
  return async (call: Call, input: { id: string; revision: number; reason: string }): Promise<R> => {
    if (!(await find(call.db, input.id))) throw new AppError('not_found', notFound)
    await voidRecord(call, table, input.id, { revision: input.revision, reason: input.reason })
    return (await find(call.db, input.id))!
  }
}
