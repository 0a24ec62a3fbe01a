import { Alert, Card, Empty, Spin, Timeline, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { columnChanges, type HistoryEvent } from '../../electron/shared/history'
import { formatShanghai } from '../../electron/shared/shanghai-time'
import { useHistoryWords } from './history-words'
import { useChannel } from '../api/use-channel'

/** One event in words: who, when, what (added / changed / voided / removed), and each changed field. */
export function HistoryEntry(props: { event: HistoryEvent }) {
  const { t } = useTranslation()
  const words = useHistoryWords()
  const e = props.event
  const changes = columnChanges(e)
  return (
    <div data-testid="history-entry">
      <Typography.Text strong>{formatShanghai(e.at)}</Typography.Text>
      <Typography.Text>{`　${e.actorName}　`}</Typography.Text>
      <Typography.Text>{words.action(e)}</Typography.Text>
      <Typography.Text type="secondary">{`　${words.table(e.entityType)}`}</Typography.Text>
      {e.before !== null && e.after !== null && changes.length === 0 && <div>{t('history.noVisibleChange')}</div>}
      <ul style={{ margin: '2px 0 0', paddingLeft: 20 }}>
        {changes.map((c) => (
          <li key={c.column} data-testid="history-change">
            {e.before === null || e.after === null
              ? t('history.value', { field: words.column(c.column), value: words.value(c.column, e.after === null ? c.before : c.after) })
              : t('history.changed', { field: words.column(c.column), before: words.value(c.column, c.before), after: words.value(c.column, c.after) })}
          </li>
        ))}
      </ul>
    </div>
  )
}

/**
 * 历史: a record's audit events, oldest first, loaded when the card is
 * opened (a record page shows it below its own content).
 */
export function HistoryCard(props: { entityType: string; entityId: string }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <Card
      size="small"
      title={t('history.title')}
      data-testid="history-card"
      extra={
        <Typography.Link onClick={() => setOpen(!open)} data-testid="history-toggle">
          {t(open ? 'history.hide' : 'history.show')}
        </Typography.Link>
      }
    >
      {open && <HistoryTimeline {...props} />}
    </Card>
  )
}

export function HistoryTimeline(props: { entityType: string; entityId: string }) {
  const { t } = useTranslation()
  const history = useChannel('history.forRecord', { entityType: props.entityType, entityId: props.entityId })
  if (history.isLoading) return <Spin />
  if (history.isError) return <Alert type="error" message={history.error.message} />
  if (!history.data?.length) return <Empty description={t('history.none')} />
  return <Timeline items={history.data.map((e) => ({ key: e.seq, children: <HistoryEntry event={e} /> }))} />
}
