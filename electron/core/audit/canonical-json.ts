import canonicalize from 'canonicalize'

/**
 * RFC 8785 (JSON Canonicalization Scheme) text of a JSON value, so a third
 * party can recompute an event's hash with any JCS tool. The serialisation is
 * the `canonicalize` package (the reference implementation of the RFC's
 * co-author); this module only refuses what is not JSON before it gets there:
 * a `Date`, a `Map`, a class instance, a function, a symbol, a bigint, NaN or
 * ±Infinity would otherwise be hashed as something else (`{}`, a string, or
 * nothing). A property whose value is `undefined` is left out, as JSON does
 * for objects; anywhere else `undefined` is refused.
 *
 * @throws TypeError naming the path of the first value that is not JSON.
 */
export function canonicalJson(value: unknown): string {
  refuseNonJson(value, '$')
  const text = canonicalize(value)
  if (text === undefined) throw new TypeError('canonical JSON: $ is not a JSON value')
  return text
}

function refuseNonJson(value: unknown, path: string): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonical JSON: ${path} is ${value}, not a JSON number`)
    return
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (item === undefined) throw new TypeError(`canonical JSON: ${path}[${i}] is undefined`)
      refuseNonJson(item, `${path}[${i}]`)
    })
    return
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value)
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError(`canonical JSON: ${path} is a ${(value as object).constructor?.name ?? 'non-plain object'}, not a JSON object`)
    }
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) refuseNonJson(item, `${path}.${key}`)
    }
    return
  }
  throw new TypeError(`canonical JSON: ${path} is a ${typeof value}, not a JSON value`)
}
