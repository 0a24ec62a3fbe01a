import { App as AntApp, Button, Upload } from 'antd'
import { UploadOutlined } from '@ant-design/icons'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { uploadAttachment } from '../attachments/upload-attachment'
import { useUploadTracker } from './uploads-pending'

/**
 * Evidence files (photos, reports) for a form field holding their SHA-256
 * hashes: each file is uploaded and recorded as it is picked; the form's
 * save waits until the last one is stored.
 */
export function EvidenceUpload(props: { id: string; value: string[]; onChange: (hashes: string[]) => void; accept?: string; single?: boolean }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const track = useUploadTracker()
  // Several files finish uploading one after another; each adds to the latest list.
  const hashes = useRef(props.value)
  hashes.current = props.value
  return (
    <Upload
      accept={props.accept}
      multiple={!props.single}
      maxCount={props.single ? 1 : undefined}
      customRequest={async ({ file, onSuccess, onError }) => {
        track(1)
        const reply = await uploadAttachment(file as File).finally(() => track(-1))
        if (!reply.ok) {
          void message.error(reply.error.message)
          onError?.(new Error(reply.error.message))
          return
        }
        hashes.current = props.single ? [reply.value.sha256] : [...hashes.current, reply.value.sha256]
        props.onChange(hashes.current)
        onSuccess?.(reply.value)
      }}
      onRemove={(file) => {
        const sha256 = (file.response as { sha256?: string } | undefined)?.sha256
        props.onChange(hashes.current.filter((h) => h !== sha256))
      }}
    >
      <Button id={props.id} icon={<UploadOutlined />}>
        {t('common.upload')}
      </Button>
    </Upload>
  )
}
