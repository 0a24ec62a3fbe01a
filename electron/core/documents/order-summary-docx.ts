import type { Paragraph, Table } from 'docx'
import { formatYuan } from '../../shared/money'
import type { SealedOrderSummary } from '../../shared/order-summary'
import { formatShanghai } from '../../shared/shanghai-time'
import { findParameter } from '../sampling/parameters'
import { documentNames, nameOf } from './document-names'
import { heading, para, particulars, table } from './docx-parts'

const comparatorText = (c: string) => c.replace('>=', '≥').replace('<=', '≤')
const paidText = (paid: boolean) => (paid ? '已缴纳' : '未缴纳')
const verdictText = (meets: boolean | null) => (meets === true ? '达到' : meets === false ? '未达到' : '尚不能判定是否达到')

/** The upkeep, labour-in-lieu and restocking rows, where the order has them (as OrderSectionsRows prints them). */
function sectionRows(o: SealedOrderSummary['order']): string[][] {
  const rows: string[][] = []
  if (o.upkeep) {
    const ends = o.upkeepEndsOn ? `，管护期至 ${o.upkeepEndsOn}` : ''
    const threshold = o.upkeep.survivalThresholdPct === null ? '' : `；验收成活率不低于 ${o.upkeep.survivalThresholdPct}%`
    rows.push(['管护', `完工后管护 ${o.upkeep.months} 个月${ends}${threshold}`])
  }
  if (o.labour) rows.push(['劳务代偿', `${o.labour.hours} 小时 × ${formatYuan(o.labour.hourlyRateFen)} 元/小时，折抵修复费用 ${formatYuan(o.labour.offsetFen)} 元`])
  if (o.restocking) {
    const items = o.restocking.items.map((i) => `${i.species} ${i.quantity} ${i.unit}`).join('；')
    rows.push(['增殖放流', `经${o.restocking.approvedBy}批准${o.restocking.approvalReference ? `（${o.restocking.approvalReference}）` : ''}：${items}`])
  }
  return rows
}

function acceptanceText(o: SealedOrderSummary['order']): string {
  const a = o.acceptance
  if (!a) return '尚未验收。'
  return [
    `验收单位：${a.acceptingBody}`,
    `验收日期：${a.acceptedOn}`,
    `验收结论：${nameOf(documentNames.acceptanceResults, a.result)}`,
    `验收报告 SHA-256：${a.reportSha256.slice(0, 16)}…`,
    ...(a.survivalRatePct !== null ? [`验收成活率（%）：${a.survivalRatePct}`] : []),
    ...(a.members.length > 0 ? [`验收组成员：${a.members.map((m) => `${nameOf(documentNames.memberRoles, m.role)} ${m.organisation} ${m.name}`).join('、')}`] : []),
    o.handover ? `${o.handover.handedOverOn} 移交${o.handover.handedOverTo}` : '尚未移交。'
  ].join('；')
}

/**
 * 生态环境修复令执行情况摘要 as a Word body, from the sealed summary
 * (`documentData.order_summary`): particulars, target, milestones, the
 * latest evaluation, deviations, the target parameters' values over time
 * (a table where the print draws a chart) and the acceptance.
 */
export function orderSummaryBody(s: SealedOrderSummary): (Paragraph | Table)[] {
  const o = s.order
  const deviations = o.inspections.filter((i) => !i.voided).flatMap((i) => i.deviations.filter((d) => !d.voided).map((d) => ({ ...d, inspectedOn: i.inspectedOn })))
  return [
    para(o.orderNumber, { align: 'right' }),
    heading('一、修复令基本情况'),
    particulars([
      ['类型', o.orderTypeName, '状态', nameOf(documentNames.orderStatuses, o.status)],
      ['案件', o.caseNumber, '判决文书', o.judgmentReference],
      ['签发法官', o.issuedByName, '签发日期', o.issuedOn ?? '—'],
      ['修复义务人', o.obligor, '第三方实施单位', o.executor || '—'],
      ['修复地点', o.sites.map((x) => x.name).join('、'), '履行期限', o.deadline],
      ['修复方式', `${o.method}${o.methodItems.length > 0 ? `\n${o.methodItems.map((m) => `${m.species} ${m.quantity} ${m.unit}`).join('；')}` : ''}`],
      ['修复费用（元）', `${formatYuan(o.restorationFeeFen)}（${paidText(o.restorationFeePaid)}）`, '履约保证金（元）', `${formatYuan(o.bondFen)}（${paidText(o.bondPaid)}）`],
      ['判决确定的替代修复费用（元）', formatYuan(o.fallbackCostFen)],
      ...sectionRows(o),
      ['监督机关', o.supervisingAgencies.join('、') || '—'],
      ['监督技术调查官', o.supervisors.map((x) => x.name).join('、') || '—']
    ]),
    heading('二、修复目标'),
    ...o.standardTargets.map((target) =>
      para(
        `${o.sites.find((x) => x.id === target.siteId)?.name ?? ''}：${target.parameters.map((p) => findParameter(p)?.nameZh ?? p).join('、')}达到 GB 3838-2002 ${target.targetClass} 类`,
        { flush: true }
      )
    ),
    ...o.measurableTargets.map((m) => para(`${m.description} ${comparatorText(m.comparator)} ${m.value}${m.unit}`, { flush: true })),
    heading('三、履行节点'),
    table(
      ['序号', '节点名称', '到期日', '验收标准', '状态', '完成日期'],
      o.milestones.map((m, i) => [
        String(i + 1),
        m.title,
        m.dueDate,
        `${m.criterionText}${m.evaluation ? `\n${m.evaluation.explanation}` : ''}`,
        nameOf(documentNames.milestoneStatuses, m.status),
        m.doneOn ?? '—'
      ]),
      [6, 18, 13, undefined, 10, 13]
    ),
    heading('四、最近一次检测评价'),
    ...s.targetEvaluations.flatMap((ev) =>
      ev.sampleCode === null
        ? [para(`${ev.siteName}：该点位尚无检测结果。`, { flush: true })]
        : [
            para(`${ev.siteName}：${ev.sampleCode}（${ev.sampledOn}采样）水质类别 ${ev.waterClass ?? '—'}，${verdictText(ev.meets)}目标 ${ev.targetClass} 类。`, { flush: true }),
            table(
              ['项目', '测定值（mg/L）', `${ev.targetClass} 类限值`, '是否达标', '定类项目'],
              ev.items.map((item) => [findParameter(item.parameter)?.nameZh ?? item.parameter, item.value ?? '未检测', item.limit, verdictText(item.meets), item.deciding ? '★' : ''])
            )
          ]
    ),
    heading('五、偏差及整改'),
    deviations.length === 0
      ? para('无偏差记录。', { flush: true })
      : table(
          ['偏差情况', '严重程度', '整改要求', '整改期限', '整改情况'],
          deviations.map((d) => [
            `${d.description}\n发现于 ${d.inspectedOn} 回访`,
            nameOf(documentNames.severities, d.severity),
            d.correctiveAction,
            d.dueDate,
            d.closedOn ? `已关闭 ${d.closedOn}：${d.closingNote}` : '未关闭'
          ]),
          [undefined, 12, undefined, 14, undefined]
        ),
    heading('六、目标项目变化趋势'),
    ...s.trends.flatMap((series) => [
      para(`${series.siteName}　${findParameter(series.parameter)?.nameZh ?? series.parameter}（${series.unit}）${series.limit === null ? '' : `，目标限值 ${series.limit}`}`, { flush: true }),
      table(
        ['采样日期', '样品编号', '测定值'],
        series.points.map((p) => [p.sampledOn, p.sampleCode, `${p.belowDetection ? '<' : ''}${p.value}`])
      )
    ]),
    heading('七、验收'),
    para(acceptanceText(o), { flush: true }),
    para(`生成时间：${formatShanghai(s.generatedAt)}`, { align: 'right', small: true })
  ]
}
