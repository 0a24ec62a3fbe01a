import { Alert, App as AntApp, Button, Modal, Radio, Space, Table, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExchangeConflict } from '../../electron/shared/exchange'
import { api } from '../api/api'
import { useCurrentUser } from '../session/CurrentUser'
import { columnLabel, conflictRecord, storedValue } from './conflict-words'
import { useInvalidate } from '../api/use-channel'

type Side = 'local' | 'incoming'
type Field = ExchangeConflict['fields'][number]

/**
 * One conflict side by side, field by field (本机 / 对方 / 原值), with a
 * choice per field; 保存 settles it through `exchange.resolve` (audited in
 * core, and carried to the other side by the next package).
 */
export function ConflictResolver(props: { conflict: ExchangeConflict; onClose: () => void }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const { may } = useCurrentUser()
  const invalidate = useInvalidate()
  const { conflict } = props
  const [choices, setChoices] = useState<Record<string, Side>>(() => Object.fromEntries(conflict.fields.map((f) => [f.column, 'local' as Side])))
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const deleted = conflict.localDeleted || conflict.incomingDeleted
  const allowed = may('resolveConflicts')
  const all = (side: Side) => setChoices(Object.fromEntries(conflict.fields.map((f) => [f.column, side])))

  const save = async () => {
    setSaving(true)
    setError(null)
    const reply = await api.exchange.resolve({ conflictId: conflict.id, revision: conflict.revision, choices, keep: 'fields' })
    setSaving(false)
    if (!reply.ok) return setError(reply.error.message)
    void message.success(t('exchange.conflicts.resolved'))
    // The record itself changed too: every view of it reloads.
    void invalidate()
    props.onClose()
  }

  const cell = (field: Field, side: Side) => (
    <Radio value={side} checked={choices[field.column] === side} disabled={deleted || !allowed} onChange={() => setChoices({ ...choices, [field.column]: side })}>
      {storedValue(t, field[side])}
    </Radio>
  )
  return (
    <Modal
      open
      width={960}
      title={t('exchange.conflicts.resolverTitle', { record: conflictRecord(t, conflict) })}
      onCancel={props.onClose}
      data-testid="conflict-resolver"
      footer={
        <Space>
          <Button onClick={props.onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} disabled={deleted || !allowed} onClick={() => void save()} data-testid="resolve-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{t('exchange.conflicts.hint')}</Typography.Paragraph>
        {deleted && <Alert type="warning" title={t('exchange.conflicts.deleted')} />}
        {!allowed && <Alert type="info" title={t('exchange.conflicts.notAllowed')} />}
        {error && <Alert type="error" title={error} />}
        <Space>
          <Button size="small" disabled={deleted || !allowed} onClick={() => all('local')}>
            {t('exchange.conflicts.allLocal')}
          </Button>
          <Button size="small" disabled={deleted || !allowed} onClick={() => all('incoming')}>
            {t('exchange.conflicts.allIncoming')}
          </Button>
        </Space>
        <Table<Field>
          rowKey="column"
          size="small"
          pagination={false}
          dataSource={conflict.fields}
          onRow={(f) => ({ 'data-testid': `conflict-field-${f.column}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('exchange.conflicts.field'), key: 'field', render: (_, f) => columnLabel(t, f.column), width: 140 },
            { title: t('exchange.conflicts.local'), key: 'local', render: (_, f) => cell(f, 'local') },
            { title: t('exchange.conflicts.incoming'), key: 'incoming', render: (_, f) => cell(f, 'incoming') },
            { title: t('exchange.conflicts.base'), key: 'base', render: (_, f) => <Typography.Text type="secondary">{storedValue(t, f.base)}</Typography.Text> }
          ]}
        />
      </Space>
    </Modal>
  )
}
