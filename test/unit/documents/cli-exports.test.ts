import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { openCore } from '../../../electron/core/core'
import { demoPassword, loadDemo } from '../../../electron/core/demo/load-demo'
import { runCli } from '../../support/compiled-cli'
import { testPasswordCost } from '../support/test-core'
import { readDocx } from './support'

let dir: string
let out: string
let caseId: string
let caseNumber: string
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ecocase-cli-exports-'))
  out = mkdtempSync(join(tmpdir(), 'ecocase-cli-out-'))
  const core = await openCore({ dataDir: join(dir, 'data'), passwordCost: testPasswordCost })
  await loadDemo(core)
  const courtCase = await core.db.selectFrom('courtCase').select(['id', 'caseNumber']).orderBy('createdAt').executeTakeFirstOrThrow()
  caseId = courtCase.id
  caseNumber = courtCase.caseNumber
  await core.close()
}, 60_000)

const cli = (...args: string[]) => runCli([...args, '--data', join(dir, 'data')], { env: { ...process.env, ECOCASE_PASSWORD: demoPassword } })

// Each run spawns the compiled CLI (rebuilt first when a source is newer): slow on a loaded machine.
describe('cli export-document and export-list', () => {
  it('exports the assignment notice as Word with the code verify --document checks', async () => {
    const file = join(out, 'notice.docx')
    const run = cli('export-document', '--kind', 'notice', '--id', caseId, '--format', 'docx', '--out', file, '--as', 'chen.clerk')
    expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining('文书核验码：') })
    const code = /文书核验码：(\S+)/.exec(run.stdout)![1]!
    const docx = await readDocx(readFileSync(file))
    expect(docx.text).toContain('技术调查官指派通知书')
    expect(docx.text).toContain(`文书核验码：${code}`)
    const verified = cli('verify', '--document', code)
    expect(verified.stdout).toContain('文书内容：与数据库一致')
    // Never over an existing file; a wrong kind or format is a usage error.
    expect(cli('export-document', '--kind', 'notice', '--id', caseId, '--out', file, '--as', 'chen.clerk')).toMatchObject({ code: 1, stderr: expect.stringContaining('文件已存在') })
    expect(cli('export-document', '--kind', 'letter', '--id', caseId, '--out', join(out, 'x.docx'), '--as', 'chen.clerk').code).toBe(2)
    expect(cli('export-document', '--kind', 'notice', '--id', caseId, '--format', 'pdf', '--out', join(out, 'x.pdf'), '--as', 'chen.clerk').code).toBe(2)
  }, 120_000)

  it('exports a case’s lab results by its number, and refuses an unknown case or a missing account', async () => {
    const file = join(out, 'results.xlsx')
    expect(cli('export-list', '--list', 'lab-results', '--case', caseNumber, '--format', 'xlsx', '--out', file, '--as', 'lin.investigator').code).toBe(0)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(file)
    const sheet = book.worksheets[0]!
    expect(sheet.getCell('A1').value).toBe('样品编号(sample_code)')
    expect(sheet.rowCount).toBeGreaterThan(1)
    expect(cli('export-list', '--list', 'lab-results', '--case', '（1999）无此案1号', '--out', join(out, 'none.xlsx'), '--as', 'lin.investigator')).toMatchObject({ code: 1, stderr: expect.stringContaining('找不到案号') })
    expect(cli('export-list', '--list', 'lab-results', '--out', join(out, 'none.xlsx'), '--as', 'lin.investigator').code).toBe(2)
    const anonymous = runCli(['export-list', '--list', 'experts', '--out', join(out, 'experts.xlsx'), '--data', join(dir, 'data')], { env: { ...process.env, ECOCASE_PASSWORD: '' } })
    expect(anonymous).toMatchObject({ code: 1, stderr: expect.stringContaining('--as') })
    expect(existsSync(join(out, 'experts.xlsx'))).toBe(false)
    expect(cli('export-list', '--list', 'orders', '--format', 'xlsx', '--out', join(out, 'orders.xlsx'), '--as', 'wang.judge').code).toBe(0)
  }, 120_000)
})
