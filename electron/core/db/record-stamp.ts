import type { CreateTableBuilder } from 'kysely'

/** The stamp columns as SQLite names them: who last wrote a row and when, not what it says. */
export const stampColumnNames: readonly string[] = ['created_at', 'updated_at', 'updated_by', 'revision']

/** Adds the stamp columns to a table in a migration. */
export function withStamp<T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, never> {
  return table
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
}
