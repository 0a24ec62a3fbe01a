import { Alert, App as AntApp, Button, Descriptions, Space, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ImportReport } from '../../electron/shared/exchange'
import { downloadOutboxFile, outboxName } from '../api/files'
import { partText } from '../../electron/shared/errors'
import { uiLanguage } from '../api/error-words'

/** What an import brought in: events, records by kind, conflicts waiting, warnings (a drifting clock), and the receipt to carry back. */
export function ImportSummary({ report }: { report: ImportReport }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const receipt = report.receiptFile
  const download = async (file: string) => {
    const reply = await downloadOutboxFile(outboxName(file))
    if (!reply.ok) void message.error(reply.error.message)
  }
  const tables = Object.entries(report.tables)
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="import-summary">
      {report.warnings.map((w) => {
        const words = partText(w, uiLanguage())
        return <Alert key={words} type="warning" showIcon title={`${t('exchange.summary.warnings')}${t('common.colon')}${words}`} data-testid="import-warning" />
      })}
      {report.kind === 'receipt' && <Alert type="success" title={t('exchange.summary.receiptImported')} />}
      <Descriptions size="small" column={2} bordered title={t('exchange.summary.title')}>
        <Descriptions.Item label={t('exchange.summary.source')}>{report.source.name}</Descriptions.Item>
        <Descriptions.Item label={t('exchange.summary.kind')}>{t(`exchange.kinds.${report.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('exchange.summary.events')}>
          {t('exchange.summary.eventsValue', { events: report.events, alreadyPresent: report.alreadyPresent })}
        </Descriptions.Item>
        <Descriptions.Item label={t('exchange.summary.rowsChanged')}>{report.rowsChanged}</Descriptions.Item>
        <Descriptions.Item label={t('exchange.summary.tables')} span={2}>
          <span data-testid="import-tables">
            {tables.length === 0
              ? t('exchange.summary.noTables')
              : tables.map(([table, count]) => (
                  <Tag key={table}>
                    {t(`history.tables.${table}`, { defaultValue: table })} {count}
                  </Tag>
                ))}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('exchange.summary.conflicts')} span={2}>
          <span data-testid="import-conflicts">
            {report.conflicts === 0 ? t('exchange.summary.noConflicts') : t('exchange.summary.conflictsWaiting', { count: report.conflicts })}
          </span>
        </Descriptions.Item>
        {receipt && (
          <Descriptions.Item label={t('exchange.summary.receipt')} span={2}>
            <Space>
              {t('exchange.summary.receiptHint')}
              <Button onClick={() => void download(receipt)} data-testid="download-receipt">
                {t('exchange.summary.downloadReceipt')}
              </Button>
            </Space>
          </Descriptions.Item>
        )}
      </Descriptions>
    </Space>
  )
}
