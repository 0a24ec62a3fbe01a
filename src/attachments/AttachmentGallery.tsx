import { Space, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AttachmentViewer, CheckedFileView, type SitePosition } from './AttachmentViewer'

/**
 * Thumbnails of a record's photos and reports, each shown only once its bytes
 * match its SHA-256 (a mismatch shows an error in its place); a click opens
 * the viewer. `site` puts the site's coordinates beside a photo's GPS position.
 */
export function AttachmentGallery(props: { hashes: string[]; site?: SitePosition | null; testId?: string }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<number | null>(null)
  if (props.hashes.length === 0) return <Typography.Text type="secondary">{t('viewer.none')}</Typography.Text>
  return (
    <>
      <Space wrap data-testid={props.testId ?? 'attachment-gallery'}>
        {props.hashes.map((sha256, index) => (
          <button
            key={sha256}
            type="button"
            onClick={() => setOpen(index)}
            title={t('viewer.open')}
            aria-label={`${t('viewer.open')} ${sha256.slice(0, 12)}`}
            data-testid="attachment-tile"
            style={{ padding: 2, border: '1px solid #d9d9d9', borderRadius: 4, background: '#fff', cursor: 'pointer', minWidth: 100, minHeight: 76 }}
          >
            <CheckedFileView sha256={sha256} alt={sha256.slice(0, 12)} />
          </button>
        ))}
      </Space>
      {open !== null && <AttachmentViewer hashes={props.hashes} index={open} onIndex={setOpen} onClose={() => setOpen(null)} site={props.site} />}
    </>
  )
}
