import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../../electron/core/audit/canonical-json'

describe('canonical JSON (RFC 8785)', () => {
  it('sorts keys at every depth and writes numbers as ECMAScript does (RFC 8785 §3.2.2, appendix B)', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}')
    expect(canonicalJson({ numbers: [333333333.33333329, 1e30, 4.5, 0.002, 1e-27, -0] })).toBe('{"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27,0]}')
    // Keys sort by UTF-16 code units: "\r" < "1" < "€" < "😀" < "ö" would be wrong; RFC 8785 §3.2.3's own example order.
    expect(canonicalJson({ '€': 1, '\r': 2, 'ö': 3, '1': 4, '😀': 5, 'דּ': 6 })).toBe('{"\\r":2,"1":4,"ö":3,"דּ":6,"€":1,"😀":5}')
  })

  it('refuses a Date, a Map, a class instance, NaN, Infinity, a bigint and undefined in an array instead of hashing them as something else', () => {
    expect(() => canonicalJson({ at: new Date(0) })).toThrow(/\$\.at is a Date/)
    expect(() => canonicalJson({ m: new Map() })).toThrow(/\$\.m is a Map/)
    expect(() => canonicalJson({ v: Number.NaN })).toThrow(/\$\.v is NaN/)
    expect(() => canonicalJson([1, Infinity])).toThrow(/\$\[1\] is Infinity/)
    expect(() => canonicalJson({ n: 10n })).toThrow(/\$\.n is a bigint/)
    expect(() => canonicalJson([1, undefined])).toThrow(/\$\[1\] is undefined/)
    expect(() => canonicalJson(undefined)).toThrow(/\$ is a undefined/)
  })

  it('leaves out a property whose value is undefined, as JSON does', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}')
  })
})
