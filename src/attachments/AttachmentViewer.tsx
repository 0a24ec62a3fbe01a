import { Alert, Button, Descriptions, Modal, Space, Spin, Typography } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { distanceMetres } from '../../electron/shared/coordinates'
import { formatShanghai } from '../../electron/shared/shanghai-time'
import { api, unwrap } from '../api/api'
import { useCheckedAttachment } from './checked-attachment'

/** A site's WGS-84 coordinates, when registered, to show beside a photo's GPS position. */
export interface SitePosition {
  name: string
  latitude: number | null
  longitude: number | null
}

const degrees = (lat: number, lon: number) => `${lat.toFixed(6)}, ${lon.toFixed(6)}`

/** The file itself, once its bytes have been checked against its hash: a photo, or a PDF report in a frame. */
export function CheckedFileView(props: { sha256: string; large?: boolean; alt: string }) {
  const { t } = useTranslation()
  const file = useCheckedAttachment(props.sha256)
  if (file.state === 'loading') return <Spin size="small" tip={props.large ? t('viewer.loading') : undefined} data-testid="attachment-loading" />
  if (file.state === 'failed') {
    return <Alert type="error" showIcon title={file.reason === null ? t('viewer.mismatch') : t('viewer.failed', { reason: file.reason })} data-testid="attachment-refused" />
  }
  if (file.mediaType === 'application/pdf') {
    return props.large ? (
      <iframe title={props.alt} src={file.url} style={{ width: '100%', height: '70vh', border: '1px solid #ddd' }} data-testid="viewer-pdf" />
    ) : (
      <Typography.Text data-testid="attachment-thumb-pdf">{t('viewer.pdf')}</Typography.Text>
    )
  }
  if (!file.mediaType.startsWith('image/')) return <Typography.Text>{props.alt}</Typography.Text>
  return (
    <img
      src={file.url}
      alt={props.alt}
      data-testid={props.large ? 'viewer-image' : 'attachment-thumb'}
      style={props.large ? { maxWidth: '100%', maxHeight: '65vh', display: 'block', margin: '0 auto' } : { width: 96, height: 72, objectFit: 'cover', display: 'block' }}
    />
  )
}

/**
 * 查看: one attachment large, with what proves it: its name and SHA-256 (checked
 * again now), when it was uploaded, and for a photo the capture time and GPS
 * position its EXIF holds, next to the site's registered coordinates and the
 * distance between the two.
 */
export function AttachmentViewer(props: { hashes: string[]; index: number; onIndex: (index: number) => void; onClose: () => void; site?: SitePosition | null }) {
  const { t } = useTranslation()
  const sha256 = props.hashes[props.index]!
  const info = useQuery({ queryKey: ['attachments.info', sha256], queryFn: () => unwrap(api.attachments.info({ sha256 })) })
  const i = info.data
  const exif = i?.exif ?? null
  const site = props.site
  const sitePosition = site && site.latitude !== null && site.longitude !== null ? { latitude: site.latitude, longitude: site.longitude } : null
  const photoPosition = exif && exif.latitude !== null && exif.longitude !== null ? { latitude: exif.latitude, longitude: exif.longitude } : null
  const isPhoto = i?.attachment.mediaType.startsWith('image/') ?? false
  return (
    <Modal open width={960} footer={null} onCancel={props.onClose} title={i?.attachment.originalName ?? ''} destroyOnHidden>
      <div data-testid="attachment-viewer">
        <CheckedFileView sha256={sha256} large alt={i?.attachment.originalName ?? sha256} />
        {props.hashes.length > 1 && (
          <Space style={{ marginTop: 8 }}>
            <Button size="small" disabled={props.index === 0} onClick={() => props.onIndex(props.index - 1)}>
              {t('viewer.previous')}
            </Button>
            <Typography.Text type="secondary">{t('viewer.position', { n: props.index + 1, total: props.hashes.length })}</Typography.Text>
            <Button size="small" disabled={props.index === props.hashes.length - 1} onClick={() => props.onIndex(props.index + 1)}>
              {t('viewer.next')}
            </Button>
          </Space>
        )}
        {i && (
          <Descriptions size="small" column={1} bordered style={{ marginTop: 12 }} data-testid="viewer-facts">
            <Descriptions.Item label={t('viewer.fileName')}>{i.attachment.originalName}</Descriptions.Item>
            <Descriptions.Item label={t('viewer.sha256')}>
              <Typography.Text code copyable>
                {sha256}
              </Typography.Text>
              {i.check.ok && <div>{t('viewer.checked')}</div>}
            </Descriptions.Item>
            <Descriptions.Item label={t('viewer.uploadedAt')}>{formatShanghai(i.attachment.createdAt)}</Descriptions.Item>
            {isPhoto && (
              <>
                <Descriptions.Item label={t('viewer.takenAt')}>
                  <span data-testid="viewer-taken-at">
                    {exif?.takenAt
                      ? exif.takenAtZone === 'assumed_shanghai'
                        ? t('viewer.takenAtAssumed', { time: formatShanghai(exif.takenAt) })
                        : formatShanghai(exif.takenAt)
                      : t('viewer.noExifTime')}
                  </span>
                </Descriptions.Item>
                <Descriptions.Item label={t('viewer.photoPosition')}>
                  <span data-testid="viewer-gps">{photoPosition ? degrees(photoPosition.latitude, photoPosition.longitude) : t('viewer.noExifPosition')}</span>
                  {photoPosition && sitePosition && (
                    <div data-testid="viewer-distance">{t('viewer.distance', { metres: Math.round(distanceMetres(photoPosition, sitePosition)).toLocaleString('zh-CN') })}</div>
                  )}
                </Descriptions.Item>
                {site && (
                  <Descriptions.Item label={`${t('viewer.sitePosition')} · ${site.name}`}>
                    <span data-testid="viewer-site">{sitePosition ? degrees(sitePosition.latitude, sitePosition.longitude) : t('viewer.noSitePosition')}</span>
                  </Descriptions.Item>
                )}
              </>
            )}
          </Descriptions>
        )}
      </div>
    </Modal>
  )
}
