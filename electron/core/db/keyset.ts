import { sql, type Kysely, type SelectQueryBuilder, type SqlBool } from 'kysely'
import { AppError } from '../../shared/errors'
import { listCountCap } from '../../shared/common'

/**
 * A list's order for keyset paging: its sort columns as the query names them
 * (`filedOn`, `sample.sampledAt`), all in one direction, the last one unique
 * (the record id or code), so the order is total and a page boundary falls
 * between two rows, never inside a tie. Each column must be selected under
 * its own name and never null.
 */
export interface KeysetOrder {
  columns: readonly string[]
  direction: 'asc' | 'desc'
}

const invalidCursor = () => new AppError('invalid_input', 'invalid_cursor', {}, { after: 'invalid_cursor' })

/** The cursor of a page boundary: the sort key of the last row shown, opaque to the renderer. */
function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url')
}

function decodeCursor(cursor: string, length: number): (string | number)[] {
  let values: unknown
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw invalidCursor()
  }
  if (!Array.isArray(values) || values.length !== length) throw invalidCursor()
  if (!values.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))) throw invalidCursor()
  return values as (string | number)[]
}

/**
 * The one paging mechanism of the big lists: the rows of `query` after the
 * cursor `after` (null: from the start) in `order`, at most `limit`, and the
 * cursor of the next page (null when none follows). The boundary is a row
 * value comparison, `(filed_on, id) < (?, ?)`, which SQLite and PostgreSQL
 * both answer from an index on the sort columns: a deep page costs what the
 * first does, where `OFFSET` reads and drops every row before it.
 *
 * @throws AppError `invalid_input` (on `after`) for a cursor this function did not make.
 */
export async function readKeysetPage<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  order: KeysetOrder,
  page: { after: string | null; limit: number }
): Promise<{ rows: O[]; next: string | null }> {
  let ordered = query
  if (page.after !== null) {
    const after = decodeCursor(page.after, order.columns.length)
    const columns = sql.join(order.columns.map((column) => sql.ref(column)))
    ordered = ordered.where(sql<SqlBool>`(${columns}) ${sql.raw(order.direction === 'asc' ? '>' : '<')} (${sql.join(after)})`)
  }
  for (const column of order.columns) ordered = ordered.orderBy(sql.ref(column), order.direction)
  // One row beyond the page tells whether another page follows, without counting.
  const rows = await ordered.limit(page.limit + 1).execute()
  if (rows.length <= page.limit) return { rows, next: null }
  const shown = rows.slice(0, page.limit)
  const last = shown.at(-1) as Record<string, unknown>
  return { rows: shown, next: encodeCursor(order.columns.map((column) => last[column.slice(column.lastIndexOf('.') + 1)])) }
}

/**
 * A list's total for its first page: the rows of `query`, counted up to
 * {@link listCountCap} + 1 so the count stays bounded at any volume.
 */
export async function countUpTo<DB, TB extends keyof DB, O>(db: Kysely<DB>, query: SelectQueryBuilder<DB, TB, O>): Promise<number> {
  const rows = query
    .clearSelect()
    .select(sql<number>`1`.as('one'))
    .limit(listCountCap + 1)
  const counted = await sql<{ total: number }>`select count(*) as total from (${rows}) as counted`.execute(db)
  const total = counted.rows[0]!.total
  return Number(total)
}
