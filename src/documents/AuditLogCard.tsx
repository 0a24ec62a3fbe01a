import { Alert, Button, Card, DatePicker, Input, Select, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dayjs } from 'dayjs'
import { channels } from '../../electron/shared/channels'
import { columnChanges, type AuditLogQuery, type HistoryEvent } from '../../electron/shared/history'
import { formatShanghai } from '../../electron/shared/shanghai-time'
import { api } from '../api/api'
import { HistoryEntry } from './HistoryList'
import { useHistoryWords } from './history-words'
import { csvText, downloadFile } from './download'
import { PagedTable } from '../lists/PagedTable'
import { usePagedList } from '../lists/use-paged-list'
import { useChannel } from '../api/use-channel'

type Filter = Omit<AuditLogQuery, 'after' | 'limit'>
const pageSize = 20

/** 审计日志: the administrator's view of every event, newest first, filtered by user, channel, day and record, and its export. */
export function AuditLogCard() {
  const { t } = useTranslation()
  const words = useHistoryWords()
  const [filter, setFilter] = useState<Filter>({})
  const [exporting, setExporting] = useState<string | null>(null)
  const users = useChannel('users.list', {})
  const log = usePagedList('history.log', filter, pageSize)
  const change = (next: Filter) => {
    setFilter(Object.fromEntries(Object.entries({ ...filter, ...next }).filter(([, v]) => v)) as Filter)
  }
  const day = (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined)

  const exportCsv = async () => {
    setExporting(null)
    const rows: string[][] = [[t('audit.at'), t('audit.actor'), t('audit.channel'), t('audit.action'), t('audit.record'), t('audit.recordId'), t('audit.changes')]]
    const describe = (e: HistoryEvent) =>
      columnChanges(e)
        .map((c) => `${words.column(c.column)}${t('common.colon')}${e.before && e.after ? `${words.value(c.column, c.before)} → ` : ''}${words.value(c.column, e.after ? c.after : c.before)}`)
        .join(t('common.itemSeparator'))
    let after: string | null = null
    do {
      const reply = await api.history.log({ ...filter, after, limit: 500 })
      if (!reply.ok) return setExporting(reply.error.message)
      for (const e of reply.value.items) rows.push([formatShanghai(e.at), e.actorName, e.channel, words.action(e), words.table(e.entityType), e.entityId, describe(e)])
      after = reply.value.next
    } while (after !== null)
    downloadFile('EcoCase-审计日志.csv', csvText(rows), 'text/csv;charset=utf-8')
  }

  return (
    <Card title={t('audit.title')} data-testid="audit-log">
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 160 }}
          placeholder={t('audit.actor')}
          data-testid="audit-actor"
          options={(users.data ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
          onChange={(actorId?: string) => change({ actorId })}
        />
        <Select
          allowClear
          showSearch
          style={{ width: 200 }}
          placeholder={t('audit.channel')}
          data-testid="audit-channel"
          options={channels.map((c) => ({ value: c, label: c }))}
          onChange={(channel?: string) => change({ channel })}
        />
        <DatePicker.RangePicker
          placeholder={[t('audit.from'), t('audit.to')]}
          onChange={(range) => change({ from: day(range?.[0] ?? null), to: day(range?.[1] ?? null) })}
        />
        <Input.Search allowClear style={{ width: 260 }} placeholder={t('audit.recordId')} data-testid="audit-record" onSearch={(entityId) => change({ entityId: entityId.trim() })} />
        <Button onClick={() => void exportCsv()} data-testid="audit-export">
          {t('audit.export')}
        </Button>
      </Space>
      {exporting && <Alert type="error" message={exporting} />}
      {log.error && <Alert type="error" message={log.error.message} />}
      <PagedTable<HistoryEvent>
        list={log}
        testId="audit-pager"
        rowKey="seq"
        size="small"
        columns={[
          { title: t('audit.channel'), dataIndex: 'channel', width: 180 },
          { title: t('audit.event'), key: 'event', render: (_, e) => <HistoryEntry event={e} /> },
          { title: t('audit.recordId'), dataIndex: 'entityId', width: 280, render: (v: string) => <span style={{ fontFamily: 'monospace', fontSize: 12 }}>{v}</span> }
        ]}
      />
    </Card>
  )
}
