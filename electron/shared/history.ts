import { z } from 'zod'
import { isoDate, keysetPage } from './common'

/** A row as an audit event holds it: SQLite column names, values as stored. */
export type StoredColumns = Record<string, unknown>

/** One audit event as the history tab and the audit log show it. */
export interface HistoryEvent {
  seq: number
  at: string
  actorId: string
  actorName: string
  channel: string
  /** The SQLite table of a row event, or a dotted fact type (`document.print`). */
  entityType: string
  entityId: string
  before: StoredColumns | null
  after: StoredColumns | null
}

/** A record's history: its table (as audit events name it) and its key. */
export const recordHistoryInput = z.object({
  entityType: z.string().regex(/^[a-z][a-z_]{1,39}$/, 'entity_type_malformed'),
  entityId: z.string().min(1).max(200)
})

/** The administrator's audit log: newest first, filtered by user, channel, day range and record. */
export const auditLogQuery = z
  .object({
    actorId: z.string().max(40).optional(),
    channel: z.string().max(60).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    entityType: z.string().max(40).optional(),
    entityId: z.string().max(200).optional(),
    ...keysetPage
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'end_before_start' })
export type AuditLogQuery = z.input<typeof auditLogQuery>

/** The columns every stamped row carries: the history names the change, not the bookkeeping. */
export const bookkeepingColumns: readonly string[] = ['created_at', 'updated_at', 'updated_by', 'revision']

/** One changed column of a row event: its value before and after (null when the row was added or removed). */
export interface ColumnChange {
  column: string
  before: unknown
  after: unknown
}

/**
 * What an event changed, column by column, in column order, leaving out the
 * bookkeeping columns: every column of an added row, every column that
 * differs of an updated one, and nothing else.
 */
export function columnChanges(event: Pick<HistoryEvent, 'before' | 'after'>): ColumnChange[] {
  const columns = [...new Set([...Object.keys(event.after ?? {}), ...Object.keys(event.before ?? {})])]
  return columns
    .filter((column) => !bookkeepingColumns.includes(column))
    .map((column) => ({ column, before: event.before?.[column] ?? null, after: event.after?.[column] ?? null }))
    .filter((c) => event.before === null || event.after === null || JSON.stringify(c.before) !== JSON.stringify(c.after))
    .filter((c) => !(event.before === null && (c.after === null || c.after === '')))
}
