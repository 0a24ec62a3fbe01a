import type { DB } from './schema'

/**
 * The kysely schema: one interface per table, generated from the migrated
 * schema (schema.ts, `npm run db:types`), so the migrations are the one
 * source of the column types. Names are camelCase, as the CamelCasePlugin
 * speaks them.
 */
export type Database = DB
