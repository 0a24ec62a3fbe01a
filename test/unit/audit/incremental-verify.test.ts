import { beforeAll, describe, expect, it } from 'vitest'
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { openCore } from '../../../electron/core/core'
import { loadDemo, demoPassword } from '../../../electron/core/demo/load-demo'
import { verifyCommand } from '../../../electron/cli/verify'
import { signIn } from '../support/test-core'
import { openForensic } from '../../../electron/core/audit/forensic-db'
import { forensicCheck } from '../../../electron/core/audit/forensic-check'
import { listAuditedTables, rowKey } from '../../../electron/core/records/record-tables'
import { verifyText } from '../../../electron/shared/verify-reasons'

let demo: string
const work = mkdtempSync(join(tmpdir(), 'ecocase-incremental-'))

beforeAll(async () => {
  demo = join(work, 'demo')
  const core = await openCore({ dataDir: demo })
  await loadDemo(core)
  await core.close()
}, 120_000)

let copies = 0
/** A copy of the demo verified in full (its point kept), then changed in the app, then tampered with outside it, then verified again. */
async function afterPoint(change: { inApp?: boolean; outside?: (sqlite: BetterSqlite3.Database) => void }, options: { full?: boolean } = {}) {
  const dir = join(work, `copy-${++copies}`)
  cpSync(demo, dir, { recursive: true })
  const stateDir = join(work, 'state')
  const first = await verifyCommand(dir, { stateDir })
  expect(first).toMatchObject({ code: 0, output: expect.stringContaining('完整核验') })
  if (change.inApp) {
    const core = await openCore({ dataDir: dir })
    const admin = await signIn(core, 'admin', demoPassword)
    const clerk = (await admin.must('users.all', {})).find((u) => u.role === 'clerk')!
    await admin.must('users.update', { id: clerk.id, revision: clerk.revision, displayName: `${clerk.displayName}（调岗）`, role: 'clerk', extraRoles: [] })
    await core.close()
  }
  if (change.outside) {
    const sqlite = new BetterSqlite3(join(dir, 'ecocase.sqlite'))
    change.outside(sqlite)
    sqlite.close()
  }
  return verifyCommand(dir, { stateDir, full: options.full })
}

describe('incremental verify from the last verified point', () => {
  it('checks what changed since: a row changed in the app passes, and the check says what it did not re-check', async () => {
    const verdict = await afterPoint({ inApp: true })
    expect(verdict).toMatchObject({ code: 0, output: expect.stringContaining('增量核验') })
    expect(verdict.output).toContain('完整核验请加 --full')
    // SQLite's check covers the tables changed since (with their indexes), not the whole file; signatures none of them touch wait for --full.
    expect(verdict.output).toMatch(/quick_check，仅自核验点以来有改动的 1 个数据表及其索引（app_user）/)
    expect(verdict.output).toContain('个人签名：核验了 0 个签名')
  })

  it('refuses a verdict when the app opened the folder while the check read it', async () => {
    const dir = join(work, `copy-${++copies}`)
    cpSync(demo, dir, { recursive: true })
    const f = openForensic(dir)
    const core = await openCore({ dataDir: dir })
    try {
      const verdict = forensicCheck(f, await listAuditedTables(f.db), rowKey)
      expect(verdict.ok).toBe(false)
      expect(verdict.findings.kept.map((k) => verifyText(k, 'zh'))).toContainEqual(expect.stringContaining('核验期间此数据文件夹被 EcoCase 打开'))
    } finally {
      await core.close()
      await f.close()
    }
  })

  it('finds a row changed since the point and then edited outside the app', async () => {
    const verdict = await afterPoint({ inApp: true, outside: (s) => s.exec("update app_user set display_name = '冒名者' where display_name like '%（调岗）'") })
    expect(verdict.code).toBe(1)
    expect(verdict.output).toContain('增量核验')
    expect(verdict.output).toMatch(/表 app_user 中的记录 .*display_name/)
  })

  it('finds a chain cut short and a forged tail', async () => {
    const cut = await afterPoint({ inApp: true, outside: (s) => s.exec('delete from audit_event where seq > (select max(seq) - 3 from audit_event)') })
    expect(cut.output).toMatch(/审计链被截断/)
    const forged = await afterPoint({
      inApp: true,
      outside: (s) =>
        s.exec(`insert into audit_event (id, at, actor_id, actor_name, channel, entity_type, entity_id, before_json, after_json, prev_hash, hash, installation_id, chain_seq, hash_version, signature)
          select 'forged', at, actor_id, actor_name, channel, entity_type, entity_id, before_json, after_json, hash, lower(hex(randomblob(32))), installation_id, chain_seq + 1, hash_version, null
          from audit_event where seq = (select max(seq) from audit_event)`)
    })
    expect(forged.code).toBe(1)
    expect(forged.output).toMatch(/第 \d+ 号事件/)
  })

  it('leaves a row the trail last named before the point to --full, which finds its edit', async () => {
    const edit = (s: BetterSqlite3.Database) => s.exec('update restoration_order set restoration_fee_fen = restoration_fee_fen + 1')
    expect((await afterPoint({ inApp: true, outside: edit })).code).toBe(0)
    const full = await afterPoint({ inApp: true, outside: edit }, { full: true })
    expect(full.code).toBe(1)
    expect(full.output).toMatch(/表 restoration_order 中的记录 .*restoration_fee_fen/)
  })
})
