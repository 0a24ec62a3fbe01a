import { beforeAll, describe, expect, it } from 'vitest'
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { verifyCommand } from '../../../electron/cli/verify'
import { runCli } from '../../support/compiled-cli'

let demo: string

beforeAll(() => {
  demo = join(mkdtempSync(join(tmpdir(), 'ecocase-tamper-')), 'demo')
  const loaded = runCli(['demo', '--data', demo])
  if (loaded.code !== 0) throw new Error(`demo failed: ${loaded.stderr}`)
}, 120_000)

/** A copy of the demo folder, tampered with through SQLite outside the app, then verified. */
async function tampered(edit: (sqlite: BetterSqlite3.Database, dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'ecocase-tampered-'))
  cpSync(demo, dir, { recursive: true })
  const sqlite = new BetterSqlite3(join(dir, 'ecocase.sqlite'))
  edit(sqlite, dir)
  sqlite.close()
  const verdict = await verifyCommand(dir, {})
  rmSync(dir, { recursive: true, force: true })
  return verdict
}

const attachmentFile = (dir: string) => {
  const fan = readdirSync(join(dir, 'attachments')).find((d) => /^[0-9a-f]{2}$/.test(d))!
  return join(dir, 'attachments', fan, readdirSync(join(dir, 'attachments', fan))[0]!)
}

describe('verify over a tampered demo folder', () => {
  it('passes the untouched folder: the rows the migrations seeded are explained by their baseline events', async () => {
    const verdict = await verifyCommand(demo, {})
    expect(verdict.output).toContain('数据库完整性检查：通过')
    expect(verdict.output).not.toMatch(/\[(审计链|签名|安装身份|附件|数据与审计链)\]/)
    expect(verdict).toMatchObject({ code: 0, output: expect.stringContaining('结论：通过，未发现改动') })
  })

  const cases: [string, (sqlite: BetterSqlite3.Database, dir: string) => void, RegExp][] = [
    ['deleting the last audit event', (s) => s.exec('delete from audit_event where seq = (select max(seq) from audit_event)'), /审计链被截断/],
    ['deleting the last ten', (s) => s.exec('delete from audit_event where seq > (select max(seq) - 10 from audit_event)'), /审计链被截断.*末尾 10 个事件被删除/],
    ['deleting all of them', (s) => s.exec('delete from audit_event'), /审计链被截断/],
    ['editing a lab result value', (s) => s.exec('update lab_result set value = value + 1 where rowid = (select min(rowid) from lab_result)'), /表 lab_result 中的记录 .*value/],
    ['editing an order fee', (s) => s.exec('update restoration_order set restoration_fee_fen = restoration_fee_fen + 1'), /表 restoration_order 中的记录 .*restoration_fee_fen/],
    ["editing a user's role", (s) => s.exec("update app_user set role = 'admin' where username <> 'admin'"), /表 app_user 中的记录 .*(role|没有任何审计事件)/],
    ['deleting every custody event', (s) => s.exec('delete from custody_event'), /表 custody_event 中的记录 .*缺失：在 EcoCase 之外被删除/],
    ['deleting every lab result', (s) => s.exec('delete from lab_result'), /表 lab_result 中的记录 .*缺失：在 EcoCase 之外被删除/],
    // The demo's results came in by a results import, audited by batch events (audit/batch-events.ts).
    ['deleting one imported lab result', (s) => s.exec('delete from lab_result where rowid = (select max(rowid) from lab_result)'), /表 lab_result 中的记录 .*缺失：在 EcoCase 之外被删除/],
    [
      "editing a row inside an import's batch event",
      (s) => s.exec("update audit_event set after_json = replace(after_json, '\"value\":', '\"value\":1') where seq = (select min(seq) from audit_event where entity_type = 'lab_result#batch')"),
      /事件.*内容与其哈希不符/
    ],
    [
      'copying an imported lab result under another id',
      (s) => s.exec("insert into lab_result select '01900000-0000-7000-8000-00000000cafe', sample_id, parameter_key, value, qualifier, unit, detection_limit, method, lab, report_number || '-x', analysed_at, reported, source, voided_at, voided_by, void_reason, created_at, updated_at, updated_by, revision from lab_result limit 1"),
      /表 lab_result 中的记录 01900000-0000-7000-8000-00000000cafe 没有任何审计事件：在 EcoCase 之外被添加/
    ],
    [
      'inserting an admin user',
      (s) => s.exec("insert into app_user (id, username, display_name, role, active, created_at, updated_at, updated_by, revision) values ('01900000-0000-7000-8000-00000000beef', 'mallory', 'M', 'admin', 1, 't', 't', 't', 0)"),
      /表 app_user 中的记录 01900000-0000-7000-8000-00000000beef 没有任何审计事件：在 EcoCase 之外被添加/
    ],
    [
      'swapping two events',
      // Each event moved to the other's place in the chain, as a whole row: the chain's order is what changed.
      (s) =>
        s.exec(`create temp table swapped as select * from audit_event where seq in (5, 6);
                update swapped set seq = 11 - seq, chain_seq = (select a.chain_seq from audit_event a where a.seq = 11 - swapped.seq);
                delete from audit_event where seq in (5, 6);
                insert into audit_event select * from swapped;`),
      /第 5 号事件.*与前一事件的链接不符：事件被删除、插入或调换了次序/
    ],
    ["changing an event's actor", (s) => s.exec("update audit_event set actor_name = '冒名者' where seq = 7"), /第 7 号事件.*内容与其哈希不符/],
    ['deleting an attachment file', (_s, dir) => rmSync(attachmentFile(dir)), /附件 .*的文件缺失/],
    ['replacing an attachment with another file of the same name', (_s, dir) => writeFileSync(attachmentFile(dir), 'another file'), /附件 .*的文件内容已改变/]
  ]
  for (const [name, edit, message] of cases) {
    it(`finds ${name}`, async () => {
      const verdict = await tampered(edit)
      expect(verdict.code).toBe(1)
      expect(verdict.output).toMatch(message)
    })
  }
})
