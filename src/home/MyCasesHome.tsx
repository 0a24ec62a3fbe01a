import { Card, Empty, List, Space, Tag, Typography } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import type { MyCase, MyCaseDue } from '../../electron/shared/my-cases'
import { api, unwrap } from '../api/api'

function DueLine({ due }: { due: MyCaseDue }) {
  const { t } = useTranslation()
  if (due.kind === 'visit') {
    return <Link to={`/visits/${due.visitId}`}>{t('home.dueVisit', { date: due.date })}</Link>
  }
  return (
    <Space size={4} wrap>
      <Link to={`/orders/${due.orderId}`}>{t('home.dueMilestone', { date: due.date, orderNumber: due.orderNumber, title: due.title })}</Link>
      {due.overdue && <Tag color="red">{t('home.overdue')}</Tag>}
      {due.inspectionDue && <Tag color="orange">{t('home.inspectionDue')}</Tag>}
    </Space>
  )
}

function CaseItem({ c }: { c: MyCase }) {
  const { t } = useTranslation()
  return (
    <List.Item data-testid="my-case">
      <List.Item.Meta
        title={
          <Space wrap>
            <Link to={`/cases/${c.caseId}`}>{c.caseNumber}</Link>
            <Typography.Text>{c.cause}</Typography.Text>
            <Tag>{t(`cases.statuses.${c.status}`)}</Tag>
            <Tag color={c.canWrite ? 'green' : 'default'}>{t(`assignments.statuses.${c.assignmentStatus}`)}</Tag>
            {!c.canWrite && <Tag>{t('home.readOnly')}</Tag>}
          </Space>
        }
        description={
          <Space direction="vertical" size={2}>
            <Typography.Text type="secondary">{t('home.judge', { name: c.judgeName })}</Typography.Text>
            {c.due.length === 0 ? <Typography.Text type="secondary">{t('home.nothingDue')}</Typography.Text> : c.due.map((d) => <DueLine key={d.kind === 'visit' ? d.visitId : d.milestoneId} due={d} />)}
          </Space>
        }
      />
    </List.Item>
  )
}

/** The investigator's home page, 我的案件: every case they are assigned to, with what is due in it, soonest first. */
export function MyCasesHome() {
  const { t } = useTranslation()
  const mine = useQuery({ queryKey: ['cases.mine'], queryFn: () => unwrap(api.cases.mine({})) })
  return (
    <Card title={t('home.myCases')} loading={mine.isLoading} data-testid="my-cases">
      <List
        dataSource={mine.data ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.myCasesEmpty')} /> }}
        renderItem={(c) => <CaseItem c={c} />}
      />
    </Card>
  )
}
