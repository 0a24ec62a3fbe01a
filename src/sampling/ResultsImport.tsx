import { Alert, App as AntApp, Button, Table, Upload } from 'antd'
import { useTranslation } from 'react-i18next'
import type { LabResultImportReport } from '../../electron/shared/sampling'
import { api } from '../api/api'
import { useInvalidate } from '../api/use-channel'
import { bytesBase64 } from '../documents/download'
import { partText } from '../../electron/shared/errors'
import { uiLanguage } from '../api/error-words'

/** Picks a lab-results CSV or Excel (.xlsx) file and imports it all or nothing; a refused file is handed to `onRefused`. */
export function ResultsImport(props: { disabled: boolean; onRefused: (report: LabResultImportReport | null) => void }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const invalidate = useInvalidate()
  const run = async (file: File) => {
    props.onRefused(null)
    // The file's bytes travel as base64 so a GB18030 export from Excel reaches the parser intact.
    const reply = await api.labResults.import({ fileName: file.name, contentBase64: bytesBase64(await file.arrayBuffer()) })
    if (!reply.ok) return void message.error(reply.error.message)
    if (reply.value.errors.length > 0) return props.onRefused(reply.value)
    void message.success(t('sampling.import.done', { imported: reply.value.imported, skipped: reply.value.skipped }))
    void invalidate()
  }
  return (
    <Upload accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" showUploadList={false} beforeUpload={(file) => (void run(file), false)} disabled={props.disabled}>
      <Button size="small" disabled={props.disabled} data-testid="import-results">
        {t('sampling.tab.importResults')}
      </Button>
    </Upload>
  )
}

/** Every bad line of a refused import, by line and reason. */
export function ImportErrors(props: { report: LabResultImportReport; onClose: () => void }) {
  const { t } = useTranslation()
  const { report } = props
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="import-errors"
      title={t('sampling.import.refused', { fileName: report.fileName, count: report.errors.length })}
      description={
        <Table
          size="small"
          pagination={false}
          rowKey={(e) => `${e.line}-${e.reason}`}
          dataSource={report.errors}
          columns={[
            { title: t('sampling.import.line'), dataIndex: 'line', width: 60 },
            { title: t('sampling.import.reason'), key: 'problem', render: (_, e) => partText(e.problem, uiLanguage()) }
          ]}
        />
      }
      closable
      onClose={props.onClose}
    />
  )
}
