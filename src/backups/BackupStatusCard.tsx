import { Alert, Card, Descriptions, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { BackupRun, BackupStatus } from '../../electron/shared/backups'
import { formatShanghai } from '../../electron/shared/shanghai-time'
import { useChannel } from '../api/use-channel'

/** How often the dashboard asks again, so a backup taken or failed while it is open shows without a reload. */
const refreshMs = 60_000

/** 数据备份 on the dashboard: the last backup's time and result, and a warning when it failed, is missing or is overdue. */
export function BackupStatusCard() {
  const { t } = useTranslation()
  const status = useChannel('backups.status', {}, { refetchInterval: refreshMs })
  const s = status.data
  const warningText = ({ warning, last, schedule }: BackupStatus): string => {
    if (warning === 'failed') return t('backups.warnings.failed', { message: last?.message ?? '' })
    if (warning === 'overdue') return t('backups.warnings.overdue', { hours: schedule.intervalHours })
    return warning === 'never' ? t('backups.warnings.never') : t('backups.warnings.not_scheduled')
  }
  const run = (r: BackupRun) => (
    <>
      {formatShanghai(r.finishedAt ?? r.startedAt)} <Tag color={r.outcome === 'ok' ? 'green' : r.outcome === 'failed' ? 'red' : 'blue'}>{t(`backups.outcomes.${r.outcome}`)}</Tag>
      <Tag>{t(`backups.triggers.${r.trigger}`)}</Tag>
    </>
  )
  return (
    <Card size="small" title={t('backups.status')} loading={status.isLoading} data-testid="dashboard-backup">
      {s?.warning && <Alert type={s.warning === 'not_scheduled' ? 'warning' : 'error'} showIcon message={warningText(s)} style={{ marginBottom: 8 }} data-testid="backup-warning" />}
      {s && (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('backups.lastBackup')}>{s.lastOk ? run(s.lastOk) : t('backups.none')}</Descriptions.Item>
          {s.last && s.last.id !== s.lastOk?.id && <Descriptions.Item label={t('backups.lastAttempt')}>{run(s.last)}</Descriptions.Item>}
          {s.nextDueAt && <Descriptions.Item label={t('backups.nextDue')}>{formatShanghai(s.nextDueAt)}</Descriptions.Item>}
        </Descriptions>
      )}
    </Card>
  )
}

