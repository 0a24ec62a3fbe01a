import { Descriptions } from 'antd'
import { useTranslation } from 'react-i18next'
import type { RestorationOrder } from '../../electron/shared/orders'
import { formatYuan } from '../../electron/shared/money'

/** The lines that describe an order's upkeep, labour in lieu and restocking, as the page and the printed summary show them. */
export function useSectionLines(o: RestorationOrder): { key: 'upkeep' | 'labour' | 'restocking'; label: string; text: string }[] {
  const { t } = useTranslation()
  const lines: { key: 'upkeep' | 'labour' | 'restocking'; label: string; text: string }[] = []
  if (o.upkeep) {
    const ends = o.upkeepEndsOn ? t('orders.rules.upkeepEnds', { date: o.upkeepEndsOn }) : ''
    const threshold = o.upkeep.survivalThresholdPct === null ? '' : t('orders.rules.thresholdLine', { pct: o.upkeep.survivalThresholdPct })
    lines.push({ key: 'upkeep', label: t('orders.rules.upkeep'), text: `${t('orders.rules.upkeepLine', { months: o.upkeep.months })}${ends}${threshold}` })
  }
  if (o.labour) {
    const text = t('orders.rules.labourLine', { hours: o.labour.hours, rate: formatYuan(o.labour.hourlyRateFen), offset: formatYuan(o.labour.offsetFen) })
    lines.push({ key: 'labour', label: t('orders.rules.labour'), text })
  }
  if (o.restocking) {
    const items = o.restocking.items.map((i) => `${i.species} ${i.quantity} ${i.unit}`).join(t('common.itemSeparator'))
    const ref = o.restocking.approvalReference ? `（${o.restocking.approvalReference}）` : ''
    lines.push({ key: 'restocking', label: t('orders.rules.restocking'), text: t('orders.rules.restockingLine', { by: o.restocking.approvedBy, ref, items }) })
  }
  return lines
}

/** The order page's particulars of upkeep, labour and restocking, and the day samplings count from; nothing when none applies. */
export function OrderSectionsView({ order: o }: { order: RestorationOrder }) {
  const { t } = useTranslation()
  const lines = useSectionLines(o)
  if (lines.length === 0 && o.countsSamplesFrom === null) return null
  return (
    <Descriptions size="small" column={1} bordered style={{ marginTop: 8 }} data-testid="order-sections">
      {lines.map((line) => (
        <Descriptions.Item key={line.key} label={line.label}>
          {line.text}
        </Descriptions.Item>
      ))}
      {o.countsSamplesFrom && <Descriptions.Item label={t('orders.rules.samplesCountFrom')}>{t('orders.rules.countsSamplesFrom', { date: o.countsSamplesFrom })}</Descriptions.Item>}
    </Descriptions>
  )
}
