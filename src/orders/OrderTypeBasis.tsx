import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { OrderType } from '../../electron/shared/order-types'

/** Under the type chosen: the restoration method it orders and the rule it rests on, or that no source was verified. */
export function OrderTypeBasis({ type }: { type: OrderType | undefined }) {
  const { t } = useTranslation()
  if (!type) return null
  return (
    <Typography.Paragraph type="secondary" style={{ maxWidth: 420, marginTop: 30 }} data-testid="order-type-basis">
      {type.methodZh && <div>{t('orders.rules.typeMethod', { method: type.methodZh })}</div>}
      <div>{type.source ? t('orders.rules.typeSource', { source: type.source }) : t('orders.rules.typeUnsourced')}</div>
    </Typography.Paragraph>
  )
}
