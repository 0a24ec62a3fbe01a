import { Alert, Button, Card, Progress, Space, Typography, Upload } from 'antd'
import { UploadOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportReport, InboxPackage } from '../../electron/shared/exchange'
import type { CallProgress } from '../../electron/shared/progress'
import type { Result } from '../../electron/shared/errors'
import { uploadFile } from '../api/files'
import { callWithProgress } from '../api/call-progress'
import { ImportSummary } from './ImportSummary'
import { useInvalidate } from '../api/use-channel'

type Stage = { step: 'idle' } | { step: 'uploading' } | { step: 'importing'; progress: CallProgress | null } | { step: 'done'; progress: CallProgress | null; report: ImportReport } | { step: 'refused'; message: string }

/** The bar's share for a phase: checking is the first half, writing the second. */
function percentOf(progress: CallProgress | null): number {
  if (!progress || progress.total === 0) return 0
  const share = Math.round((progress.done / progress.total) * 50)
  return progress.phase === 'written' ? 50 + share : share
}

/**
 * Imports a package file the user picked: uploaded into the inbox, then
 * imported with its progress shown as it is reported (checked, written),
 * and what came in summarised.
 */
export function ImportCard() {
  const { t } = useTranslation()
  const invalidate = useInvalidate()
  const [stage, setStage] = useState<Stage>({ step: 'idle' })
  const busy = stage.step === 'uploading' || stage.step === 'importing'

  const run = async (file: File) => {
    setStage({ step: 'uploading' })
    const uploaded = (await uploadFile('package', file)) as Result<InboxPackage>
    if (!uploaded.ok) return setStage({ step: 'refused', message: uploaded.error.message })
    let last: CallProgress | null = null
    setStage({ step: 'importing', progress: null })
    const reply = await callWithProgress('exchange.import', { inboxName: uploaded.value.inboxName }, (progress) => {
      last = progress
      setStage({ step: 'importing', progress })
    })
    if (!reply.ok) return setStage({ step: 'refused', message: reply.error.message })
    setStage({ step: 'done', progress: last, report: reply.value })
    // Whatever the package touched may show elsewhere: the case, its samples, the conflicts.
    void invalidate()
  }

  const progress = stage.step === 'importing' || stage.step === 'done' ? stage.progress : null
  return (
    <Card title={t('exchange.import.title')} data-testid="import-card">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{t('exchange.import.hint')}</Typography.Paragraph>
        <Upload
          accept=".ecocase"
          showUploadList={false}
          disabled={busy}
          beforeUpload={(file) => {
            void run(file)
            return false
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy} data-testid="import-choose">
            {t('exchange.import.choose')}
          </Button>
        </Upload>
        {stage.step === 'uploading' && <Typography.Text>{t('exchange.import.uploading')}</Typography.Text>}
        {(stage.step === 'importing' || stage.step === 'done') && (
          <div data-testid="import-progress">
            <Progress percent={stage.step === 'done' ? 100 : percentOf(progress)} status={stage.step === 'done' ? 'success' : 'active'} />
            <Typography.Text type="secondary" data-testid="import-progress-text">
              {progress ? t(`exchange.import.${progress.phase}`, { done: progress.done, total: progress.total }) : null}
              {stage.step === 'done' ? ` · ${t('exchange.import.done')}` : null}
            </Typography.Text>
          </div>
        )}
        {stage.step === 'refused' && <Alert type="error" showIcon title={t('exchange.import.refused')} description={stage.message} data-testid="import-refused" />}
        {stage.step === 'done' && <ImportSummary report={stage.report} />}
      </Space>
    </Card>
  )
}
