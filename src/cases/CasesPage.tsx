import { App as AntApp, Button, Drawer, Input, InputNumber, Space, Tag, Tooltip, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router-dom'
import { caseStatuses, caseTypes, type CaseInput, type CaseStatus, type CaseType, type CourtCase } from '../../electron/shared/cases'
import { api } from '../api/api'
import { useCurrentUser } from '../session/CurrentUser'
import { CaseForm, emptyCase } from './CaseForm'
import { statusColors } from './case-status'
import { WorkloadCard } from '../assignments/WorkloadCard'
import { PagedTable } from '../lists/PagedTable'
import { usePagedList } from '../lists/use-paged-list'
import { useLinkedSearch } from '../search/linked-search'
import { useChannel, useInvalidate } from '../api/use-channel'
import { ListFilter } from '../lists/ListFilter'

const pageSize = 20

/** 案件: search and filter the cases, register a new one. */
export function CasesPage() {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const navigate = useNavigate()
  const invalidate = useInvalidate()
  const { may } = useCurrentUser()
  const canEdit = may('registerCases')
  const { search, setSearch, linked } = useLinkedSearch()
  const [status, setStatus] = useState<CaseStatus | null>(null)
  const [type, setType] = useState<CaseType | null>(null)
  const [year, setYear] = useState<number | null>(null)
  const [judgeId, setJudgeId] = useState<string | null>(null)
  const [registering, setRegistering] = useState(false)

  const users = useChannel('users.list', {})
  const cases = usePagedList('cases.list', { search, status, type, year, judgeId }, pageSize)

  const register = async (values: CaseInput) => {
    const reply = await api.cases.create(values)
    if (!reply.ok) return reply.error
    void message.success(t('cases.created', { caseNumber: reply.value.caseNumber }))
    setRegistering(false)
    void invalidate('cases.list')
    void navigate(`/cases/${reply.value.id}`)
    return null
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('cases.title')}
        </Typography.Title>
        <Tooltip title={canEdit ? undefined : t('cases.readOnly')}>
          <Button type="primary" disabled={!canEdit} onClick={() => setRegistering(true)} data-testid="register-case">
            {t('cases.register')}
          </Button>
        </Tooltip>
      </Space>
      <Space wrap>
        <Input.Search
          allowClear
          data-testid="case-search"
          key={linked}
          defaultValue={linked}
          placeholder={t('cases.searchPlaceholder')}
          style={{ width: 300 }}
          onSearch={(value) => setSearch(value)}
        />
        <ListFilter
          testId="case-status-filter"
          placeholder={t('cases.filterStatus')}
          width={140}
          value={status}
          onChange={setStatus}
          options={caseStatuses.map((s) => ({ value: s, label: t(`cases.statuses.${s}`) }))}
        />
        <ListFilter
          testId="case-type-filter"
          placeholder={t('cases.filterType')}
          width={140}
          value={type}
          onChange={setType}
          options={caseTypes.map((s) => ({ value: s, label: t(`cases.types.${s}`) }))}
        />
        <InputNumber
          data-testid="case-year-filter"
          placeholder={t('cases.filterYear')}
          min={1949}
          max={2099}
          style={{ width: 120 }}
          value={year}
          onChange={(v) => setYear(typeof v === 'number' ? v : null)}
        />
        <ListFilter
          testId="case-judge-filter"
          placeholder={t('cases.filterJudge')}
          width={160}
          value={judgeId}
          onChange={setJudgeId}
          options={(users.data ?? []).filter((u) => u.roles.includes('judge')).map((u) => ({ value: u.id, label: u.displayName }))}
        />
      </Space>
      <PagedTable<CourtCase>
        list={cases}
        testId="case-pager"
        rowKey="id"
        size="middle"
        columns={[
          {
            title: t('cases.caseNumber'),
            dataIndex: 'caseNumber',
            width: 240,
            render: (text: string, c) => <Link to={`/cases/${c.id}`}>{text}</Link>
          },
          { title: t('cases.cause'), dataIndex: 'cause' },
          {
            title: t('cases.type'),
            key: 'type',
            width: 150,
            render: (_, c) => `${t(`cases.types.${c.type}`)} · ${t(`cases.stages.${c.stage}`)}`
          },
          {
            title: t('cases.parties'),
            key: 'parties',
            render: (_, c) => c.parties.map((p) => p.name).join(t('common.listSeparator'))
          },
          { title: t('cases.judge'), dataIndex: 'judgeName', width: 100 },
          { title: t('cases.filedOn'), dataIndex: 'filedOn', width: 110 },
          {
            title: t('cases.status'),
            dataIndex: 'status',
            width: 90,
            render: (s: CaseStatus) => <Tag color={statusColors[s]}>{t(`cases.statuses.${s}`)}</Tag>
          }
        ]}
      />
      <WorkloadCard />
      <Drawer width={760} open={registering} destroyOnHidden title={t('cases.register')} onClose={() => setRegistering(false)}>
        {registering && <CaseForm initial={emptyCase} editingId={null} onSubmit={register} onCancel={() => setRegistering(false)} />}
      </Drawer>
    </Space>
  )
}
