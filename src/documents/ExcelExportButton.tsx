import { App as AntApp, Button } from 'antd'
import { FileExcelOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportList } from '../../electron/shared/documents'
import { api } from '../api/api'
import { base64Bytes, downloadFile } from './download'

/** 导出 Excel: a list as an .xlsx workbook the core builds, saved as a file (a download in the preview, the save dialog in Electron). */
export function ExcelExportButton(props: { list: ExportList; caseId?: string; size?: 'small' }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const [busy, setBusy] = useState(false)
  const run = async () => {
    setBusy(true)
    try {
      const reply = await api.lists.exportXlsx({ list: props.list, caseId: props.caseId ?? null })
      if (!reply.ok) return void message.error(t('exports.failed', { reason: reply.error.message }))
      downloadFile(reply.value.fileName, base64Bytes(reply.value.contentBase64), reply.value.mediaType)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button size={props.size} icon={<FileExcelOutlined />} loading={busy} onClick={() => void run()} data-testid={`export-xlsx-${props.list}`}>
      {t('exports.excel')}
    </Button>
  )
}
