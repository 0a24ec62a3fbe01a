import type { ColumnType, CreateTableBuilder } from 'kysely'

/**
 * Columns every editable record carries. Packages moved between laptops and
 * the court merge on these: `revision` increments on every update, so a
 * record changed on both sides can be told from one changed on one.
 */
export interface StampColumns {
  createdAt: ColumnType<string, string, never>
  updatedAt: string
  updatedBy: string
  revision: number
}

/** The stamp columns as SQLite names them: who last wrote a row and when, not what it says. */
export const stampColumnNames: readonly string[] = ['created_at', 'updated_at', 'updated_by', 'revision']

/** Columns of evidence, which is voided with who, when and why, never deleted (see records' `voidRecord`). */
export interface VoidColumns {
  voidedAt: string | null
  voidedBy: string | null
  voidReason: ColumnType<string, string | undefined, string>
}

/** Adds the stamp columns to a table in a migration. */
export function withStamp<T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, never> {
  return table
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
}
