import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely'

/**
 * `column LIKE '%text%'` with the user's `%`, `_` and `\` taken literally,
 * written so it also runs on PostgreSQL.
 */
export function containsText(column: Expression<unknown>, text: string): RawBuilder<SqlBool> {
  const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`)
  return sql<SqlBool>`${column} like ${`%${escaped}%`} escape '\\'`
}
