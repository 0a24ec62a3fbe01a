import { Button, Card, Descriptions, Result, Space, Spin, Table, Typography } from 'antd'
import { wholeListPagination } from '../lists/PagedTable'
import { useTranslation } from 'react-i18next'
import { sampleColumns } from './sample-columns'
import { Link, useParams } from 'react-router-dom'
import type { VisitDetail } from '../../electron/shared/sampling'
import { usePrint } from '../print/print-view'
import { documentPrintRoute } from '../../electron/shared/print'
import { LabelPrintButton } from './print/LabelPrintButton'
import { AttachmentGallery } from '../attachments/AttachmentGallery'
import { HistoryCard } from '../documents/HistoryList'
import { useChannel } from '../api/use-channel'

/** `#/visits/:id`: a site visit and the samples taken on it, with its prints. */
export function VisitPage() {
  const { t } = useTranslation()
  const columns = sampleColumns<VisitDetail['samples'][number]>(t)
  const printDocument = usePrint()
  const { id = '' } = useParams()
  const detail = useChannel('visits.get', { id })
  if (detail.isLoading) return <Spin style={{ margin: 64 }} />
  if (!detail.data) return <Result status="404" title={detail.error?.message} />
  const { visit, samples, caseNumber } = detail.data
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Link to={`/cases/${visit.caseId}`}>← {t('sampling.samplePage.back')}（{caseNumber}）</Link>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('sampling.visitPage.title', { date: visit.visitDate })}
        </Typography.Title>
        <Space>
          <Button type="primary" onClick={() => void printDocument(documentPrintRoute('collection-record', visit.id), `环境水样采集记录表-${visit.visitDate}.pdf`)} data-testid="print-record">
            {t('sampling.visitPage.printRecord')}
          </Button>
          <LabelPrintButton scope="visit" id={visit.id} fileName={`样品标签-${visit.visitDate}`} label={t('sampling.visitPage.printLabels')} />
        </Space>
      </Space>
      <Card size="small">
        <Descriptions size="small" column={2}>
          <Descriptions.Item label={t('sampling.visitForm.peoplePresent')}>{visit.peoplePresent.join(t('common.listSeparator'))}</Descriptions.Item>
          <Descriptions.Item label={t('sampling.visitForm.weather')}>{visit.weather || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('sampling.visitForm.notes')} span={2}>
            {visit.notes || '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('sampling.tab.samples')}>
        <Table<VisitDetail['samples'][number]>
          rowKey="id"
          size="small"
          pagination={wholeListPagination}
          dataSource={samples}
          columns={[
            columns.code,
            columns.site,
            columns.sampledAt,
            columns.sampler,
            {
              title: t('sampling.photos'),
              key: 'photos',
              render: (_, s) => s.photoSha256.length > 0 && <AttachmentGallery hashes={s.photoSha256} site={{ name: s.siteName, latitude: s.siteLatitude, longitude: s.siteLongitude }} testId="visit-photos" />
            }
          ]}
        />
      </Card>
      <HistoryCard entityType="site_visit" entityId={id} />
    </Space>
  )
}
