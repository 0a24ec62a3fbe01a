import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { zhCN as printWords } from '../../../src/print/print.strings'
import { howToCheck } from '../../../electron/core/documents/docx-parts'
import { recusalRight } from '../../../electron/core/documents/notice-docx'
import { documentNames } from '../../../electron/core/documents/document-names'
import { checkDocument } from '../../../electron/core/audit/document-check'
import { verifyText } from '../../../electron/shared/verify-reasons'
import { zhCN as caseWords } from '../../../src/cases/cases.strings'
import { zhCN as orderWords } from '../../../src/orders/orders.strings'
import { zhCN as opinionWords } from '../../../src/opinions/opinions.strings'
import { zhCN as samplingWords } from '../../../src/sampling/sampling.strings'
import { demoCore, readDocx } from './support'

let demo: Awaited<ReturnType<typeof demoCore>>
beforeAll(async () => {
  demo = await demoCore()
}, 60_000)
afterAll(() => demo.core.close())

const forensic = () => ({ db: demo.core.db, sqlite: demo.core.sqlite, dataDir: ':memory:', hasInstallations: true, close: async () => undefined })

describe('Word exports of the court documents', () => {
  it('the assignment notice: letterhead, content, page numbers, Chinese fonts and the code the print would carry, verifiable like a print', async () => {
    const file = await demo.clerk.must('documents.exportDocx', { kind: 'assignment_notice', id: demo.ids.caseId })
    expect(file.fileName).toBe(`技术调查官指派通知书_${demo.ids.caseNumber}.docx`)
    const docx = await readDocx(Buffer.from(file.contentBase64, 'base64'))
    const court = await demo.clerk.must('court.get', {})
    expect(docx.text).toContain(court.fullName)
    expect(docx.text).toContain('技术调查官指派通知书')
    expect(docx.text).toContain(demo.ids.caseNumber)
    expect(docx.text).toContain('本案各方当事人：')
    expect(docx.text).toContain(`文书核验码：${file.code}`)
    expect(docx.text).toContain(howToCheck)
    expect(docx.xml).toMatch(/w:eastAsia="仿宋"/)
    expect(docx.xml).toMatch(/w:eastAsia="宋体"/)
    expect(docx.footers).toContain('PAGE')
    expect(docx.footers).toContain('NUMPAGES')
    expect(docx.headers).toContain(court.shortName)
    // The investigators on the notice, by name, as the print lists them.
    const names = (await demo.clerk.must('assignments.list', { caseId: demo.ids.caseId })).map((a) => a.expertName)
    for (const name of names.slice(0, 1)) expect(docx.text).toContain(name)
  })

  it('the opinion and the order summary carry their content and a code that verify --document finds unchanged', async () => {
    const opinion = await demo.investigator.must('documents.exportDocx', { kind: 'opinion', id: demo.ids.opinionId })
    const o = await readDocx(Buffer.from(opinion.contentBase64, 'base64'))
    expect(o.text).toContain('技术调查意见')
    expect(o.text).toContain('不公开')
    expect(o.text).toContain('一、案件与技术调查官')
    expect(o.text).toContain('五、生态环境损害数额')
    // The steps table in the Chinese words the opinion page shows, from the stored codes.
    expect(o.text).toContain('虚拟治理成本（排放量 × 单位治理成本）')
    expect(o.text).toContain('计算方法：《环境损害鉴定评估推荐方法（第Ⅱ版）》（环办〔2014〕90号）。生态环境损害数额 = 排放量 × 单位治理成本 × 倍数。')
    expect(o.text).toContain(`文书核验码：${opinion.code}`)

    const summary = await demo.judge.must('documents.exportDocx', { kind: 'order_summary', id: demo.ids.orderId })
    const s = await readDocx(Buffer.from(summary.contentBase64, 'base64'))
    const order = await demo.judge.must('orders.get', { id: demo.ids.orderId })
    expect(s.text).toContain('生态环境修复令执行情况摘要')
    expect(s.text).toContain(order.orderNumber)
    expect(s.text).toContain(order.obligor)
    expect(s.text).toContain('三、履行节点')
    expect(s.text).toContain(`文书核验码：${summary.code}`)

    for (const code of [opinion.code, summary.code]) {
      const check = await checkDocument(forensic(), code)
      expect(check.lines.map((line) => verifyText(line, 'zh')).join('\n')).toContain('与数据库一致')
      expect(check.ok).toBe(true)
    }
  })

  it('speaks the print views’ words', () => {
    expect(howToCheck).toBe(printWords.print.documentSeal.howToCheck)
    const { basis, ...byProcedure } = recusalRight
    expect(byProcedure).toEqual({ civil: printWords.print.notice.recusalRight.civil, criminal: printWords.print.notice.recusalRight.criminal, administrative: printWords.print.notice.recusalRight.administrative })
    expect(basis).toBe(printWords.print.notice.recusalRight.basis)
    expect(documentNames.partyRoles).toEqual(caseWords.cases.partyRoles)
    expect(documentNames.orderStatuses).toEqual(orderWords.orders.statuses)
    expect(documentNames.milestoneStatuses).toEqual(orderWords.orders.milestoneStatuses)
    expect(documentNames.severities).toEqual(orderWords.orders.severities)
    expect(documentNames.acceptanceResults).toEqual(orderWords.orders.results)
    expect(documentNames.memberRoles).toEqual(orderWords.orders.rules.memberRoles)
    expect(documentNames.opinionStatuses).toEqual(opinionWords.opinions.statuses)
    expect(documentNames.matrices).toEqual(samplingWords.sampling.matrices)
  })

  it('a record that does not exist is refused and nothing is sealed', async () => {
    const before = await demo.core.db.selectFrom('auditEvent').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    const reply = await demo.judge.call('documents.exportDocx', { kind: 'order_summary', id: '01900000-0000-7000-8000-000000000000' })
    expect(reply.ok ? null : reply.error.code).toBe('not_found')
    const after = await demo.core.db.selectFrom('auditEvent').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    expect(after.n).toBe(before.n)
  })
})

// Last in the file: it edits the demo's database outside the app.
describe('verify --document on a changed folder', () => {
  it('finds the assignment notice changed once an investigator’s name on it is edited outside the app', async () => {
    const notice = await demo.clerk.must('documents.exportDocx', { kind: 'assignment_notice', id: demo.ids.caseId })
    expect((await checkDocument(forensic(), notice.code)).ok).toBe(true)
    demo.core.sqlite.prepare("update expert set name = name || '某' where id in (select expert_id from assignment where case_id = ?)").run(demo.ids.caseId)
    const check = await checkDocument(forensic(), notice.code)
    expect(check.ok).toBe(false)
    expect(check.lines.map((line) => verifyText(line, 'zh')).join('\n')).toMatch(/打印时为 .*，现为 /)
  })
})
