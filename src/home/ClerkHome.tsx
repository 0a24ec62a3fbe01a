import { Card, Col, Empty, List, Row, Space, Tag, Typography } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { api, unwrap } from '../api/api'

const dueSoonDays = 14

/** The clerk's home page: the cases still to assign an investigator to, and the assignments whose notice to the parties is overdue. */
export function ClerkHome() {
  const { t } = useTranslation()
  const waiting = useQuery({ queryKey: ['cases.awaitingAssignment'], queryFn: () => unwrap(api.cases.awaitingAssignment({})) })
  const board = useQuery({ queryKey: ['orders.dashboard', dueSoonDays], queryFn: () => unwrap(api.orders.dashboard({ dueSoonDays })) })
  const total = waiting.data?.total ?? 0
  return (
    <Row gutter={[16, 16]}>
      <Col span={12}>
        <Card
          size="small"
          title={t('home.awaiting')}
          loading={waiting.isLoading}
          extra={total > (waiting.data?.items.length ?? 0) && <Link to="/cases">{t('home.showAll', { count: total })}</Link>}
          data-testid="awaiting-assignment"
        >
          <List
            size="small"
            dataSource={waiting.data?.items ?? []}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.awaitingEmpty')} /> }}
            renderItem={(c) => (
              <List.Item extra={<Tag>{t(`cases.statuses.${c.status}`)}</Tag>}>
                <List.Item.Meta
                  title={<Link to={`/cases/${c.caseId}`}>{c.caseNumber}</Link>}
                  description={
                    <Space>
                      <Typography.Text>{c.cause}</Typography.Text>
                      <Typography.Text type="secondary">{t('home.filedOn', { date: c.filedOn })}</Typography.Text>
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col span={12}>
        <Card size="small" title={t('home.noticesDue')} loading={board.isLoading} data-testid="notices-due">
          <List
            size="small"
            dataSource={board.data?.overdueNotices ?? []}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orders.none')} /> }}
            renderItem={(n) => (
              <List.Item extra={<Tag color="red">{t('assignments.noticeDuties.overdue')}</Tag>}>
                <List.Item.Meta title={<Link to={`/cases/${n.caseId}`}>{n.caseNumber}</Link>} description={t('assignments.overdueNotice', { name: n.expertName, date: n.noticeDueOn })} />
              </List.Item>
            )}
          />
        </Card>
      </Col>
    </Row>
  )
}
