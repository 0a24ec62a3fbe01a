import { beforeAll, describe, expect, it } from 'vitest'
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { runCli } from '../support/compiled-cli'
import { verifyReasons } from '../../electron/shared/verify-reasons'

const han = /\p{Script=Han}/u
let demo: string
let work: string

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ecocase-cli-english-'))
  demo = join(work, 'demo')
  const loaded = runCli(['demo', '--data', demo])
  if (loaded.code !== 0) throw new Error(`demo failed: ${loaded.stderr}`)
}, 120_000)

/** A copy of the demo folder edited through SQLite outside the app. */
function tampered(name: string, edit: (sqlite: BetterSqlite3.Database) => void): string {
  const dir = join(work, name)
  cpSync(demo, dir, { recursive: true })
  const sqlite = new BetterSqlite3(join(dir, 'ecocase.sqlite'))
  edit(sqlite)
  sqlite.close()
  return dir
}

describe('the CLI with --lang en (issue 9)', () => {
  it('words every verify finding in English: a tampered row and a broken chain print no Han character, Chinese without --lang', () => {
    const row = tampered('row', (s) => s.exec('update lab_result set value = value + 1 where rowid = (select min(rowid) from lab_result)'))
    const chain = tampered('chain', (s) => s.exec('delete from audit_event where seq = (select max(seq) - 5 from audit_event)'))
    for (const dir of [row, chain]) {
      const en = runCli(['verify', '--full', '--data', dir, '--lang', 'en'])
      expect(en.code).toBe(1)
      expect(en.stdout).toContain('Verdict: failed')
      expect(en.stdout + en.stderr).not.toMatch(han)
      const zh = runCli(['verify', '--full', '--data', dir])
      expect(zh.code).toBe(1)
      expect(zh.stdout).toContain('结论：未通过')
    }
    expect(runCli(['verify', '--full', '--data', row, '--lang', 'en']).stdout).toMatch(/Record .* of table lab_result was changed outside EcoCase/)
  })

  it('words a bad document code, a refused restore and the usage of each command in English', () => {
    const document = runCli(['verify', '--data', demo, '--document', 'nothex', '--lang', 'en'])
    expect(document.stdout).toContain('Malformed document code: nothex')
    expect(document.stdout).not.toMatch(han)
    expect(runCli(['verify', '--data', demo, '--document', 'nothex']).stdout).toContain('文书核验码格式不正确')

    const notBackup = join(work, 'not-a-backup')
    const restore = runCli(['restore', notBackup, '--data', join(work, 'restored'), '--lang', 'en'])
    expect(restore).toMatchObject({ code: 1, stderr: expect.stringContaining('Not restored, nothing changed: No backup folder at') })
    expect(restore.stderr).not.toMatch(han)
    expect(runCli(['restore', notBackup, '--data', join(work, 'restored')]).stderr).toContain('未恢复，未作任何更改：备份文件夹不存在')

    for (const args of [['backup'], ['seed-scale'], ['export-package'], ['import-package'], ['export-document'], ['export-list'], ['pair'], ['evaluate']]) {
      const en = runCli([...args, '--data', demo, '--lang', 'en'])
      expect(en.code, args.join(' ')).toBe(2)
      expect(en.stdout + en.stderr, args.join(' ')).not.toMatch(han)
      const zh = runCli([...args, '--data', demo])
      expect(zh.stdout + zh.stderr, args.join(' ')).toMatch(han)
    }
  })

  it('words the refusals of import-package (a wrong password, a file that is no package) in English', () => {
    const file = join(work, 'not-a-package.ecocase')
    writeFileSync(file, 'not a package')
    const wrongPassword = runCli(['import-package', file, '--data', demo, '--as', 'admin', '--lang', 'en'], { env: { ...process.env, ECOCASE_PASSWORD: 'wrong' } })
    expect(wrongPassword.code).toBe(1)
    expect(wrongPassword.stderr).not.toMatch(han)
    const notPackage = runCli(['import-package', file, '--data', demo, '--as', 'chen.clerk', '--lang', 'en'], { env: { ...process.env, ECOCASE_PASSWORD: 'ecocase-demo' } })
    expect(notPackage.code).toBe(1)
    expect(notPackage.stderr).toMatch(/The package file is damaged \(truncated or altered\).*; nothing was changed/)
    expect(notPackage.stderr).not.toMatch(han)
    const zh = runCli(['import-package', file, '--data', demo, '--as', 'chen.clerk'], { env: { ...process.env, ECOCASE_PASSWORD: 'ecocase-demo' } })
    expect(zh.stderr).toMatch(/数据包文件已损坏（截断或被改动）.*；未作任何更改/)
  })

  it('has words in both languages for every finding code, the English free of Han characters', () => {
    for (const [code, words] of Object.entries(verifyReasons)) {
      expect(words.zh, code).not.toBe('')
      expect(words.en, code).not.toMatch(han)
    }
  })
})
