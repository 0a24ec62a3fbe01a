import type { SignaturePurpose } from '../../shared/signatures'

/** Reads stored rows with SQL over the one SQLite connection: at signing inside the call's transaction, at `verify` read-only. */
export type RowReader = (query: string, ...params: unknown[]) => Record<string, unknown>[]

/**
 * Columns left out of what is signed: who last wrote the row and when, and
 * the state that legitimately moves after signing (an opinion's status as
 * the other investigators sign, an order's progress, a voided handover,
 * which stays signed as it was recorded).
 */
const unsignedColumns = new Set(['created_at', 'updated_at', 'updated_by', 'revision', 'status', 'status_reason', 'submitted_at', 'submitted_by', 'voided_at', 'voided_by', 'void_reason'])

function signedColumns(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([column]) => !unsignedColumns.has(column)))
}

function one(read: RowReader, table: string, id: string): Record<string, unknown> | null {
  const row = read(`select * from ${table} where id = ?`, id)[0]
  return row ? signedColumns(row) : null
}

/**
 * What each purpose signs, as stored rows (SQLite column names), so `verify`
 * recomputes it from the tables with no domain code: the opinion version with
 * the visits and samples it relies on (frozen at its first signature), the
 * custody handover, the order as issued, the acceptance with its team, the
 * draw with its pool, seed and outcome. An issued order may still be amended
 * (deadline, milestones), so its signature is checked against the content
 * as signed, which the signature row keeps; the others cannot change after
 * signing, so `verify` also compares them with the tables.
 *
 * @returns null when the record is not there.
 */
export const signedContent: Record<SignaturePurpose, (read: RowReader, subjectId: string) => unknown> = {
  'opinion.sign': (read, id) => {
    const opinion = one(read, 'opinion', id)
    if (!opinion) return null
    return {
      opinion,
      visits: read('select * from opinion_visit where opinion_id = ? order by position', id),
      samples: read('select * from opinion_sample where opinion_id = ? order by position', id)
    }
  },
  'custody.handover': (read, id) => one(read, 'custody_event', id),
  'order.issue': (read, id) => one(read, 'restoration_order', id),
  'order.accept': (read, id) => {
    const acceptance = one(read, 'acceptance', id)
    if (!acceptance) return null
    return { acceptance, members: read('select * from acceptance_member where acceptance_id = ? order by position', id) }
  },
  'draw.confirm': (read, id) => one(read, 'expert_draw', id)
}

/**
 * The link tables each purpose's signed content reads besides its subject's
 * own row ({@link signedContent}): a change to one of them since the last
 * verified point has an incremental `verify` check that purpose's signatures again.
 */
export const signedLinkTables: Record<SignaturePurpose, readonly string[]> = {
  'opinion.sign': ['opinion_visit', 'opinion_sample'],
  'custody.handover': [],
  'order.issue': [],
  'order.accept': ['acceptance_member'],
  'draw.confirm': []
}

/** Whether `verify` compares the signed content with the tables as they stand (see {@link signedContent}). */
export function contentStaysAsSigned(purpose: SignaturePurpose): boolean {
  return purpose !== 'order.issue'
}
