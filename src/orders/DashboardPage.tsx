import { Card, Col, Empty, List, Row, Space, Statistic, Tag, Typography } from 'antd'
import { Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import type { DashboardMilestone } from '../../electron/shared/orders'
import { WorkloadCard } from '../assignments/WorkloadCard'
import { BackupStatusCard } from '../backups/BackupStatusCard'
import { orderTypeNameOf } from './order-type-name'
import { ExcelExportButton } from '../documents/ExcelExportButton'
import { milestoneStatusColors, orderStatusColors } from './order-status'
import { useChannel } from '../api/use-channel'
import { lazyNamed } from '../layout/lazy-named'

// ECharts comes with the charts' own chunk, only when the dashboard shows.
const DashboardCharts = lazyNamed(() => import('../home/DashboardCharts'), 'DashboardCharts')

const dueSoonDays = 14

/** The paged list where every row of a dashboard list is reached, and the words of its link. */
const fullLists = {
  '/milestones/overdue': 'orders.dashboardAllOverdue',
  '/orders': 'orders.dashboardAllOrders',
  '/cases': 'orders.dashboardAllCases'
} as const

/**
 * Under a dashboard list, which carries only the first 20 (issue 15: the core
 * bounds it, `Dashboard.counts` says how many there are): 前 20 条，共 N 条 and
 * the paged list where every one of them is reached.
 */
function FirstOf(props: { shown: number; count: number; to: keyof typeof fullLists; testId: string }) {
  const { t } = useTranslation()
  if (props.count <= props.shown) return null
  return (
    <Space data-testid={props.testId} style={{ marginTop: 8 }}>
      <Typography.Text type="secondary">{t('orders.dashboardFirst', { shown: props.shown, count: props.count })}</Typography.Text>
      <Link to={props.to}>{t(fullLists[props.to])}</Link>
    </Space>
  )
}

/** 工作台, the judges' home page: what is overdue or due soon, what deviates, and how the orders stand. */
export function DashboardPage() {
  const { t, i18n } = useTranslation()
  const board = useChannel('orders.dashboard', { dueSoonDays })
  const d = board.data

  const milestoneList = (items: DashboardMilestone[], count: number, testId: string, fullList: keyof typeof fullLists) => (
    <>
      <List
        data-testid={testId}
        size="small"
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orders.none')} /> }}
        dataSource={items}
        renderItem={(m) => (
          <List.Item
            extra={
              <Tag color={m.daysLeft < 0 ? 'red' : m.daysLeft === 0 ? 'orange' : 'blue'}>
                {m.daysLeft < 0 ? t('orders.daysOverdue', { days: -m.daysLeft }) : m.daysLeft === 0 ? t('orders.dueToday') : t('orders.daysLeft', { days: m.daysLeft })}
              </Tag>
            }
          >
            <List.Item.Meta
              title={
                <Space>
                  <Link to={`/orders/${m.orderId}`}>{m.title}</Link>
                  <Tag color={milestoneStatusColors[m.status]}>{t(`orders.milestoneStatuses.${m.status}`)}</Tag>
                </Space>
              }
              description={`${m.orderNumber} · ${orderTypeNameOf(m, i18n.language)} · ${t('orders.dueDate')} ${m.dueDate}`}
            />
          </List.Item>
        )}
      />
      <FirstOf shown={items.length} count={count} to={fullList} testId={`${testId}-first`} />
    </>
  )

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space align="baseline">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('orders.dashboardTitle')}
        </Typography.Title>
        {d && <Typography.Text type="secondary">{d.today}</Typography.Text>}
      </Space>
      <Row gutter={[16, 16]}>
        <Col span={12}>
          <Card size="small" title={t('orders.byStatus')} loading={board.isLoading}>
            <Space size="large" wrap>
              {d?.byStatus.map((s) => (
                <Statistic key={s.status} title={<Tag color={orderStatusColors[s.status]}>{t(`orders.statuses.${s.status}`)}</Tag>} value={s.count} />
              ))}
            </Space>
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title={t('orders.byType')} loading={board.isLoading}>
            <Space size="large" wrap>
              {d?.byType.map((ty) => <Statistic key={ty.orderTypeId} title={ty.name} value={ty.count} />)}
            </Space>
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title={<Typography.Text type="danger">{t('orders.overdue')}</Typography.Text>} extra={<ExcelExportButton size="small" list="overdue" />} loading={board.isLoading}>
            {milestoneList(d?.overdue ?? [], d?.counts.overdue ?? 0, 'dashboard-overdue', '/milestones/overdue')}
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title={t('orders.dueSoon', { days: dueSoonDays })} loading={board.isLoading}>
            {milestoneList(d?.dueSoon ?? [], d?.counts.dueSoon ?? 0, 'dashboard-due-soon', '/orders')}
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title={t('orders.openDeviations')} loading={board.isLoading}>
            <List
              data-testid="dashboard-deviations"
              size="small"
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orders.none')} /> }}
              dataSource={d?.openDeviations ?? []}
              renderItem={(dev) => (
                <List.Item extra={<Tag color={dev.overdue ? 'red' : 'orange'}>{t(`orders.severities.${dev.severity}`)}</Tag>}>
                  <List.Item.Meta
                    title={<Link to={`/orders/${dev.orderId}`}>{dev.description}</Link>}
                    description={`${dev.orderNumber} · ${t('orders.correctiveAction')}：${dev.correctiveAction} · ${t('orders.correctionDue')} ${dev.dueDate}`}
                  />
                </List.Item>
              )}
            />
            <FirstOf shown={d?.openDeviations.length ?? 0} count={d?.counts.openDeviations ?? 0} to="/orders" testId="dashboard-deviations-first" />
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title={<Typography.Text type={d?.overdueNotices.length ? 'danger' : undefined}>{t('assignments.overdueNotices')}</Typography.Text>} loading={board.isLoading}>
            <List
              data-testid="dashboard-overdue-notices"
              size="small"
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orders.none')} /> }}
              dataSource={d?.overdueNotices ?? []}
              renderItem={(n) => (
                <List.Item extra={<Tag color="red">{t('assignments.noticeDuties.overdue')}</Tag>}>
                  <List.Item.Meta
                    title={<Link to={`/cases/${n.caseId}`}>{n.caseNumber}</Link>}
                    description={t('assignments.overdueNotice', { name: n.expertName, date: n.noticeDueOn })}
                  />
                </List.Item>
              )}
            />
            <FirstOf shown={d?.overdueNotices.length ?? 0} count={d?.counts.overdueNotices ?? 0} to="/cases" testId="dashboard-overdue-notices-first" />
          </Card>
        </Col>
        <Col span={24}>
          <Suspense>
            <DashboardCharts />
          </Suspense>
        </Col>
        <Col span={12}>
          <WorkloadCard />
        </Col>
        <Col span={12}>
          <BackupStatusCard />
        </Col>
      </Row>
    </Space>
  )
}
