import { PersonalSignatures, usePersonalSignatures } from '../../print/PersonalSignatures'
import { useParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { partText } from '../../../electron/shared/errors'
import { formatYuan } from '../../../electron/shared/money'
import { formatShanghai } from '../../../electron/shared/shanghai-time'
import { PrintPage } from '../../print/PrintPage'
import { parameterName } from '../../standards/standard-names'
import { TrendChart } from './TrendChart'
import { OrderSectionsRows } from './OrderSectionsRows'
import { orderTypeNameOf } from '../order-type-name'
import { DocumentSealBlock, useDocumentSeal } from '../../print/DocumentSeal'
import { useChannel } from '../../api/use-channel'
import { uiLanguage } from '../../api/error-words'

const comparatorText = (c: string) => c.replace('>=', '≥').replace('<=', '≤')

/**
 * 生态环境修复令执行情况摘要, the judge's main output: the order, its target,
 * the milestones, the latest evaluation against the target with the items
 * that decide it, the deviations and their corrections, a trend chart of
 * each target parameter, and the document seal that ties the printed copy
 * to the database.
 */
export function OrderSummaryPrint() {
  const { t, i18n } = useTranslation()
  const { id = '' } = useParams()
  const summary = useChannel('orders.summary', { id })
  const seal = useDocumentSeal('order_summary', id, Boolean(summary.data))
  const acceptanceId = summary.data?.order.acceptance?.id
  const signed = usePersonalSignatures(acceptanceId ? [id, acceptanceId] : [id], Boolean(summary.data))
  const title = t('orders.summary.title')
  if (summary.isError) return <p>{t('print.notFound')}</p>
  const s = summary.data
  const o = s?.order
  const deviations = o?.inspections.filter((i) => !i.voided).flatMap((i) => i.deviations.filter((d) => !d.voided).map((d) => ({ ...d, inspectedOn: i.inspectedOn }))) ?? []

  return (
    <PrintPage
      court={s?.court ?? ''}
      title={title}
      ready={Boolean(s) && seal.settled && signed.settled}
      footer={
        s && (
          <div style={{ width: '100%' }}>
            <DocumentSealBlock {...seal} />
            <div style={{ textAlign: 'right' }}>{t('orders.summary.generatedAt', { time: formatShanghai(s.generatedAt) })}</div>
          </div>
        )
      }
    >
      {s && o && (
        <>
          <p className="print-flush" style={{ textAlign: 'right' }}>
            {o.orderNumber}
          </p>
          <h3>{t('orders.summary.particulars')}</h3>
          <table>
            <tbody>
              <tr>
                <th style={{ width: '18%' }}>{t('orders.type')}</th>
                <td>{orderTypeNameOf(o, i18n.language)}</td>
                <th style={{ width: '18%' }}>{t('orders.status')}</th>
                <td>{t(`orders.statuses.${o.status}`)}</td>
              </tr>
              <tr>
                <th>{t('orders.case')}</th>
                <td>{o.caseNumber}</td>
                <th>{t('orders.judgmentReference')}</th>
                <td>{o.judgmentReference}</td>
              </tr>
              <tr>
                <th>{t('orders.issuedBy')}</th>
                <td>{o.issuedByName}</td>
                <th>{t('orders.issuedOn')}</th>
                <td>{o.issuedOn ?? '—'}</td>
              </tr>
              <tr>
                <th>{t('orders.obligor')}</th>
                <td>{o.obligor}</td>
                <th>{t('orders.executor')}</th>
                <td>{o.executor || '—'}</td>
              </tr>
              <tr>
                <th>{t('orders.sites')}</th>
                <td>{o.sites.map((x) => x.name).join('、')}</td>
                <th>{t('orders.deadline')}</th>
                <td>{o.deadline}</td>
              </tr>
              <tr>
                <th>{t('orders.method')}</th>
                <td colSpan={3}>
                  {o.method}
                  {o.methodItems.length > 0 && <div>{o.methodItems.map((m) => `${m.species} ${m.quantity} ${m.unit}`).join('；')}</div>}
                </td>
              </tr>
              <tr>
                <th>{t('orders.restorationFee')}</th>
                <td>
                  {formatYuan(o.restorationFeeFen)}（{t(o.restorationFeePaid ? 'orders.paid' : 'orders.unpaid')}）
                </td>
                <th>{t('orders.bond')}</th>
                <td>
                  {formatYuan(o.bondFen)}（{t(o.bondPaid ? 'orders.paid' : 'orders.unpaid')}）
                </td>
              </tr>
              <tr>
                <th>{t('orders.fallbackCost')}</th>
                <td colSpan={3}>{formatYuan(o.fallbackCostFen)}</td>
              </tr>
              <OrderSectionsRows order={o} />
              <tr>
                <th>{t('orders.supervisingAgencies')}</th>
                <td colSpan={3} data-testid="summary-agencies">
                  {o.supervisingAgencies.join('、') || '—'}
                </td>
              </tr>
              <tr>
                <th>{t('orders.supervisors')}</th>
                <td colSpan={3} data-testid="summary-supervisors">
                  {o.supervisors.map((x) => x.name).join('、') || '—'}
                </td>
              </tr>
            </tbody>
          </table>

          <h3>{t('orders.summary.target')}</h3>
          {o.standardTargets.map((target, i) => (
            <p key={i} className="print-flush">
              {t('orders.standardTarget', {
                site: o.sites.find((x) => x.id === target.siteId)?.name ?? '',
                parameters: target.parameters.map((key) => parameterName(key, t)).join(t('common.listSeparator')),
                cls: target.targetClass
              })}
            </p>
          ))}
          {o.measurableTargets.map((m, i) => (
            <p key={`m${i}`} className="print-flush">{`${m.description} ${comparatorText(m.comparator)} ${m.value}${m.unit}`}</p>
          ))}

          <h3>{t('orders.summary.milestones')}</h3>
          <table data-testid="summary-milestones">
            <thead>
              <tr>
                <th style={{ width: '6%' }}>{t('orders.summary.seq')}</th>
                <th style={{ width: '18%' }}>{t('orders.milestoneTitle')}</th>
                <th style={{ width: '13%' }}>{t('orders.dueDate')}</th>
                <th>{t('orders.criterion')}</th>
                <th style={{ width: '10%' }}>{t('orders.status')}</th>
                <th style={{ width: '13%' }}>{t('orders.doneOn')}</th>
              </tr>
            </thead>
            <tbody>
              {o.milestones.map((m, i) => (
                <tr key={m.id}>
                  <td>{i + 1}</td>
                  <td>{m.title}</td>
                  <td>{m.dueDate}</td>
                  <td>
                    {m.criterionText}
                    {m.evaluation && <div style={{ fontSize: '9pt' }}>{partText(m.evaluation.explanation, uiLanguage())}</div>}
                  </td>
                  <td>{t(`orders.milestoneStatuses.${m.status}`)}</td>
                  <td>{m.doneOn ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <h3>{t('orders.summary.evaluation')}</h3>
          {s.targetEvaluations.map((ev) =>
            ev.sampleCode === null ? (
              <p key={ev.siteId} className="print-flush">
                {ev.siteName}：{t('orders.summary.noSampling')}
              </p>
            ) : (
              <div key={ev.siteId}>
                <p className="print-flush">
                  {t('orders.summary.evaluationLine', {
                    site: ev.siteName,
                    code: ev.sampleCode,
                    date: ev.sampledOn,
                    cls: ev.waterClass ?? '—',
                    verdict: t(ev.meets === true ? 'orders.summary.reaches' : ev.meets === false ? 'orders.summary.misses' : 'orders.summary.unproven'),
                    target: ev.targetClass
                  })}
                </p>
                <table>
                  <thead>
                    <tr>
                      <th>{t('orders.summary.item')}</th>
                      <th>{t('orders.summary.measured')}</th>
                      <th>{t('orders.summary.limit', { cls: ev.targetClass })}</th>
                      <th>{t('orders.summary.verdict')}</th>
                      <th>{t('orders.summary.deciding')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {ev.items.map((item) => (
                      <tr key={item.parameter}>
                        <td>{parameterName(item.parameter, t)}</td>
                        <td>{item.value ?? t('orders.summary.notMeasured')}</td>
                        <td>{item.limit}</td>
                        <td>{item.meets === true ? t('orders.summary.reaches') : item.meets === false ? t('orders.summary.misses') : t('orders.summary.unproven')}</td>
                        <td>{item.deciding ? '★' : ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          )}

          <h3>{t('orders.summary.deviations')}</h3>
          {deviations.length === 0 ? (
            <p className="print-flush">{t('orders.summary.noDeviation')}</p>
          ) : (
            <table data-testid="summary-deviations">
              <thead>
                <tr>
                  <th>{t('orders.deviation')}</th>
                  <th style={{ width: '12%' }}>{t('orders.severity')}</th>
                  <th>{t('orders.correctiveAction')}</th>
                  <th style={{ width: '14%' }}>{t('orders.correctionDue')}</th>
                  <th>{t('orders.closingNote')}</th>
                </tr>
              </thead>
              <tbody>
                {deviations.map((d) => (
                  <tr key={d.id}>
                    <td>
                      {d.description}
                      <div style={{ fontSize: '9pt' }}>{t('orders.summary.foundOn', { date: d.inspectedOn })}</div>
                    </td>
                    <td>{t(`orders.severities.${d.severity}`)}</td>
                    <td>{d.correctiveAction}</td>
                    <td>{d.dueDate}</td>
                    <td>{d.closedOn ? `${t('orders.closed', { date: d.closedOn })}：${d.closingNote}` : t('orders.open')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}

          <h3>{t('orders.summary.trend')}</h3>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '2mm' }}>
            {s.trends.map((series) => (
              <TrendChart key={`${series.siteId}-${series.parameter}`} series={series} width={300} height={210} limitLabel={`${o.standardTargets.find((x) => x.siteId === series.siteId)?.targetClass ?? ''} 类`} />
            ))}
          </div>

          <h3>{t('orders.summary.acceptance')}</h3>
          {o.acceptance ? (
            <p className="print-flush">
              {t('orders.acceptingBody')}：{o.acceptance.acceptingBody}；{t('orders.acceptedOn')}：{o.acceptance.acceptedOn}；{t('orders.result')}：
              {t(`orders.results.${o.acceptance.result}`)}；{t('orders.report')} SHA-256：{o.acceptance.reportSha256.slice(0, 16)}…
              {o.acceptance.survivalRatePct !== null && `；${t('orders.rules.survivalRate')}：${o.acceptance.survivalRatePct}`}
              {o.acceptance.members.length > 0 && (
                <span data-testid="summary-members">
                  ；{t('orders.rules.members')}：{o.acceptance.members.map((m) => `${t(`orders.rules.memberRoles.${m.role}`)} ${m.organisation} ${m.name}`).join('、')}
                </span>
              )}
              ；{o.handover ? t('orders.rules.handoverLine', { date: o.handover.handedOverOn, to: o.handover.handedOverTo }) : t('orders.rules.notHandedOver')}
            </p>
          ) : (
            <p className="print-flush">{t('orders.summary.notAccepted')}</p>
          )}
          <PersonalSignatures signatures={signed.signatures} />
        </>
      )}
    </PrintPage>
  )
}
