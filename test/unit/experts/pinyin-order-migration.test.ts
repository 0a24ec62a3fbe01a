import { afterEach, describe, expect, it, vi } from 'vitest'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Core } from '../../../electron/core/core'
import { verifyCommand } from '../../../electron/cli/verify'
import { insertRecord } from '../../../electron/core/records/records'
import { fixedClock, sequentialIds, signIn, staff, testPasswordCost } from '../support/test-core'

const coreModule = '../../../electron/core/core'
const migrationsModule = '../../../electron/core/db/migrations'

afterEach(() => {
  vi.doUnmock(migrationsModule)
  vi.resetModules()
})

/** Opens `dir` with the migrations before `before` only (as an older EcoCase did), or with all; each opening draws ids of its own. */
async function openWithMigrations(dir: string, before: string | null, ids: () => string): Promise<Core> {
  vi.resetModules()
  if (before) {
    vi.doMock(migrationsModule, async (importOriginal) => {
      const real = await importOriginal<typeof import('../../../electron/core/db/migrations')>()
      return { migrations: Object.fromEntries(Object.entries(real.migrations).filter(([name]) => name < before)) }
    })
  } else vi.doUnmock(migrationsModule)
  const { openCore } = (await import(coreModule)) as typeof import('../../../electron/core/core')
  return openCore({ dataDir: dir, now: fixedClock(), newId: ids, passwordCost: testPasswordCost })
}

describe('migration 0026-expert-pinyin-order', () => {
  it('keys the stored experts by pinyin, lists them in that order, and the audit trail still binds the table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecocase-pinyin-order-'))
    const old = await openWithMigrations(dir, '0026', sequentialIds())
    const people = await staff(old)
    const clerk = (await people.clerk.must('session.current', {})).user!
    let n = 0
    // The rows of the old shape, written as that EcoCase's channel did: no sort key yet.
    for (const name of ['张伟', '曾国强', '安平', '单田芳']) {
      await old.db.transaction().execute((trx) =>
        insertRecord(
          { db: trx, user: clerk, channel: 'experts.create', now: '2026-03-02T02:00:00.000Z', newId: () => `01900000-0000-7000-b000-${(++n).toString(16).padStart(12, '0')}` },
          'expert',
          { id: `01900000-0000-7000-a000-00000000000${n}`, name, organisation: '测试单位', title: '', phone: '', email: '', termStart: '2024-01-01', termEnd: '2028-12-31', status: 'active', statusReason: '', maxConcurrentCases: 3, notes: '' } as never
        )
      )
    }
    await old.close()

    let m = 0
    const latest = await openWithMigrations(dir, null, () => `01900000-0000-7000-c000-${(++m).toString(16).padStart(12, '0')}`)
    const judge = await signIn(latest, 'judge')
    expect((await judge.must('experts.list', {})).items.map((e) => e.name)).toEqual(['安平', '单田芳', '曾国强', '张伟'])
    await latest.close()
    const verified = await verifyCommand(dir, { full: true })
    expect(verified.output.split('\n').filter((line) => line.includes('expert'))).toEqual([])
    expect(verified.code).toBe(0)
  })
})
