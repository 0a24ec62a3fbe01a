import { Button, Card, Table } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExchangeConflict } from '../../electron/shared/exchange'
import { columnLabel, conflictRecord } from './conflict-words'
import { ConflictResolver } from './ConflictResolver'
import { useChannel } from '../api/use-channel'

/** The records changed on both sides that wait for a person, each opened in the resolver. */
export function ConflictsCard() {
  const { t } = useTranslation()
  const conflicts = useChannel('exchange.conflicts', { status: 'open' })
  const [open, setOpen] = useState<ExchangeConflict | null>(null)
  return (
    <Card title={t('exchange.conflicts.title')} data-testid="conflicts">
      <Table<ExchangeConflict>
        rowKey="id"
        size="small"
        pagination={false}
        loading={conflicts.isLoading}
        locale={{ emptyText: t('exchange.conflicts.empty') }}
        dataSource={conflicts.data ?? []}
        columns={[
          { title: t('exchange.conflicts.record'), key: 'record', render: (_, c) => conflictRecord(t, c) },
          { title: t('exchange.conflicts.fields'), key: 'fields', render: (_, c) => c.fields.map((f) => columnLabel(t, f.column)).join(t('common.listSeparator')) },
          {
            title: t('common.actions'),
            key: 'resolve',
            render: (_, c) => (
              <Button size="small" onClick={() => setOpen(c)} data-testid="open-conflict">
                {t('exchange.conflicts.resolve')}
              </Button>
            )
          }
        ]}
      />
      {open && <ConflictResolver conflict={open} onClose={() => setOpen(null)} />}
    </Card>
  )
}
