import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openCore } from '../../../electron/core/core'
import { seedScale, type ScaleVolume } from '../../../electron/core/scale/seed-scale'
import { verifyCommand } from '../../../electron/cli/verify'

/** A village's volume: the same generator as a province, small enough for a unit test, with one heavy case. */
const tiny: ScaleVolume = { experts: 12, cases: 40, orders: 16, judges: 2, clerks: 2, investigators: 3, heavyCases: 1 }

/** Rows the migrations write without an audit event (a known gap the baseline events close); nothing seed-scale writes. */
const baselineTables = /表 (field|app_user|holding_time|order_type|sampling_setting) 中的记录 \S+ 没有任何审计事件/

async function seeded() {
  const dataDir = mkdtempSync(join(tmpdir(), 'ecocase-seed-'))
  const core = await openCore({ dataDir })
  try {
    const report = await seedScale(core, 'county', { volume: tiny })
    const cases = core.sqlite.prepare('select case_number, status, filed_on, cause from court_case order by case_number').all()
    const parties = core.sqlite.prepare('select name from case_party order by case_id, position').all()
    const heaviest = core.sqlite.prepare('select count(*) as n from sample group by case_id order by n desc limit 1').get() as { n: number }
    const unindexed = core.sqlite
      .prepare(
        `select (select count(*) from court_case where id not in (select entity_id from case_search_key))
              + (select count(*) from sample where id not in (select entity_id from sample_search_key))
              + (select count(*) from expert where id not in (select entity_id from expert_search_key)) as n`
      )
      .get() as { n: number }
    return { dataDir, report, cases, parties, heaviest, unindexed: unindexed.n }
  } finally {
    await core.close()
  }
}

describe('seed-scale', () => {
  it('writes the same data set every time, with a heavy case of 600 samples, and every row bound to the audit chain', async () => {
    const first = await seeded()
    expect(first.report.rows.court_case).toBe(40)
    expect(first.report.rows.restoration_order).toBeGreaterThan(0)
    expect(first.report.rows.milestone).toBe(first.report.rows.restoration_order! * 5)
    expect(first.heaviest.n).toBe(600)
    // The bulk rows bypass the records module; seed-scale indexes them for search at the end.
    expect(first.unindexed).toBe(0)
    expect(first.cases[0]).toMatchObject({ case_number: expect.stringMatching(/^（20\d\d）闽0\d\d\d(刑初|民初|行初)\d+号$/) })

    const verified = await verifyCommand(first.dataDir, {})
    const findings = verified.output.split('\n').filter((line) => line.startsWith('  ['))
    expect(findings.filter((line) => !baselineTables.test(line))).toEqual([])
    expect(verified.output).toContain('数据库完整性检查：通过')

    const second = await seeded()
    expect(second.cases).toEqual(first.cases)
    expect(second.parties).toEqual(first.parties)
  }, 120_000)
})
