import { Alert, Card, Descriptions, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { formatYuan } from '../../electron/shared/money'
import type { RestorationOrder } from '../../electron/shared/orders'
import { parameterName } from '../standards/standard-names'
import { OrderSectionsView } from './OrderSectionsView'

/** What the order says: case, judgment, parties, sites, money, method and target. */
export function OrderParticularsCard({ order: o }: { order: RestorationOrder }) {
  const { t } = useTranslation()
  return (
  <Card size="small">
    <Descriptions size="small" column={3} bordered>
      <Descriptions.Item label={t('orders.case')}>
        <Link to={`/cases/${o.caseId}`}>{o.caseNumber}</Link>
      </Descriptions.Item>
      <Descriptions.Item label={t('orders.judgmentReference')}>{o.judgmentReference}</Descriptions.Item>
      <Descriptions.Item label={t('orders.issuedBy')}>{o.issuedByName ? `${o.issuedByName}${t('common.aside', { text: o.issuedOn })}` : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('orders.obligor')}>{o.obligor}</Descriptions.Item>
      <Descriptions.Item label={t('orders.executor')}>{o.executor || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('orders.deadline')}>{o.deadline}</Descriptions.Item>
      <Descriptions.Item label={t('orders.sites')}>{o.sites.map((s) => s.name).join(t('common.listSeparator'))}</Descriptions.Item>
      <Descriptions.Item label={t('orders.supervisors')}>{o.supervisors.map((s) => s.name).join(t('common.listSeparator')) || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('orders.agencies')}>{o.supervisingAgencies.join(t('common.listSeparator')) || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('orders.restorationFee')}>
        {formatYuan(o.restorationFeeFen)} <Tag color={o.restorationFeePaid ? 'green' : 'orange'}>{t(o.restorationFeePaid ? 'orders.paid' : 'orders.unpaid')}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('orders.bond')}>
        {formatYuan(o.bondFen)} <Tag color={o.bondPaid ? 'green' : 'orange'}>{t(o.bondPaid ? 'orders.paid' : 'orders.unpaid')}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('orders.fallbackCost')}>{formatYuan(o.fallbackCostFen)}</Descriptions.Item>
      <Descriptions.Item label={t('orders.method')} span={3}>
        {o.method}
        {o.methodItems.length > 0 && <div>{o.methodItems.map((m) => `${m.species} ${m.quantity} ${m.unit}`).join(t('common.itemSeparator'))}</div>}
      </Descriptions.Item>
      <Descriptions.Item label={t('orders.target')} span={3}>
        {o.standardTargets.map((target, i) => (
          <div key={i}>
            {t('orders.standardTarget', {
              site: o.sites.find((s) => s.id === target.siteId)?.name ?? '',
              parameters: target.parameters.map((key) => parameterName(key, t)).join(t('common.listSeparator')),
              cls: target.targetClass
            })}
          </div>
        ))}
        {o.measurableTargets.map((m, i) => (
          <div key={`m${i}`}>{`${m.description} ${m.comparator.replace('>=', '≥').replace('<=', '≤')} ${m.value}${m.unit}`}</div>
        ))}
      </Descriptions.Item>
    </Descriptions>
    <OrderSectionsView order={o} />
    {o.statusReason && <Alert style={{ marginTop: 8 }} type="info" message={`${t('orders.reason')}${t('common.colon')}${o.statusReason}`} />}
    {o.discarded && <Alert style={{ marginTop: 8 }} type="warning" data-testid="order-discarded" message={t('orders.rules.discarded', { reason: o.discarded.reason })} />}
  </Card>
  )
}
