import { App as AntApp, Button } from 'antd'
import { FileWordOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { WordDocumentKind } from '../../electron/shared/documents'
import { api } from '../api/api'
import { base64Bytes, downloadFile } from './download'

/**
 * 导出 Word: the court document as a .docx the core builds and seals like a
 * print (the same content and verification code), saved as a file: a
 * download in the preview, the save dialog in Electron.
 */
export function WordExportButton(props: { kind: WordDocumentKind; id: string; disabled?: boolean }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const [busy, setBusy] = useState(false)
  const run = async () => {
    setBusy(true)
    try {
      const reply = await api.documents.exportDocx({ kind: props.kind, id: props.id })
      if (!reply.ok) return void message.error(t('exports.failed', { reason: reply.error.message }))
      downloadFile(reply.value.fileName, base64Bytes(reply.value.contentBase64), reply.value.mediaType)
      void message.success(t('exports.wordDone', { code: reply.value.code }))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button icon={<FileWordOutlined />} loading={busy} disabled={props.disabled} onClick={() => void run()} data-testid={`export-docx-${props.kind}`}>
      {t('exports.word')}
    </Button>
  )
}
