import { App as AntApp, Button, Card, Descriptions, Drawer, Popconfirm, Result, Space, Spin, Table, Tabs, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router-dom'
import { caseReopenInput, nextCaseStatus, type CaseInput, type CaseParty } from '../../electron/shared/cases'
import { api } from '../api/api'
import { useCurrentUser } from '../session/CurrentUser'
import { AssignmentsPanel } from '../assignments/AssignmentsPanel'
import { CaseForm, caseToInput } from './CaseForm'
import { SitesCard } from './SitesCard'
import { CaseSamplingTab } from '../sampling/CaseSamplingTab'
import { statusColors } from './case-status'
import { OrdersTable } from '../orders/OrdersTable'
import { CaseOpinionsPanel } from '../opinions/CaseOpinionsPanel'
import { HistoryTimeline } from '../documents/HistoryList'
import { CaseExchangeCard } from '../exchange/CaseExchangeCard'
import { useChannel, useChannelMutation, useInvalidate } from '../api/use-channel'
import { useCaseWritable } from './use-case-writable'
import { FormModal } from '../forms/FormModal'
import { TextField } from '../forms/fields'

/** The reopening dialog's one field, checked by the contract's own rule (core checks it again). */
const reopenReason = caseReopenInput.pick({ reason: true })

/**
 * One case and everything hanging off it: its investigators, sites and
 * samples, technical opinions and restoration orders, one tab each.
 */
export function CasePage() {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const invalidate = useInvalidate()
  const { id = '' } = useParams()
  const { may } = useCurrentUser()
  const writable = useCaseWritable(id)
  const [editing, setEditing] = useState(false)
  const [reopening, setReopening] = useState(false)
  const courtCase = useChannel('cases.get', { id })
  const refresh = () => invalidate('cases.get')
  const showError = (error: Error) => void message.error(error.message)
  const advance = useChannelMutation('cases.setStatus', {
    invalidates: ['cases.get'],
    onSuccess: (c) => void message.success(t('cases.advanced', { status: t(`cases.statuses.${c.status}`) })),
    onError: showError
  })

  if (courtCase.isLoading) return <Spin style={{ margin: 64 }} />
  if (!courtCase.data) return <Result status="404" title={courtCase.error?.message} extra={<Link to="/cases">{t('cases.back')}</Link>} />
  const c = courtCase.data
  const next = nextCaseStatus(c.status)

  const save = async (values: CaseInput) => {
    const reply = await api.cases.update({ id, revision: c.revision, courtCase: values })
    if (!reply.ok) return reply.error
    void message.success(t('cases.updated', { caseNumber: reply.value.caseNumber }))
    setEditing(false)
    void refresh()
    return null
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/cases">← {t('cases.back')}</Link>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Space align="center">
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="case-number">
            {c.caseNumber}
          </Typography.Title>
          <Tag color={statusColors[c.status]}>{t(`cases.statuses.${c.status}`)}</Tag>
        </Space>
        <Space>
          {next && may('advanceCaseStatus') && (
            <Popconfirm title={t('cases.advanceTo', { status: t(`cases.statuses.${next}`) })} onConfirm={() => advance.mutate({ id, revision: c.revision, status: next })}>
              <Button loading={advance.isPending}>{t('cases.advanceTo', { status: t(`cases.statuses.${next}`) })}</Button>
            </Popconfirm>
          )}
          {c.status === 'closed' && may('reopenCases') && (
            <Button onClick={() => setReopening(true)} data-testid="reopen-case">
              {t('cases.reopen')}
            </Button>
          )}
          <Button disabled={!may('registerCases')} onClick={() => setEditing(true)} data-testid="edit-case">
            {t('common.edit')}
          </Button>
        </Space>
      </Space>
      {reopening && (
        <FormModal
          title={t('cases.reopen')}
          testId="reopen-case-form"
          schema={reopenReason}
          initial={{ reason: '' }}
          onClose={() => setReopening(false)}
          onSubmit={async ({ reason }) => {
            const reply = await api.cases.reopen({ id, revision: c.revision, reason })
            if (!reply.ok) return reply.error
            void message.success(t('cases.reopened'))
            void refresh()
            return null
          }}
        >
          {(control, errors) => (
            <>
              <Typography.Paragraph type="secondary">{t('cases.reopenHint')}</Typography.Paragraph>
              <TextField control={control} name="reason" id="reopen-reason" label={t('cases.reopenReason')} error={errors.reason} required rows={3} />
            </>
          )}
        </FormModal>
      )}
      {c.reopenings.map((r) => (
        <Typography.Text key={r.reopenedAt} type="warning" data-testid="case-reopening">
          {t('cases.reopening', { closedOn: r.closedOn, name: r.reopenedBy, reason: r.reason })}
        </Typography.Text>
      ))}
      <Card title={t('cases.overview')} size="small">
        <Descriptions size="small" column={3}>
          <Descriptions.Item label={t('cases.cause')}>{c.cause}</Descriptions.Item>
          <Descriptions.Item label={t('cases.type')}>
            {t(`cases.types.${c.type}`)} · {t(`cases.stages.${c.stage}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('cases.court')}>{c.court}</Descriptions.Item>
          <Descriptions.Item label={t('cases.judge')}>{c.judgeName || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('cases.clerk')}>{c.clerkName || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('cases.filedOn')}>{c.filedOn}</Descriptions.Item>
          <Descriptions.Item label={t('cases.hearingOn')}>{c.hearingOn || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('cases.judgedOn')}>{c.judgedOn || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('cases.closedOn')}>{c.closedOn || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('cases.linkedCases')} span={3}>
            {c.linkedCases.length === 0
              ? t('cases.none')
              : c.linkedCases.map((l) => (
                  <Link key={l.id} to={`/cases/${l.id}`} style={{ marginRight: 12 }}>
                    {l.caseNumber}
                    {t('common.aside', { text: `${t(`cases.stages.${l.stage}`)} · ${t(`cases.types.${l.type}`)}` })}
                  </Link>
                ))}
          </Descriptions.Item>
          {c.notes && (
            <Descriptions.Item label={t('cases.notes')} span={3}>
              {c.notes}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title={t('cases.parties')} size="small">
        <Table<CaseParty>
          rowKey="position"
          size="small"
          pagination={false}
          dataSource={c.parties}
          columns={[
            { title: t('cases.partyName'), dataIndex: 'name' },
            { title: t('cases.partyRole'), key: 'role', render: (_, p) => t(`cases.partyRoles.${p.role}`) },
            { title: t('cases.partyOrganisation'), dataIndex: 'organisation', render: (o: string) => o || '—' }
          ]}
        />
      </Card>
      <SitesCard caseId={c.id} canEdit={may('recordSites') && writable} />
      <CaseExchangeCard caseId={c.id} />
      <Card size="small">
        <Tabs
          items={[
            { key: 'assignments', label: t('cases.tabs.assignments'), children: <AssignmentsPanel courtCase={c} canAssign={may('assignExperts')} /> },
            { key: 'samples', label: t('cases.tabs.samples'), children: <CaseSamplingTab caseId={c.id} /> },
            { key: 'opinions', label: t('cases.tabs.opinions'), children: <CaseOpinionsPanel caseId={c.id} /> },
            { key: 'orders', label: t('cases.tabs.orders'), children: <OrdersTable caseId={c.id} /> },
            { key: 'history', label: t('history.title'), children: <HistoryTimeline entityType="court_case" entityId={c.id} /> }
          ]}
        />
      </Card>
      <Drawer width={760} open={editing} destroyOnHidden title={t('cases.edit')} onClose={() => setEditing(false)}>
        {editing && <CaseForm initial={caseToInput(c)} editingId={c.id} serverPrefix="courtCase." onSubmit={save} onCancel={() => setEditing(false)} />}
      </Drawer>
    </Space>
  )
}
