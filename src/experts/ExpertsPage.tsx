import { App as AntApp, Button, Drawer, Input, Modal, Space, Tag, Tooltip, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Expert, ExpertInput, ExpertStatus } from '../../electron/shared/experts'
import { expertStatuses } from '../../electron/shared/experts'
import { api } from '../api/api'
import { useCurrentUser } from '../session/CurrentUser'
import { ExpertForm, emptyExpert } from './ExpertForm'
import { fieldLabel } from './field-label'
import { ExcelExportButton } from '../documents/ExcelExportButton'
import { ExpertImport } from '../documents/ExpertImport'
import { PagedTable } from '../lists/PagedTable'
import { usePagedList } from '../lists/use-paged-list'
import { useLinkedSearch } from '../search/linked-search'
import { useChannel, useChannelMutation, useInvalidate } from '../api/use-channel'
import { ExpertLoadCell, ExpertTermCell, useExpertLoads } from './ExpertLoadCells'
import { ListFilter } from '../lists/ListFilter'

const pageSize = 20

type Editing = { mode: 'create' } | { mode: 'edit'; expert: Expert } | null

function toInput(expert: Expert): ExpertInput {
  return {
    name: expert.name,
    organisation: expert.organisation,
    title: expert.title,
    fieldIds: expert.fields.map((f) => f.fieldId),
    primaryFieldId: expert.fields.find((f) => f.primary)?.fieldId ?? '',
    phone: expert.phone,
    email: expert.email,
    termStart: expert.termStart,
    termEnd: expert.termEnd,
    maxConcurrentCases: expert.maxConcurrentCases,
    affiliations: expert.affiliations,
    relatives: expert.relatives,
    notes: expert.notes
  }
}

/** 专家库: search, filter, add, edit, suspend and reinstate experts. */
export function ExpertsPage() {
  const { t, i18n } = useTranslation()
  const { message } = AntApp.useApp()
  const invalidate = useInvalidate()
  const { may } = useCurrentUser()
  const canEdit = may('keepExpertPool')
  const { search, setSearch, linked } = useLinkedSearch()
  const [fieldId, setFieldId] = useState<string | null>(null)
  const [status, setStatus] = useState<ExpertStatus | null>(null)
  const [editing, setEditing] = useState<Editing>(null)
  const [statusChange, setStatusChange] = useState<{ expert: Expert; reason: string } | null>(null)

  const fields = useChannel('fields.list', {})
  const experts = usePagedList('experts.list', { search, fieldId, status }, pageSize)
  const fieldsById = new Map((fields.data ?? []).map((f) => [f.id, f]))
  const loads = useExpertLoads(experts.items)
  const refresh = () => invalidate('experts.list')

  const statusChanged = {
    onSuccess: (expert: Expert) => {
      void message.success(t(expert.status === 'active' ? 'experts.reinstated' : 'experts.suspended', { name: expert.name }))
      setStatusChange(null)
    },
    onError: (error: Error) => void message.error(error.message),
    invalidates: ['experts.list' as const]
  }
  const suspend = useChannelMutation('experts.suspend', statusChanged)
  const reinstate = useChannelMutation('experts.reinstate', statusChanged)
  const changeStatus = {
    isPending: suspend.isPending || reinstate.isPending,
    mutate: ({ expert, reason }: { expert: Expert; reason: string }) =>
      (expert.status === 'active' ? suspend : reinstate).mutate({ id: expert.id, revision: expert.revision, reason })
  }

  const save = async (values: ExpertInput) => {
    const reply =
      editing?.mode === 'edit'
        ? await api.experts.update({ id: editing.expert.id, revision: editing.expert.revision, expert: values })
        : await api.experts.create(values)
    if (!reply.ok) return reply.error
    void message.success(t(editing?.mode === 'edit' ? 'experts.updated' : 'experts.created', { name: reply.value.name }))
    setEditing(null)
    void refresh()
    return null
  }

  const editButton = (label: string, onClick: () => void, testId: string) => (
    <Tooltip title={canEdit ? undefined : t('experts.readOnly')}>
      <Button size="small" type="link" disabled={!canEdit} onClick={onClick} data-testid={testId}>
        {label}
      </Button>
    </Tooltip>
  )

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('experts.title')}
        </Typography.Title>
        <Space>
          <ExcelExportButton list="experts" />
          <Tooltip title={canEdit ? undefined : t('experts.readOnly')}>
            <Button type="primary" disabled={!canEdit} onClick={() => setEditing({ mode: 'create' })} data-testid="add-expert">
              {t('experts.add')}
            </Button>
          </Tooltip>
        </Space>
      </Space>
      <ExpertImport disabled={!canEdit} />
      <Space wrap>
        <Input.Search
          allowClear
          data-testid="expert-search"
          key={linked}
          defaultValue={linked}
          placeholder={t('experts.searchPlaceholder')}
          style={{ width: 280 }}
          onSearch={(value) => setSearch(value)}
        />
        <ListFilter
          testId="expert-field-filter"
          placeholder={t('experts.filterField')}
          width={200}
          value={fieldId}
          onChange={setFieldId}
          options={(fields.data ?? []).map((f) => ({ value: f.id, label: fieldLabel(f, i18n.language) }))}
        />
        <ListFilter
          testId="expert-status-filter"
          placeholder={t('experts.filterStatus')}
          width={140}
          value={status}
          onChange={setStatus}
          options={expertStatuses.map((s) => ({ value: s, label: t(`experts.statuses.${s}`) }))}
        />
      </Space>
      <PagedTable<Expert>
        list={experts}
        testId="expert-pager"
        rowKey="id"
        size="middle"
        columns={[
          { title: t('experts.name'), dataIndex: 'name', width: 110 },
          { title: t('experts.organisation'), dataIndex: 'organisation' },
          { title: t('experts.jobTitle'), dataIndex: 'title', width: 130 },
          {
            title: t('experts.fields'),
            key: 'fields',
            render: (_, expert) =>
              expert.fields.map((f) => {
                const field = fieldsById.get(f.fieldId)
                return (
                  <Tag key={f.fieldId} color={f.primary ? 'green' : undefined}>
                    {field ? fieldLabel(field, i18n.language) : f.fieldId}
                    {f.primary ? `（${t('experts.primaryTag')}）` : ''}
                  </Tag>
                )
              })
          },
          { title: t('experts.term'), key: 'term', width: 220, render: (_, e) => <ExpertTermCell expert={e} /> },
          { title: t('experts.loadTitle'), key: 'load', width: 110, render: (_, e) => <ExpertLoadCell expert={e} activeCases={loads.get(e.id)} /> },
          {
            title: t('experts.status'),
            dataIndex: 'status',
            width: 80,
            render: (s: ExpertStatus, e) => (
              <Tooltip title={e.statusReason || undefined}>
                <Tag color={s === 'active' ? 'blue' : 'default'}>{t(`experts.statuses.${s}`)}</Tag>
              </Tooltip>
            )
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 130,
            render: (_, expert) => (
              <Space size={0}>
                {editButton(t('common.edit'), () => setEditing({ mode: 'edit', expert }), `edit-${expert.name}`)}
                {editButton(
                  t(expert.status === 'active' ? 'experts.suspend' : 'experts.reinstate'),
                  () => setStatusChange({ expert, reason: '' }),
                  `status-${expert.name}`
                )}
              </Space>
            )
          }
        ]}
      />
      <Drawer
        width={640}
        open={editing !== null}
        destroyOnHidden
        title={t(editing?.mode === 'edit' ? 'experts.edit' : 'experts.add')}
        onClose={() => setEditing(null)}
      >
        {editing && fields.data && (
          <ExpertForm
            fields={fields.data}
            initial={editing.mode === 'edit' ? toInput(editing.expert) : emptyExpert}
            serverPrefix={editing.mode === 'edit' ? 'expert.' : ''}
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        )}
      </Drawer>
      <Modal
        open={statusChange !== null}
        title={
          statusChange &&
          t(statusChange.expert.status === 'active' ? 'experts.suspendTitle' : 'experts.reinstateTitle', { name: statusChange.expert.name })
        }
        okButtonProps={{ disabled: !statusChange?.reason.trim(), loading: changeStatus.isPending }}
        onOk={() => statusChange && changeStatus.mutate(statusChange)}
        onCancel={() => setStatusChange(null)}
      >
        <Typography.Text>{t('experts.statusReason')}</Typography.Text>
        <Input.TextArea
          data-testid="status-reason"
          rows={3}
          value={statusChange?.reason}
          placeholder={t('experts.statusReasonRequired')}
          onChange={(e) => setStatusChange((s) => s && { ...s, reason: e.target.value })}
        />
      </Modal>
    </Space>
  )
}
