import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openCore, type Core } from '../../../electron/core/core'
import { loadDemo } from '../../../electron/core/demo/load-demo'
import { signIn, testPasswordCost, type Actor } from '../support/test-core'

let core: Core
let clerk: Actor

beforeAll(async () => {
  core = await openCore({ dataDir: mkdtempSync(join(tmpdir(), 'ecocase-load-')), passwordCost: testPasswordCost })
  await loadDemo(core)
  clerk = await signIn(core, 'chen.clerk', 'ecocase-demo')
}, 120_000)
afterAll(() => core.close())

describe('the expert list’s load column', () => {
  it('gives each expert of the page their open cases, the count a draw checks against the maximum', async () => {
    const page = await clerk.must('experts.list', { limit: 50 })
    const loads = await clerk.must('experts.load', { ids: page.items.map((e) => e.id) })
    expect(loads.map((l) => l.expertId)).toEqual(page.items.map((e) => e.id))
    const byName = new Map(page.items.map((e) => [e.name, loads.find((l) => l.expertId === e.id)!.activeCases]))
    expect(byName.get('林永华')).toBe(1)
    expect(byName.get('陈静怡')).toBe(1)
    expect([...byName.values()].filter((n) => n > 0)).toHaveLength(2)
  })

  it('refuses more than a page of experts', async () => {
    const reply = await clerk.call('experts.load', { ids: Array.from({ length: 101 }, () => '01900000-0000-7000-8000-000000000001') })
    expect(reply.ok || reply.error.code).toBe('invalid_input')
  })
})
