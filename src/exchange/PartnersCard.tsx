import { Button, Card, Table } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Partner } from '../../electron/shared/exchange'
import { formatShanghai } from '../../electron/shared/shanghai-time'
import { useCurrentUser } from '../session/CurrentUser'
import { Fingerprint } from './InstallationCardPanel'
import { PairDialog } from './PairDialog'
import { useChannel } from '../api/use-channel'
import { ExpertName } from '../experts/ExpertPicker'

/** The installations this one exchanges packages with, and (for the administrator) registering one from its card. */
export function PartnersCard() {
  const { t } = useTranslation()
  const { may } = useCurrentUser()
  const [pairing, setPairing] = useState(false)
  const partners = useChannel('exchange.partners', {})
  return (
    <Card
      title={t('exchange.partners.title')}
      data-testid="partners"
      extra={
        may('pairInstallations') && (
          <Button onClick={() => setPairing(true)} data-testid="pair-partner">
            {t('exchange.partners.add')}
          </Button>
        )
      }
    >
      <Table<Partner>
        rowKey="installationId"
        size="small"
        pagination={false}
        loading={partners.isLoading}
        locale={{ emptyText: t('exchange.partners.empty') }}
        dataSource={partners.data ?? []}
        columns={[
          { title: t('exchange.partners.name'), dataIndex: 'name' },
          { title: t('exchange.partners.installationId'), dataIndex: 'installationId', render: (id: string) => <code>{id}</code> },
          { title: t('exchange.partners.fingerprint'), dataIndex: 'fingerprint', render: (f: string) => <Fingerprint value={f} /> },
          { title: t('exchange.partners.expert'), dataIndex: 'expertId', render: (id: string | null) => <ExpertName id={id} /> },
          { title: t('exchange.partners.pairedAt'), dataIndex: 'pairedAt', render: formatShanghai }
        ]}
      />
      {pairing && <PairDialog onClose={() => setPairing(false)} />}
    </Card>
  )
}
