import { Button, Card, Table, Tag } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CaseExchangeEntry } from '../../electron/shared/exchange'
import { formatShanghai } from '../../electron/shared/shanghai-time'
import { useCurrentUser } from '../session/CurrentUser'
import { ExportDialog } from './ExportDialog'
import { useChannel } from '../api/use-channel'

/** 交换 on the case page: which installation last sent or received what of this case and when, and sending the case's package. */
export function CaseExchangeCard({ caseId }: { caseId: string }) {
  const { t } = useTranslation()
  const { may } = useCurrentUser()
  const [exporting, setExporting] = useState(false)
  const entries = useChannel('exchange.forCase', { caseId })
  return (
    <Card
      size="small"
      title={t('exchange.caseCard.title')}
      data-testid="case-exchange"
      extra={
        may('exchangePackages') && (
          <Button size="small" onClick={() => setExporting(true)} data-testid="export-case">
            {t('exchange.export.caseTitle')}
          </Button>
        )
      }
    >
      <Table<CaseExchangeEntry>
        rowKey="packageId"
        size="small"
        pagination={false}
        loading={entries.isLoading}
        locale={{ emptyText: t('exchange.caseCard.empty') }}
        dataSource={entries.data ?? []}
        columns={[
          {
            title: t('exchange.caseCard.direction'),
            dataIndex: 'direction',
            render: (d: CaseExchangeEntry['direction']) => <Tag color={d === 'out' ? 'blue' : 'green'}>{t(`exchange.directions.${d}`)}</Tag>
          },
          { title: t('exchange.caseCard.kind'), dataIndex: 'kind', render: (k: CaseExchangeEntry['kind']) => t(`exchange.kinds.${k}`) },
          { title: t('exchange.caseCard.partner'), dataIndex: 'partnerName' },
          { title: t('exchange.caseCard.at'), dataIndex: 'at', render: formatShanghai },
          { title: t('exchange.caseCard.events'), dataIndex: 'events' }
        ]}
      />
      {exporting && <ExportDialog caseId={caseId} onClose={() => setExporting(false)} />}
    </Card>
  )
}
