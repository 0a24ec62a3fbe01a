import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import type { OrderListItem, OrderStatus } from '../../electron/shared/orders'
import { PagedTable } from '../lists/PagedTable'
import { usePagedList } from '../lists/use-paged-list'
import { orderTypeNameOf } from './order-type-name'
import { orderStatusColors } from './order-status'

const pageSize = 20

/** A keyset page of restoration orders, newest first, filtered by status, type or case. */
export function OrdersTable(props: { status?: OrderStatus | null; orderTypeId?: string | null; caseId?: string | null }) {
  const { t, i18n } = useTranslation()
  const orders = usePagedList('orders.list', { status: props.status ?? null, orderTypeId: props.orderTypeId ?? null, caseId: props.caseId ?? null }, pageSize)
  return (
    <PagedTable<OrderListItem>
        list={orders}
        testId="order-pager"
        rowKey="id"
        size="middle"
        columns={[
          { title: t('orders.orderNumber'), dataIndex: 'orderNumber', render: (text: string, o) => <Link to={`/orders/${o.id}`}>{text}</Link> },
          { title: t('orders.type'), key: 'type', width: 120, render: (_, o) => orderTypeNameOf(o, i18n.language) },
          { title: t('orders.case'), dataIndex: 'caseNumber' },
          { title: t('orders.obligor'), dataIndex: 'obligor', width: 120 },
          { title: t('orders.deadline'), dataIndex: 'deadline', width: 120 },
          {
            title: t('orders.status'),
            dataIndex: 'status',
            width: 110,
            render: (status: OrderStatus, o) =>
              o.discarded ? <Tag>{t('orders.rules.discardedTag')}</Tag> : <Tag color={orderStatusColors[status]}>{t(`orders.statuses.${status}`)}</Tag>
          },
          {
            title: t('orders.milestones'),
            key: 'milestones',
            width: 200,
            render: (_: unknown, o) => (
              <>
                {o.milestones}
                {o.overdueMilestones > 0 && <Tag color="red" style={{ marginLeft: 8 }}>{t('orders.milestoneStatuses.overdue')} {o.overdueMilestones}</Tag>}
                {o.openDeviations > 0 && <Tag color="orange">{t('orders.openDeviations')} {o.openDeviations}</Tag>}
              </>
            )
          }
        ]}
      />
  )
}
