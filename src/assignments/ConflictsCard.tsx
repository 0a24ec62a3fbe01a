import { App as AntApp, Button, Input, List, Modal, Select, Space, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { conflictGrounds, type ConflictGround } from '../../electron/shared/assignments'
import { useChannel, useChannelMutation } from '../api/use-channel'

/**
 * The personal-conflict screen: the clerk records an expert's own
 * declaration of an interest in one case, or of another relationship with a
 * party (《民事诉讼法》art. 47(1)(ii)–(iii)); the screening then excludes the
 * expert from this case with that ground.
 */
export function ConflictsCard(props: { caseId: string; canRecord: boolean }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const [open, setOpen] = useState(false)
  const [expertId, setExpertId] = useState<string | null>(null)
  const [ground, setGround] = useState<ConflictGround>('interest')
  const [reason, setReason] = useState('')
  const [search, setSearch] = useState('')
  const conflicts = useChannel('assignments.conflicts', { caseId: props.caseId })
  const experts = useChannel('experts.list', { search, limit: 50 }, { enabled: open })
  const mark = useChannelMutation('assignments.markConflict', {
    invalidates: ['assignments.conflicts', 'assignments.screen'],
    onSuccess: (c) => {
      setOpen(false)
      setExpertId(null)
      setReason('')
      void message.success(t('assignments.conflictMarked', { name: c.expertName }))
    },
    onError: (error) => void message.error(error.message)
  })
  return (
    <div data-testid="conflicts-card">
      <Space>
        <Typography.Text strong>{t('assignments.conflicts', { count: conflicts.data?.length ?? 0 })}</Typography.Text>
        <Button size="small" disabled={!props.canRecord} onClick={() => setOpen(true)} data-testid="open-mark-conflict">
          {t('assignments.markConflict')}
        </Button>
      </Space>
      <List
        size="small"
        dataSource={conflicts.data ?? []}
        renderItem={(c) => (
          <List.Item data-testid={`conflict-${c.expertName}`}>
            <Tag color="red">{t(`assignments.codes.${c.ground}`)}</Tag>
            {c.expertName}：{c.reason}
          </List.Item>
        )}
      />
      <Modal
        open={open}
        title={t('assignments.markConflict')}
        okButtonProps={{ disabled: !expertId || !reason.trim(), loading: mark.isPending, 'data-testid': 'mark-conflict-submit' } as never}
        onOk={() => mark.mutate({ caseId: props.caseId, expertId: expertId!, ground, reason })}
        onCancel={() => setOpen(false)}
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary">{t('assignments.conflictHint')}</Typography.Paragraph>
          <label htmlFor="conflict-expert">{t('assignments.expert')}</label>
          <Select
            id="conflict-expert"
            showSearch
            filterOption={false}
            onSearch={setSearch}
            value={expertId}
            onChange={setExpertId}
            options={(experts.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.organisation}）` }))}
          />
          <label htmlFor="conflict-ground">{t('assignments.conflictGround')}</label>
          <Select
            id="conflict-ground"
            value={ground}
            onChange={setGround}
            options={conflictGrounds.map((g) => ({ value: g, label: `${t(`assignments.codes.${g}`)}（${t(`assignments.bases.${g}`)}）` }))}
          />
          <label htmlFor="conflict-reason">{t('assignments.conflictReason')}</label>
          <Input.TextArea id="conflict-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Space>
      </Modal>
    </div>
  )
}
