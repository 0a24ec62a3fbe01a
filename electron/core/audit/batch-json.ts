import { canonicalJson } from './canonical-json'
import type { BatchContent } from './batch-events'

/**
 * The RFC 8785 text of a batch event's content, `{"rows":[…],"table":…}`,
 * written directly for its flat rows (a results import: 500 rows of twenty
 * columns per event, walked through the JCS package a tenth of the import's
 * time). The rows' keys are sorted once per shape (UTF-16 code units, as
 * RFC 8785 §3.2.3 says, which is JavaScript's own string order); strings
 * and numbers are written as ECMAScript's JSON.stringify writes them, which
 * is RFC 8785's rule for both (§3.2.2.2, §3.2.2.3); a property whose value
 * is undefined is left out, as the package does. Anything else (a nested
 * value, a bigint, a Buffer, NaN) sends the whole content through
 * {@link canonicalJson}, which refuses what is not JSON. A property test
 * holds the two to the same bytes.
 */
export function batchContentJson(content: BatchContent): string {
  const rows: string[] = []
  let shape: string[] = []
  let sorted: string[] = []
  for (const row of content.rows) {
    const keys = Object.keys(row)
    if (keys.length !== shape.length || keys.some((key, i) => key !== shape[i])) {
      shape = keys
      sorted = [...keys].sort()
    }
    let text = ''
    for (const key of sorted) {
      const value = row[key]
      if (value === undefined) continue
      const written = flatValue(value)
      if (written === null) return canonicalJson(content)
      text += `${text === '' ? '' : ','}${JSON.stringify(key)}:${written}`
    }
    rows.push(`{${text}}`)
  }
  return `{"rows":[${rows.join(',')}],"table":${JSON.stringify(content.table)}}`
}

/** A column's value as RFC 8785 writes it, or null for one this writer leaves to the package. */
function flatValue(value: unknown): string | null {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value)
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : null
    case 'boolean':
      return value ? 'true' : 'false'
    default:
      return value === null ? 'null' : null
  }
}
