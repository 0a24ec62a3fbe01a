import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { labResultTemplateHeader, labResultTemplateRows } from '../../../electron/core/sampling/results-template'
import { demoCore } from './support'

let demo: Awaited<ReturnType<typeof demoCore>>
beforeAll(async () => {
  demo = await demoCore()
}, 60_000)
afterAll(() => demo.core.close())

/** The first sheet of a workbook as rows of cell values (header first). */
async function sheetOf(base64: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer)
  const rows: unknown[][] = []
  book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
  return rows
}

async function workbook(rows: (string | number)[][]): Promise<string> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('结果')
  sheet.addRows(rows)
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64')
}

const header = ['样品编号', '检测项目', '测定值', '限定符', '单位', '检出限', '分析方法', '检测机构', '报告编号', '分析时间']

describe('Excel exports of the lists', () => {
  it('the expert pool, one expert a row with their fields and term', async () => {
    const file = await demo.clerk.must('lists.exportXlsx', { list: 'experts', caseId: null })
    expect(file.fileName).toBe('专家库.xlsx')
    const rows = await sheetOf(file.contentBase64)
    expect(rows[0]!.slice(0, 4)).toEqual(['姓名', '工作单位', '职称', '主专业领域'])
    const experts = await demo.clerk.must('experts.list', { limit: 500 })
    expect(rows).toHaveLength(experts.items.length + 1)
    const lin = rows.find((r) => r[0] === '林永华')!
    expect(lin[1]).toBe('福建省林业科学研究院')
    expect(lin[3]).toBe('林业生态')
  })

  it('a case’s lab results in the import template’s columns, the orders and the overdue milestones', async () => {
    const results = await sheetOf((await demo.investigator.must('lists.exportXlsx', { list: 'lab-results', caseId: demo.ids.caseId })).contentBase64)
    expect(results[0]![0]).toBe('样品编号(sample_code)')
    const cod = results.find((r) => r[0] === '2020-0626-123-SW-001' && r[1] === 'cod')!
    expect(cod[2]).toBe(38)
    expect(cod[4]).toBe('mg/L')

    const orders = await sheetOf((await demo.judge.must('lists.exportXlsx', { list: 'orders', caseId: null })).contentBase64)
    expect(orders[0]![0]).toBe('修复令编号')
    expect(orders.some((r) => r[0] === '（2020）闽0626执修1号' && r[4] === '执行中')).toBe(true)

    const overdue = await demo.judge.must('lists.exportXlsx', { list: 'overdue', caseId: null })
    const dashboard = await demo.judge.must('orders.dashboard', { dueSoonDays: 1 })
    const rows = await sheetOf(overdue.contentBase64)
    expect(rows[0]).toEqual(['修复令编号', '类型', '节点名称', '到期日', '逾期天数', '状态'])
    expect(rows.slice(1).map((r) => r[2])).toEqual(dashboard.overdue.map((m) => m.title))
  })

  it('the import template as a workbook holds the CSV template’s header and rows', async () => {
    const csv = readFileSync(join(__dirname, '../../../resources/templates/lab-results-template.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.split(','))
    expect([labResultTemplateHeader, ...labResultTemplateRows]).toEqual(csv)
    const file = await demo.investigator.must('lists.exportXlsx', { list: 'lab-results-template', caseId: null })
    expect(await sheetOf(file.contentBase64)).toEqual(csv)
  })

  it('lab results need their case', async () => {
    const reply = await demo.judge.call('lists.exportXlsx', { list: 'lab-results', caseId: null })
    expect(reply.ok ? null : reply.error.fieldErrors).toMatchObject({ caseId: expect.any(String) })
  })
})

describe('Excel import of lab results', () => {
  it('an exported sheet imports again as it is, adding nothing', async () => {
    const file = await demo.investigator.must('lists.exportXlsx', { list: 'lab-results', caseId: demo.ids.caseId })
    const report = await demo.investigator.must('labResults.import', { fileName: file.fileName, contentBase64: file.contentBase64 })
    expect(report.errors).toEqual([])
    expect(report.imported).toBe(0)
    expect(report.skipped).toBeGreaterThan(0)
  })

  it('a sheet with one bad row is refused whole, with the row named; fixed, it imports', async () => {
    const good = ['2020-0626-123-SW-005', 'tn', '1.2', '', 'mg/L', '0.05', 'HJ 636-2012', '漳滨县环境监测站', 'XLSX-2021-001', '2021-01-05 09:30']
    const bad = ['2020-0626-123-SW-005', 'tp', 'abc', '', 'mg/L', '', '', '漳滨县环境监测站', 'XLSX-2021-001', '2021-01-05 09:30']
    const count = async () => (await demo.core.db.selectFrom('labResult').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n
    const before = await count()
    const refused = await demo.investigator.must('labResults.import', { fileName: '结果.xlsx', contentBase64: await workbook([header, good, bad]) })
    expect(refused.imported).toBe(0)
    expect(refused.errors).toEqual([{ line: 3, problem: { reason: 'import_value_not_number', params: { value: 'abc' } }, reason: '测定值不是数字：“abc”（小数点请用“.”）' }])
    expect(await count()).toBe(before)

    const fixed = ['2020-0626-123-SW-005', 'tp', 0.05, '', 'mg/L', '', '', '漳滨县环境监测站', 'XLSX-2021-001', '2021-01-05 09:30']
    const report = await demo.investigator.must('labResults.import', { fileName: '结果.xlsx', contentBase64: await workbook([header, good, fixed]) })
    expect(report).toMatchObject({ imported: 2, errors: [] })
    expect(await count()).toBe(before + 2)
  })

  it('a date cell reads as the Beijing time typed, and a broken workbook is refused by name', async () => {
    const typed = new Date(Date.UTC(2021, 0, 6, 14, 0))
    const book = new ExcelJS.Workbook()
    book.addWorksheet('结果').addRows([header, ['2020-0626-123-SW-005', 'cod', 22, '', 'mg/L', '', '', '漳滨县环境监测站', 'XLSX-2021-002', typed]])
    const report = await demo.investigator.must('labResults.import', { fileName: '结果.xlsx', contentBase64: Buffer.from(await book.xlsx.writeBuffer()).toString('base64') })
    expect(report).toMatchObject({ imported: 1, errors: [] })
    const stored = await demo.core.db.selectFrom('labResult').select('analysedAt').where('reportNumber', '=', 'XLSX-2021-002').executeTakeFirstOrThrow()
    expect(stored.analysedAt).toBe('2021-01-06T06:00:00.000Z')

    const broken = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from('not a workbook')]).toString('base64')
    const refused = await demo.investigator.must('labResults.import', { fileName: '坏.xlsx', contentBase64: broken })
    expect(refused.errors[0]!.reason).toContain('无法读取该 Excel 文件')
  })
})
