import { App as AntApp, Button, Drawer, Select, Space, Tooltip, Typography } from 'antd'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router-dom'
import { orderStatuses, type OrderInput, type OrderStatus } from '../../electron/shared/orders'
import { api, unwrap } from '../api/api'
import { useCurrentUser } from '../session/CurrentUser'
import { OrderForm, emptyOrder } from './OrderForm'
import { orderTypeName } from './order-type-name'
import { ExcelExportButton } from '../documents/ExcelExportButton'
import { OrdersTable } from './OrdersTable'

/** 修复令: every restoration order, filtered by status and type; judges draft new ones here. */
export function OrdersPage() {
  const { t, i18n } = useTranslation()
  const { message } = AntApp.useApp()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const { may } = useCurrentUser()
  const canIssue = may('issueOrders')
  const [status, setStatus] = useState<OrderStatus | null>(null)
  const [orderTypeId, setOrderTypeId] = useState<string | null>(null)
  const [creating, setCreating] = useState(false)
  const types = useQuery({ queryKey: ['orderTypes.list'], queryFn: () => unwrap(api.orderTypes.list({})) })

  const create = async (values: OrderInput) => {
    const reply = await api.orders.create(values)
    if (!reply.ok) return reply.error
    void message.success(t('orders.created', { number: reply.value.orderNumber }))
    setCreating(false)
    void queryClient.invalidateQueries({ queryKey: ['orders.list'] })
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
        <Select
          allowClear
          data-testid="order-status-filter"
          placeholder={t('orders.status')}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 160 }}
          value={status}
          onChange={(value: OrderStatus | undefined) => setStatus(value ?? null)}
          options={orderStatuses.map((s) => ({ value: s, label: t(`orders.statuses.${s}`) }))}
        />
        <Select
          allowClear
          data-testid="order-type-filter"
          placeholder={t('orders.type')}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 160 }}
          value={orderTypeId}
          onChange={(value: string | undefined) => setOrderTypeId(value ?? null)}
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
