import { CamelCasePlugin, type UnknownRow } from 'kysely'

/**
 * Kysely's CamelCasePlugin (queries written in camelCase, SQLite's columns
 * in snake_case) with a leaner mapping of result rows: better-sqlite3 gives
 * a column's value as a string, a number, a bigint, a Buffer or null, never
 * an object or an array, so a row's keys are renamed without looking into
 * its values. The plugin's own mapping tested every value for a nested
 * object to rename and built each row through a reduce: about a tenth of a
 * list call through dispatch (issue 15). The names follow the plugin's own
 * memoised rule.
 */
export class SqliteCamelCasePlugin extends CamelCasePlugin {
  protected override mapRow(row: UnknownRow): UnknownRow {
    const mapped: UnknownRow = {}
    for (const key of Object.keys(row)) mapped[this.camelCase(key)] = row[key]
    return mapped
  }
}
