import { Alert, App as AntApp, Button, Table, Upload } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useQueryClient } from '@tanstack/react-query'
import type { LabResultImportReport } from '../../electron/shared/sampling'
import { api } from '../api/api'

function toBase64(bytes: ArrayBuffer): string {
  let binary = ''
  const view = new Uint8Array(bytes)
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** Picks a lab-results CSV and imports it all or nothing; a refused file lists every bad line. */
export function ResultsImport(props: { disabled: boolean }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const queryClient = useQueryClient()
  const [refused, setRefused] = useState<LabResultImportReport | null>(null)
  const run = async (file: File) => {
    setRefused(null)
    // The file's bytes travel as base64 so a GB18030 export from Excel reaches the parser intact.
    const reply = await api.labResults.import({ fileName: file.name, contentBase64: toBase64(await file.arrayBuffer()) })
    if (!reply.ok) return void message.error(reply.error.message)
    if (reply.value.errors.length > 0) return setRefused(reply.value)
    void message.success(t('sampling.import.done', { imported: reply.value.imported, skipped: reply.value.skipped }))
    void queryClient.invalidateQueries()
  }
  return (
    <>
      <Upload accept=".csv,text/csv" showUploadList={false} beforeUpload={(file) => (void run(file), false)} disabled={props.disabled}>
        <Button disabled={props.disabled} data-testid="import-results">
          {t('sampling.tab.importResults')}
        </Button>
      </Upload>
      {refused && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="import-errors"
          title={t('sampling.import.refused', { fileName: refused.fileName, count: refused.errors.length })}
          description={
            <Table
              size="small"
              pagination={false}
              rowKey={(e) => `${e.line}-${e.reason}`}
              dataSource={refused.errors}
              columns={[
                { title: t('sampling.import.line'), dataIndex: 'line', width: 60 },
                { title: t('sampling.import.reason'), dataIndex: 'reason' }
              ]}
            />
          }
          closable
          onClose={() => setRefused(null)}
        />
      )}
    </>
  )
}
