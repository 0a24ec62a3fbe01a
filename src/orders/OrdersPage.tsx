import { App as AntApp, Button, Drawer, Space, Tooltip, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router-dom'
import { orderStatuses, type OrderInput, type OrderStatus } from '../../electron/shared/orders'
import { api } from '../api/api'
import { useCurrentUser } from '../session/CurrentUser'
import { OrderForm, emptyOrder } from './OrderForm'
import { orderTypeName } from './order-type-name'
import { ExcelExportButton } from '../documents/ExcelExportButton'
import { OrdersTable } from './OrdersTable'
import { useChannel, useInvalidate } from '../api/use-channel'
import { ListFilter } from '../lists/ListFilter'

/** 修复令: every restoration order, filtered by status and type; judges draft new ones here. */
export function OrdersPage() {
  const { t, i18n } = useTranslation()
  const { message } = AntApp.useApp()
  const navigate = useNavigate()
  const invalidate = useInvalidate()
  const { may } = useCurrentUser()
  const canIssue = may('issueOrders')
  const [status, setStatus] = useState<OrderStatus | null>(null)
  const [orderTypeId, setOrderTypeId] = useState<string | null>(null)
  const [creating, setCreating] = useState(false)
  const types = useChannel('orderTypes.list', {})

  const create = async (values: OrderInput) => {
    const reply = await api.orders.create(values)
    if (!reply.ok) return reply.error
    void message.success(t('orders.created', { number: reply.value.orderNumber }))
    setCreating(false)
    void invalidate('orders.list')
    void navigate(`/orders/${reply.value.id}`)
    return null
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('orders.title')}
        </Typography.Title>
        <Space>
          <ExcelExportButton list="orders" />
          <Tooltip title={canIssue ? undefined : t('orders.judgesOnly')}>
            <Button type="primary" disabled={!canIssue} onClick={() => setCreating(true)} data-testid="add-order">
              {t('orders.add')}
            </Button>
          </Tooltip>
        </Space>
      </Space>
      <Space wrap>
        <ListFilter
          testId="order-status-filter"
          placeholder={t('orders.status')}
          width={160}
          value={status}
          onChange={setStatus}
          options={orderStatuses.map((s) => ({ value: s, label: t(`orders.statuses.${s}`) }))}
        />
        <ListFilter
          testId="order-type-filter"
          placeholder={t('orders.type')}
          width={160}
          value={orderTypeId}
          onChange={setOrderTypeId}
          options={(types.data ?? []).map((ty) => ({ value: ty.id, label: orderTypeName(ty, i18n.language) }))}
        />
      </Space>
      <OrdersTable status={status} orderTypeId={orderTypeId} />
      <Drawer title={t('orders.add')} width={880} open={creating} onClose={() => setCreating(false)} destroyOnHidden>
        {creating && <OrderForm initial={emptyOrder()} onSubmit={create} onCancel={() => setCreating(false)} />}
      </Drawer>
    </Space>
  )
}
