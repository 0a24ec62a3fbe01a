import { describe, expect, it } from 'vitest'
import { domains, en, zhCN } from '../../src/i18n/strings'

/** Every key path of a nested strings object, e.g. `orders.statuses.draft`. */
function keyPaths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null ? keyPaths(child as object, `${prefix}${key}.`) : [`${prefix}${key}`]
  )
}

describe('the per-domain strings files', () => {
  it('never let two domains claim the same top-level key (the merge would drop one silently)', () => {
    const keys = domains.flatMap((domain) => Object.keys(domain.zhCN))
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([])
  })

  it('give English exactly the keys of Chinese', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(zhCN).sort())
  })
})
