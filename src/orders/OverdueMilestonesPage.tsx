import { Space, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import type { DashboardMilestone, MilestoneStatus } from '../../electron/shared/orders'
import { ExcelExportButton } from '../documents/ExcelExportButton'
import { PagedTable } from '../lists/PagedTable'
import { usePagedList } from '../lists/use-paged-list'
import { orderTypeNameOf } from './order-type-name'
import { milestoneStatusColors } from './order-status'

const pageSize = 50

/** `#/milestones/overdue`: every overdue milestone of the live orders, the longest overdue first, a page at a time (the dashboard shows the first 20). */
export function OverdueMilestonesPage() {
  const { t, i18n } = useTranslation()
  const overdue = usePagedList('milestones.overdue', {}, pageSize)
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('orders.overdue')}
        </Typography.Title>
        <Space>
          <Link to="/dashboard">{t('orders.backToDashboard')}</Link>
          <ExcelExportButton list="overdue" />
        </Space>
      </Space>
      <PagedTable<DashboardMilestone>
        list={overdue}
        testId="overdue-pager"
        data-testid="overdue-milestones"
        rowKey="milestoneId"
        size="middle"
        columns={[
          { title: t('orders.milestoneTitle'), dataIndex: 'title', render: (title: string, m) => <Link to={`/orders/${m.orderId}`}>{title}</Link> },
          { title: t('orders.orderNumber'), dataIndex: 'orderNumber' },
          { title: t('orders.type'), key: 'type', width: 120, render: (_, m) => orderTypeNameOf(m, i18n.language) },
          { title: t('orders.dueDate'), dataIndex: 'dueDate', width: 120 },
          { title: t('orders.overdueBy'), dataIndex: 'daysLeft', width: 120, render: (daysLeft: number) => <Tag color="red">{t('orders.daysOverdue', { days: -daysLeft })}</Tag> },
          { title: t('orders.status'), dataIndex: 'status', width: 110, render: (status: MilestoneStatus) => <Tag color={milestoneStatusColors[status]}>{t(`orders.milestoneStatuses.${status}`)}</Tag> }
        ]}
      />
    </Space>
  )
}
