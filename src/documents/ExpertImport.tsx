import { Alert, App as AntApp, Button, Space, Table, Typography, Upload } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { expertImportTemplate, type ExpertImportReport } from '../../electron/shared/experts'
import { api } from '../api/api'
import { base64Bytes, bytesBase64, csvText, downloadFile } from './download'
import { useInvalidate } from '../api/use-channel'
import { partText } from '../../electron/shared/errors'
import { uiLanguage } from '../api/error-words'

/**
 * 导入专家: an expert-pool file (CSV or Excel) imported all or nothing, the
 * refused file's errors listed by line, and both templates as downloads.
 */
export function ExpertImport(props: { disabled: boolean }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const invalidate = useInvalidate()
  const [refused, setRefused] = useState<ExpertImportReport | null>(null)
  const run = async (file: File) => {
    setRefused(null)
    const reply = await api.experts.import({ fileName: file.name, contentBase64: bytesBase64(await file.arrayBuffer()) })
    if (!reply.ok) return void message.error(reply.error.message)
    if (reply.value.errors.length > 0) return setRefused(reply.value)
    void message.success(t('expertImport.done', { imported: reply.value.imported, skipped: reply.value.skipped }))
    void invalidate()
  }
  const saveXlsx = async () => {
    const reply = await api.lists.exportXlsx({ list: 'experts-template', caseId: null })
    if (!reply.ok) return void message.error(t('exports.failed', { reason: reply.error.message }))
    downloadFile(reply.value.fileName, base64Bytes(reply.value.contentBase64), reply.value.mediaType)
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Upload accept=".csv,text/csv,.xlsx" showUploadList={false} beforeUpload={(file) => (void run(file), false)} disabled={props.disabled}>
          <Button disabled={props.disabled} data-testid="import-experts">
            {t('expertImport.button')}
          </Button>
        </Upload>
        <Typography.Link onClick={() => downloadFile('专家库导入模板.csv', csvText(expertImportTemplate), 'text/csv;charset=utf-8')} data-testid="download-experts-template">
          {t('templates.expertsCsv')}
        </Typography.Link>
        <Typography.Link onClick={() => void saveXlsx()} data-testid="download-experts-template-xlsx">
          {t('templates.expertsXlsx')}
        </Typography.Link>
      </Space>
      {refused && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setRefused(null)}
          data-testid="expert-import-errors"
          title={t('expertImport.refused', { fileName: refused.fileName, count: refused.errors.length })}
          description={
            <Table
              size="small"
              pagination={false}
              rowKey={(e) => `${e.line}-${e.reason}`}
              dataSource={refused.errors}
              columns={[
                { title: t('expertImport.line'), dataIndex: 'line', width: 60 },
                { title: t('expertImport.reason'), key: 'problem', render: (_, e) => partText(e.problem, uiLanguage()) }
              ]}
            />
          }
        />
      )}
    </Space>
  )
}
