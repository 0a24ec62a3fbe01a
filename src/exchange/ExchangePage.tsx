import { Button, Card, Space, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCurrentUser } from '../session/CurrentUser'
import { InstallationCardPanel } from './InstallationCardPanel'
import { PartnersCard } from './PartnersCard'
import { ImportCard } from './ImportCard'
import { ConflictsCard } from './ConflictsCard'
import { ExportDialog } from './ExportDialog'

/** 数据交换: this installation's card, its partners, packages out and in, and the conflicts waiting for a person. */
export function ExchangePage() {
  const { t } = useTranslation()
  const { may } = useCurrentUser()
  const [exporting, setExporting] = useState(false)
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('exchange.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('exchange.hint')}</Typography.Text>
      <InstallationCardPanel />
      <PartnersCard />
      {may('exchangePackages') && (
        <>
          <Card title={t('exchange.export.changesTitle')}>
            <Space direction="vertical">
              <Typography.Text type="secondary">{t('exchange.export.changesHint')}</Typography.Text>
              <Button onClick={() => setExporting(true)} data-testid="export-changes">
                {t('exchange.export.changesTitle')}
              </Button>
            </Space>
          </Card>
          <ImportCard />
        </>
      )}
      <ConflictsCard />
      {exporting && <ExportDialog onClose={() => setExporting(false)} />}
    </Space>
  )
}
