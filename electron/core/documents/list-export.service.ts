import { safeFileName, xlsxMediaType, type ExportList, type ExportedFile } from '../../shared/documents'
import { AppError } from '../../shared/errors'
import { expertImportTemplate, type Expert } from '../../shared/experts'
import type { DashboardMilestone, OrderListItem } from '../../shared/orders'
import { formatShanghai, shanghaiDay } from '../../shared/shanghai-time'
import type { Call } from '../call'
import type { Handlers } from '../handler-table'
import { findCase } from '../cases/case.repository'
import { listExperts } from '../experts/expert.repository'
import { listOrders } from '../orders/order.repository'
import { overdueMilestones } from '../orders/overdue-milestones'
import { listLabResults, listSamplesForCase } from '../sampling/sampling.repository'
import { LAB_RESULT_COLUMNS } from '../sampling/results-csv'
import { labResultTemplateHeader, labResultTemplateRows } from '../sampling/results-template'
import { documentNames, nameOf } from './document-names'
import { sheetWorkbook, type SheetColumn } from './workbook-export'
import { acrossCases } from '../access/case-scope'

/** Lists are read in pages of this many rows (the largest page the list channels give). */
const pageSize = 200

async function allExperts(call: Call): Promise<Expert[]> {
  const experts: Expert[] = []
  let after: string | null = null
  do {
    const page = await listExperts(call.db, { search: '', fieldId: null, status: null, after, limit: pageSize })
    experts.push(...page.items)
    after = page.next
  } while (after !== null)
  return experts
}

async function allOrders(call: Call, today: string): Promise<OrderListItem[]> {
  const orders: OrderListItem[] = []
  let after: string | null = null
  do {
    const page = await listOrders(call.db, { status: null, orderTypeId: null, caseId: null, after, limit: pageSize }, today, call.visibleCases)
    orders.push(...page.items)
    after = page.next
  } while (after !== null)
  return orders
}

const col = (header: string, width: number): SheetColumn => ({ header, width })

interface Sheet {
  name: string
  sheetName: string
  columns: SheetColumn[]
  rows: (string | number | null)[][]
}

/** The expert pool, one expert a row, in the list's (name) order. */
async function expertSheet(call: Call): Promise<Sheet> {
  const fields = new Map((await call.db.selectFrom('field').select(['id', 'nameZh']).execute()).map((f) => [f.id, f.nameZh]))
  const experts = await allExperts(call)
  return {
    name: '专家库',
    sheetName: '专家库',
    columns: [col('姓名', 10), col('工作单位', 30), col('职称', 16), col('主专业领域', 16), col('其他领域', 24), col('电话', 16), col('电子邮箱', 24), col('聘期起', 12), col('聘期止', 12), col('状态', 8), col('最多同时承办案件数', 10), col('备注', 30)],
    rows: experts.map((e) => [
      e.name,
      e.organisation,
      e.title,
      e.fields.filter((f) => f.primary).map((f) => fields.get(f.fieldId) ?? '').join('、'),
      e.fields.filter((f) => !f.primary).map((f) => fields.get(f.fieldId) ?? '').join('、'),
      e.phone,
      e.email,
      e.termStart,
      e.termEnd,
      e.status === 'active' ? '在库' : '暂停',
      e.maxConcurrentCases,
      e.notes
    ])
  }
}

/**
 * A case's standing lab results (voided ones left out), in the columns of
 * the results import template, so the sheet imports again as it is.
 */
async function labResultSheet(call: Call, caseId: string): Promise<Sheet> {
  const courtCase = await findCase(call.db, caseId)
  if (!courtCase) throw new AppError('not_found', 'case_not_found')
  const samples = await listSamplesForCase(call.db, caseId)
  const codes = new Map(samples.map((s) => [s.id, s.code]))
  const results = (await listLabResults(call.db, samples.map((s) => s.id))).filter((r) => r.voided === null)
  const widths: Record<string, number> = { sample_code: 18, parameter: 12, method: 24, lab: 24, report_number: 18, analysed_at: 18 }
  return {
    name: `检测结果_${courtCase.caseNumber}`,
    sheetName: '检测结果',
    columns: LAB_RESULT_COLUMNS.map((c) => col(`${c.zh}(${c.key})`, widths[c.key] ?? 10)),
    rows: results.map((r) => [codes.get(r.sampleId) ?? '', r.parameterKey, r.value, r.qualifier ?? '', r.unit, r.detectionLimit, r.method, r.lab, r.reportNumber, formatShanghai(r.analysedAt)])
  }
}

/** The results import template as a workbook: the CSV template's header and example rows, text cells as typed. */
function templateSheet(): Sheet {
  const widths = [22, 16, 10, 10, 10, 12, 36, 20, 16, 18]
  return { name: '检测结果导入模板', sheetName: '检测结果', columns: labResultTemplateHeader.map((h, i) => col(h, widths[i] ?? 12)), rows: labResultTemplateRows }
}

/** The expert-pool import template as a workbook: the columns the expert list exports, and an example row. */
function expertTemplateSheet(): Sheet {
  const [header, ...rows] = expertImportTemplate
  return { name: '专家库导入模板', sheetName: '专家库', columns: header!.map((h) => col(h, Math.max(10, h.length * 2))), rows }
}

async function orderSheet(call: Call, today: string): Promise<Sheet> {
  const orders = await allOrders(call, today)
  return {
    name: '修复令',
    sheetName: '修复令',
    columns: [col('修复令编号', 24), col('类型', 14), col('案号', 26), col('修复义务人', 20), col('状态', 10), col('签发日期', 12), col('履行期限', 12), col('履行节点', 8), col('逾期节点', 8), col('未关闭偏差', 10), col('已作废', 8)],
    rows: orders.map((o) => [
      o.orderNumber,
      o.orderTypeName,
      o.caseNumber,
      o.obligor,
      nameOf(documentNames.orderStatuses, o.status),
      o.issuedOn ?? '',
      o.deadline,
      o.milestones,
      o.overdueMilestones,
      o.openDeviations,
      o.discarded ? '是' : ''
    ])
  }
}

/** Every overdue milestone on `today`, as the overdue list pages them (the dashboard shows only the first 20). */
async function overdueSheet(call: Call, today: string): Promise<Sheet> {
  const overdue: DashboardMilestone[] = []
  let after: string | null = null
  do {
    const page = await overdueMilestones(call.db, { after, limit: pageSize }, today, call.visibleCases)
    overdue.push(...page.items)
    after = page.next
  } while (after !== null)
  return {
    name: `逾期履行节点_${today}`,
    sheetName: '逾期履行节点',
    columns: [col('修复令编号', 24), col('类型', 14), col('节点名称', 24), col('到期日', 12), col('逾期天数', 10), col('状态', 10)],
    rows: overdue.map((m) => [m.orderNumber, m.orderTypeName, m.title, m.dueDate, -m.daysLeft, nameOf(documentNames.milestoneStatuses, m.status)])
  }
}

/** A list as an Excel workbook (.xlsx) of one sheet, read through the same repositories as the list pages. */
export async function exportListXlsx(call: Call, list: ExportList, caseId: string | null): Promise<ExportedFile> {
  const today = shanghaiDay(call.now)
  const sheets: Record<ExportList, () => Promise<Sheet>> = {
    experts: () => expertSheet(call),
    'lab-results': () => labResultSheet(call, caseId!),
    orders: () => orderSheet(call, today),
    overdue: () => overdueSheet(call, today),
    'lab-results-template': async () => templateSheet(),
    'experts-template': async () => expertTemplateSheet()
  }
  const sheet = await sheets[list]()
  const bytes = await sheetWorkbook({ sheetName: sheet.sheetName, columns: sheet.columns, rows: sheet.rows, exportedAt: new Date(call.now) })
  return { fileName: safeFileName(sheet.name, 'xlsx'), mediaType: xlsxMediaType, contentBase64: bytes.toString('base64') }
}

export const listExportHandlers: Handlers<'lists.exportXlsx'> = {
  'lists.exportXlsx': { scope: acrossCases(({ caseId }) => caseId), access: 'signedIn', writes: false, run: (call, { list, caseId }) => exportListXlsx(call, list, caseId) }
}
