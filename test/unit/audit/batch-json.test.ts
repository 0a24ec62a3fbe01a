import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { canonicalJson } from '../../../electron/core/audit/canonical-json'
import { batchContentJson } from '../../../electron/core/audit/batch-json'

/** What a function gives, or the error's message: the writer must refuse exactly what the package refuses. */
function outcome(write: () => string): string {
  try {
    return write()
  } catch (error) {
    return `refused: ${(error as Error).message}`
  }
}

describe('the canonical text of a batch event', () => {
  it('is the RFC 8785 package’s text, byte for byte, for any flat rows (keys of any characters, shapes varying, doubles, -0, undefined)', () => {
    const text = fc.string({ unit: 'binary' })
    const value = fc.oneof(text, fc.double(), fc.integer(), fc.constant(-0), fc.constant(null), fc.boolean(), fc.constant(undefined))
    const rows = fc.array(fc.dictionary(text, value), { maxLength: 8 })
    fc.assert(
      fc.property(text, rows, (table, rows) => {
        const content = { table, rows }
        expect(outcome(() => batchContentJson(content))).toBe(outcome(() => canonicalJson(content)))
      }),
      { numRuns: 1000 }
    )
  })

  it('leaves a value that is not flat to the package, which refuses what is not JSON', () => {
    expect(batchContentJson({ table: 't', rows: [{ b: 1, a: { y: 2, x: [1] } }] })).toBe('{"rows":[{"a":{"x":[1],"y":2},"b":1}],"table":"t"}')
    expect(() => batchContentJson({ table: 't', rows: [{ at: new Date(0) }] })).toThrow(/is a Date/)
    expect(() => batchContentJson({ table: 't', rows: [{ n: 10n }] })).toThrow(/bigint/)
  })

  it('writes a lab result row as stored, its columns in code-unit order', () => {
    const row = { id: '01a2', value: 12.5, qualifier: null, unit: 'mg/L', lab: '福建省环境监测中心站', revision: 0 }
    expect(batchContentJson({ table: 'lab_result', rows: [row, row] })).toBe(canonicalJson({ table: 'lab_result', rows: [row, row] }))
  })
})
