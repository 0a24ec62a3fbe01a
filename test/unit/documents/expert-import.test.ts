import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expertImportTemplate } from '../../../electron/shared/experts'
import { demoCore } from './support'
/** The rows' problems as the CLI reports them: line and Chinese words (the words come from each problem's reason). */
const chinese = (errors: readonly { line: number; reason: string }[]) => errors.map(({ line, reason }) => ({ line, reason }))

let demo: Awaited<ReturnType<typeof demoCore>>
beforeAll(async () => {
  demo = await demoCore()
}, 60_000)
afterAll(() => demo.core.close())

async function workbook(rows: (string | number | Date)[][]): Promise<string> {
  const book = new ExcelJS.Workbook()
  book.addWorksheet('专家库').addRows(rows)
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64')
}
const csv = (rows: string[][]) => Buffer.from(`\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`, 'utf8').toString('base64')
const count = async () => (await demo.core.db.selectFrom('expert').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n

const header = expertImportTemplate[0]!
const row = (name: string, overrides: Partial<Record<number, string | number | Date>> = {}) => {
  const cells: (string | number | Date)[] = [name, '福建师范大学地理科学学院', '副教授', '土壤环境', '水环境、环境监测', '0591-22868000', '', '2025-03-01', '2027-02-28', '在库', 2, '']
  for (const [i, v] of Object.entries(overrides)) cells[Number(i)] = v!
  return cells
}

describe('expert-pool import from Excel and CSV', () => {
  it('a workbook with one bad row is refused whole, with the row and column named; fixed, it imports, and once only', async () => {
    const before = await count()
    const refused = await demo.clerk.must('experts.import', {
      fileName: '专家.xlsx',
      contentBase64: await workbook([header, row('郑明'), row('黄丽', { 3: '天文学', 7: new Date(Date.UTC(2025, 2, 1)), 10: 0 })])
    })
    expect(refused.imported).toBe(0)
    expect(chinese(refused.errors)).toEqual([
      { line: 3, reason: '主专业领域：未知的专业领域“天文学”' },
      { line: 3, reason: '最多同时承办案件数：至少为 1' }
    ])
    expect(await count()).toBe(before)

    const fixed = await workbook([header, row('郑明'), row('黄丽', { 7: new Date(Date.UTC(2025, 2, 1)) })])
    expect(await demo.clerk.must('experts.import', { fileName: '专家.xlsx', contentBase64: fixed })).toMatchObject({ imported: 2, skipped: 0, errors: [] })
    expect(await count()).toBe(before + 2)
    const huang = (await demo.clerk.must('experts.list', { search: '黄丽' })).items[0]!
    expect(huang).toMatchObject({ organisation: '福建师范大学地理科学学院', termStart: '2025-03-01', maxConcurrentCases: 2, status: 'active' })
    expect(huang.fields).toHaveLength(3)
    expect(await demo.clerk.must('experts.import', { fileName: '专家.xlsx', contentBase64: fixed })).toMatchObject({ imported: 0, skipped: 2 })
  })

  it('the same rows from a CSV meet the same rules; the exported pool imports again adding nobody', async () => {
    const bad = await demo.clerk.must('experts.import', { fileName: '专家.csv', contentBase64: csv([header, row('周强', { 6: 'not-an-email' }).map(String)]) })
    expect(chinese(bad.errors)).toEqual([{ line: 2, reason: '电子邮箱：电子邮箱格式不正确' }])
    const exported = await demo.clerk.must('lists.exportXlsx', { list: 'experts', caseId: null })
    const again = await demo.clerk.must('experts.import', { fileName: exported.fileName, contentBase64: exported.contentBase64 })
    expect(again.errors).toEqual([])
    expect(again.imported).toBe(0)
    expect(again.skipped).toBe((await demo.clerk.must('experts.list', { limit: 500 })).items.length)
  })

  it('only the pool’s keepers import; the Excel template reads back as the template', async () => {
    const reply = await demo.investigator.call('experts.import', { fileName: '专家.csv', contentBase64: csv([header]) })
    expect(reply.ok ? null : reply.error.code).toBe('forbidden')
    const template = await demo.clerk.must('lists.exportXlsx', { list: 'experts-template', caseId: null })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(template.contentBase64, 'base64') as unknown as ExcelJS.Buffer)
    expect((book.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(header)
  })
})
