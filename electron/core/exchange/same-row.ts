import type { AuditedTable } from '../records/record-tables'
import { stampColumnNames } from '../db/record-stamp'

type StoredRow = Record<string, unknown>

/**
 * Whether two stored rows of a table say the same (both absent counts as the
 * same): column by column, a column an older event lacks reading as the
 * column's declared default, as row replay reads it. The stamp (who wrote it
 * when, the revision) is left out: each installation seeds its own
 * reference rows, and the same change made on two sides is one change.
 */
export function sameRow(table: Pick<AuditedTable, 'columns' | 'defaults'>, a: StoredRow | null, b: StoredRow | null): boolean {
  if (a === null || b === null) return a === b
  return table.columns.every((c) => stampColumnNames.includes(c) || JSON.stringify(valueOf(table, a, c)) === JSON.stringify(valueOf(table, b, c)))
}

function valueOf(table: Pick<AuditedTable, 'defaults'>, row: StoredRow, column: string): unknown {
  return column in row ? row[column] : (table.defaults[column] ?? null)
}
