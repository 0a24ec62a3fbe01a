import { App as AntApp, Button, Card, Descriptions, Space, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import QRCode from 'qrcode'
import { useChannel } from '../api/use-channel'

/**
 * This installation's pairing card, for the other side's administrator:
 * name, installation id, the fingerprint in groups to compare by eye, and the
 * card's JSON as a QR code and as text to copy.
 */
export function InstallationCardPanel() {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const card = useChannel('exchange.card', {})
  const text = card.data ? JSON.stringify(card.data) : null
  const [qr, setQr] = useState<string | null>(null)
  useEffect(() => {
    if (!text) return
    let live = true
    QRCode.toDataURL(text, { margin: 1, width: 200, errorCorrectionLevel: 'M' }).then((url) => live && setQr(url))
    return () => {
      live = false
    }
  }, [text])
  const copy = async () => {
    await navigator.clipboard.writeText(text ?? '')
    void message.success(t('exchange.card.copied'))
  }
  return (
    <Card title={t('exchange.card.title')} loading={card.isLoading} data-testid="installation-card">
      {card.error && <Typography.Text type="danger">{card.error.message}</Typography.Text>}
      {card.data && (
        <Space align="start" size="large" wrap>
          {qr && <img src={qr} alt={t('exchange.card.title')} width={200} height={200} data-testid="installation-qr" />}
          <Space direction="vertical">
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('exchange.card.name')}>{card.data.name}</Descriptions.Item>
              <Descriptions.Item label={t('exchange.card.installationId')}>
                <Typography.Text code copyable>
                  {card.data.installationId}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('exchange.card.fingerprint')}>
                <Fingerprint value={card.data.fingerprint} testId="installation-fingerprint" />
              </Descriptions.Item>
            </Descriptions>
            <Typography.Paragraph type="secondary" style={{ maxWidth: 560 }}>
              {t('exchange.card.qrHint')}
            </Typography.Paragraph>
            <Typography.Paragraph code style={{ maxWidth: 560, wordBreak: 'break-all' }} data-testid="installation-card-json">
              {text}
            </Typography.Paragraph>
            <Button onClick={() => void copy()}>{t('exchange.card.copy')}</Button>
          </Space>
        </Space>
      )}
    </Card>
  )
}

/** A fingerprint's eight groups of four, spaced and monospaced so two people can read it out to each other. */
export function Fingerprint(props: { value: string; testId?: string }) {
  return (
    <span data-testid={props.testId} style={{ fontFamily: 'monospace', fontSize: 15, letterSpacing: 1, wordSpacing: 6 }}>
      {props.value}
    </span>
  )
}
