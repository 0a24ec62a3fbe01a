import { Alert, App as AntApp, Button, Modal, Select, Space, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { downloadOutboxFile, outboxName } from '../api/files'
import { useChannel, useChannelMutation } from '../api/use-channel'

/**
 * Makes a package for a partner (the case's package when `caseId` is given,
 * else every change since the partner's last receipt) into the outbox, then
 * offers it for download, to be carried to the other installation.
 */
export function ExportDialog(props: { caseId?: string; onClose: () => void }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const partners = useChannel('exchange.partners', {})
  const [to, setTo] = useState<string | null>(null)
  const run = useChannelMutation('exchange.export', { invalidates: ['exchange.forCase'] })
  const download = async (file: string) => {
    const reply = await downloadOutboxFile(outboxName(file))
    if (!reply.ok) void message.error(reply.error.message)
  }
  const title = props.caseId ? t('exchange.export.caseTitle') : t('exchange.export.changesTitle')
  const none = partners.data?.length === 0
  return (
    <Modal open title={title} onCancel={props.onClose} footer={null} data-testid="export-dialog" destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{props.caseId ? t('exchange.export.caseHint') : t('exchange.export.changesHint')}</Typography.Paragraph>
        {none && <Alert type="warning" title={t('exchange.export.noPartners')} />}
        <Space>
          <Typography.Text>{t('exchange.export.to')}</Typography.Text>
          <Select
            aria-label={t('exchange.export.to')}
            data-testid="export-to"
            style={{ width: 320 }}
            value={to ?? undefined}
            onChange={setTo}
            options={(partners.data ?? []).map((p) => ({ value: p.installationId, label: p.name }))}
          />
          <Button type="primary" disabled={!to} loading={run.isPending} onClick={() => run.mutate(props.caseId ? { to: to!, caseId: props.caseId, changes: false } : { to: to!, changes: true })} data-testid="export-run">
            {t('exchange.export.run')}
          </Button>
        </Space>
        {run.error && <Alert type="error" title={run.error.message} />}
        {run.data && (
          <Alert
            type="success"
            data-testid="export-done"
            title={t('exchange.export.done', { events: run.data.events, attachments: run.data.attachments })}
            action={
              <Button onClick={() => void download(run.data.file)} data-testid="export-download">
                {t('exchange.export.download')}
              </Button>
            }
          />
        )}
      </Space>
    </Modal>
  )
}
