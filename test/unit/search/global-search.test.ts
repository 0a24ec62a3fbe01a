import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openCore, type Core } from '../../../electron/core/core'
import { loadDemo } from '../../../electron/core/demo/load-demo'
import type { SearchHitKind, SearchResults } from '../../../electron/shared/search'
import { signIn, testPasswordCost, type Actor } from '../support/test-core'

let core: Core
let judge: Actor
let admin: Actor
let lin: Actor

beforeAll(async () => {
  core = await openCore({ dataDir: mkdtempSync(join(tmpdir(), 'ecocase-search-')), passwordCost: testPasswordCost })
  await loadDemo(core)
  judge = await signIn(core, 'wang.judge', 'ecocase-demo')
  admin = await signIn(core, 'admin', 'ecocase-demo')
  lin = await signIn(core, 'lin.investigator', 'ecocase-demo')
}, 120_000)
afterAll(() => core.close())

const titles = (results: SearchResults, kind: SearchHitKind) => results.groups.find((g) => g.kind === kind)!.hits.map((h) => h.title)
const search = (actor: Actor, query: string) => actor.must('search.global', { query })

describe('the header search', () => {
  it('groups cases, samples, orders, opinions and experts, in that order', async () => {
    const results = await search(judge, '黎某')
    expect(results.groups.map((g) => g.kind)).toEqual(['case', 'sample', 'order', 'opinion', 'expert'])
    expect(titles(results, 'case')).toContain('（2020）闽0626刑初123号')
    expect(titles(results, 'order')).toEqual(['（2020）闽0626执修1号'])
    expect(results.groups.find((g) => g.kind === 'order')!.hits[0]).toMatchObject({ detail: '黎某', caseNumber: '（2020）闽0626刑初123号' })
  })

  it('finds an order by a 1-, 2- and 3-character term of its number and an opinion by its findings', async () => {
    for (const term of ['执', '执修', '执修1']) expect(titles(await search(judge, term), 'order')).toEqual(['（2020）闽0626执修1号'])
    const opinions = (await search(judge, '刑初123')).groups.find((g) => g.kind === 'opinion')!
    expect(opinions.total).toBeGreaterThan(0)
    expect(opinions.hits[0]!.version).toBe(1)
  })

  it('finds a sample by its code', async () => {
    const code = (core.sqlite.prepare('select code from sample order by code limit 1').get() as { code: string }).code
    const results = await search(judge, code)
    expect(titles(results, 'sample')).toEqual([code])
    expect(results.groups.find((g) => g.kind === 'sample')!.total).toBe(1)
  })

  it('indexes an order in the write that creates it', async () => {
    const order = core.sqlite.prepare('select id from restoration_order limit 1').get() as { id: string }
    const before = core.sqlite.prepare("select count(*) as n from order_search_key where entity_id = ?").get(order.id) as { n: number }
    expect(before.n).toBe(1)
  })

  it('shows the not-for-release opinion to the judge of the case and its investigator, never to the administrator', async () => {
    const opinionsOf = async (actor: Actor) => (await search(actor, '刑初123')).groups.find((g) => g.kind === 'opinion')!.total
    expect(await opinionsOf(judge)).toBeGreaterThan(0)
    expect(await opinionsOf(lin)).toBeGreaterThan(0)
    expect(await opinionsOf(admin)).toBe(0)
  })

  it('refuses a query with no letter or digit, naming the field', async () => {
    const reply = await judge.call('search.global', { query: '“*”' })
    expect(reply.ok || reply.error).toMatchObject({ code: 'invalid_input' })
  })
})
