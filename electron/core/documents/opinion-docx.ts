import type { Paragraph, Table } from 'docx'
import { formatYuan } from '../../shared/money'
import type { DamageEstimate, Opinion, OpinionSample } from '../../shared/opinions'
import { methodFormulaText, stepCells } from '../../shared/estimate-steps'
import { formatShanghai } from '../../shared/shanghai-time'
import type { EvaluationGap } from '../../shared/sampling'
import { findParameter } from '../sampling/parameters'
import { documentNames, nameOf } from './document-names'
import { heading, para, table } from './docx-parts'

const soilCategories = { below_screening: '低于筛选值', above_screening: '超过筛选值', above_intervention: '超过管制值' } as const

function amount(e: DamageEstimate): string {
  return e.lowFen === e.highFen ? `${formatYuan(e.lowFen)} 元` : `${formatYuan(e.lowFen)} 元 ~ ${formatYuan(e.highFen)} 元`
}

function stepsTable(e: DamageEstimate): Table {
  return table(
    ['序号', '计算步骤', '数值', '来源'],
    e.steps.map((s, i) => {
      // Court documents are issued in Chinese, in the words the opinion page uses.
      const cells = stepCells(s, 'zh')
      return [String(i + 1), cells.step, cells.figure, cells.source]
    }),
    [7, 22, undefined, 30]
  )
}

function resultsText(s: OpinionSample): string {
  if (s.results.length === 0) return '尚无检测结果'
  return s.results
    .map((r) => {
      const marks = [...(r.source === 'field' ? ['现场测定'] : []), ...(typeof r.exceededByHours === 'number' ? [`超过保存时限 ${Math.round(r.exceededByHours * 10) / 10} 小时分析`] : [])]
      return `${r.parameterKey ? zhName(r.parameterKey) : (r.parameterName ?? '')} ${r.qualifier ?? ''}${r.value} ${r.unit}${marks.length > 0 ? `（${marks.join('，')}）` : ''}`
    })
    .join('；')
}

function classText(s: OpinionSample): string {
  const e = s.evaluation
  if (e.standard === null) return `未评价（${evaluationGaps[e.reason] ?? e.reason}）`
  const verdict = e.standard === 'gb3838' ? (e.class ? `GB 3838 ${e.class} 类` : '未评价') : e.overall ? `GB 15618 ${soilCategories[e.overall]}` : '未评价'
  const late = e.pastHoldingTime ?? []
  return late.length === 0 ? verdict : `${verdict}（所依 ${late.map((l) => zhName(l.key)).join('、')} 超过保存时限分析）`
}

function decidingText(s: OpinionSample): string {
  const e = s.evaluation
  const names =
    e.standard === 'gb3838'
      ? e.deciding.map((d) => zhName(d.key))
      : e.standard === 'gb15618'
        ? e.items.filter((i) => i.category === 'above_screening' || i.category === 'above_intervention').map((i) => zhName(i.key))
        : []
  return names.length > 0 ? names.join('、') : '—'
}

function evidence(o: Opinion): (Paragraph | Table)[] {
  if (o.visits.length === 0 && o.samples.length === 0) return [para('本意见未引用现场勘查或采样记录。')]
  const voided = (v: boolean) => (v ? '（已作废）' : '')
  return [
    ...(o.visits.length > 0
      ? [
          para('（一）现场勘查', { flush: true }),
          table(
            ['序号', '勘查日期', '在场人员', '天气'],
            o.visits.map((v, i) => [String(i + 1), `${v.visitDate}${voided(v.voided)}`, v.peoplePresent.join('、'), v.weather || '—']),
            [7, 18, undefined, 18]
          )
        ]
      : []),
    ...(o.samples.length > 0
      ? [
          para('（二）样品及其评价', { flush: true }),
          table(
            ['序号', '样品编号 / 样品类型', '采样点', '采样时间', '主要检测结果', '类别', '定类项目'],
            o.samples.map((s, i) => [
              String(i + 1),
              `${s.code}\n${nameOf(documentNames.matrices, s.matrix)}${voided(s.voided)}`,
              s.siteName,
              formatShanghai(s.sampledAt),
              resultsText(s),
              classText(s),
              decidingText(s)
            ]),
            [5, 21, 10, 11, undefined, 12, 15]
          )
        ]
      : [])
  ]
}

/**
 * 技术调查意见 as a Word body, from the sealed opinion
 * (`documentData.opinion`), section by section as the print: 不公开, the
 * investigators and their signatures, the questions, findings, evidence,
 * estimate steps, options and statement.
 */
export function opinionBody(o: Opinion, printedAt: string): (Paragraph | Table)[] {
  const recommended = o.options.findIndex((x) => x.recommended)
  return [
    para('不公开', { align: 'right', bold: true }),
    para(`案号：${o.caseNumber}　　案由：${o.caseCause}`, { align: 'center' }),
    para(`第 ${o.version} 版　${nameOf(documentNames.opinionStatuses, o.status)}`, { align: 'center', small: true }),
    heading('一、案件与技术调查官'),
    table(
      ['序号', '姓名', '工作单位', '职称', '签署'],
      o.investigators.map((inv, i) => [String(i + 1), inv.name, inv.organisation, inv.title, inv.signedAt ? `${inv.signedByName} 于 ${formatShanghai(inv.signedAt)} 签署` : '未签署']),
      [7, 14, undefined, 16, 28]
    ),
    heading('二、法院提出的问题'),
    ...o.questions.map((q, i) => para(`${i + 1}. ${q.text}`, { flush: true })),
    heading('三、调查情况'),
    ...o.findings
      .split('\n')
      .filter(Boolean)
      .map((line) => para(line)),
    heading('四、现场勘查与采样'),
    ...evidence(o),
    heading('五、生态环境损害数额'),
    ...(o.virtualEstimate
      ? [
          ...(o.virtualEstimate.method ? [para(`计算方法：${o.virtualEstimate.method.document}。${methodFormulaText(o.virtualEstimate.method.version, 'zh')}。`)] : []),
          stepsTable(o.virtualEstimate),
          para(`经估算，生态环境损害数额为 ${amount(o.virtualEstimate)}。`)
        ]
      : []),
    ...(o.actualEstimate ? [stepsTable(o.actualEstimate), para(`已知实际治理费用合计 ${amount(o.actualEstimate)}。`)] : []),
    heading('六、修复建议'),
    table(
      ['序号', '修复方式', '预期效果', '费用（元）', '工期（天）'],
      o.options.map((x, i) => [String(i + 1), `${x.method}${x.recommended ? '（推荐）' : ''}`, x.expectedResult, formatYuan(x.costFen), `约 ${x.durationDays} 天`]),
      [7, undefined, undefined, 16, 13]
    ),
    ...(recommended >= 0 ? [para(`技术调查官建议采用方案 ${recommended + 1}：${o.options[recommended]!.method}。`)] : []),
    heading('七、声明'),
    para(o.statement),
    ...o.investigators.map((inv) => para(`签署：${inv.name}　${inv.signedAt ? formatShanghai(inv.signedAt) : '________'}`, { align: 'right' })),
    para(`打印时间：${formatShanghai(printedAt)}`, { align: 'right', small: true }),
    para(`${o.caseNumber} · 第 ${o.version} 版 · 不公开 · 仅供合议庭评议参考`, { flush: true, small: true })
  ]
}

/** The Word document is Chinese: a parameter by its standard's Chinese name. */
function zhName(key: string): string {
  return findParameter(key)?.nameZh ?? key
}

// Why a sample was not evaluated, in the document's Chinese; a sample frozen before codes carries its sentence.
const evaluationGaps: Record<EvaluationGap, string> = {
  no_waterbody: '采样点未标明水体类型（河流或湖库），无法按 GB 3838-2002 评价',
  no_gb3838_results: '尚无可按 GB 3838-2002 评价的检测结果',
  no_soil_ph: '未记录土壤 pH（检测结果或现场测定），无法按 GB 15618-2018 评价',
  no_land_use: '样品未记录用地类型（水田、果园或其他），无法按 GB 15618-2018 评价',
  no_gb15618_results: '尚无可按 GB 15618-2018 评价的检测结果',
  matrix_not_evaluated: '此类样品不按 GB 3838-2002 或 GB 15618-2018 评价'
}
