import { App as AntApp, Button, Card, Drawer, Modal, Space, Table, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { sampleColumns } from './sample-columns'
import { Link } from 'react-router-dom'
import type { LabResultImportReport, SampleInput, SampleSummary, SiteVisit, SiteVisitInput } from '../../electron/shared/sampling'
import type { AppErrorShape } from '../../electron/shared/errors'
import { api } from '../api/api'
import { useCurrentUser } from '../session/CurrentUser'
import { VisitForm } from './VisitForm'
import { SampleForm } from './SampleForm'
import { ImportErrors, ResultsImport } from './ResultsImport'
import { ImportTemplateLink } from '../documents/ImportTemplateLink'
import { ExcelExportButton } from '../documents/ExcelExportButton'
import { PagedTable } from '../lists/PagedTable'
import { usePagedList } from '../lists/use-paged-list'
import { useChannel, useInvalidate } from '../api/use-channel'
import { useCaseWritable } from '../cases/use-case-writable'

/** A heavy case holds about 600 samples: the tab shows them a page at a time. */
const pageSize = 50

function emptySample(caseId: string, siteId: string, visitId: string | null, investigator: string): SampleInput {
  return {
    caseId,
    visitId,
    siteId,
    matrix: 'surface_water',
    sampledAt: '',
    depthM: null,
    sampler: '',
    samplerOrganisation: '',
    supervisingInvestigator: investigator,
    container: '',
    volumeMl: null,
    preservative: '',
    qcType: 'normal',
    duplicateOfId: null,
    sealNumber: '',
    landUse: null,
    fieldMeasurements: { waterTemperatureC: null, ph: null, dissolvedOxygenMgL: null, conductivityUsCm: null, turbidityNtu: null, transparencyCm: null, appearance: '' },
    photoSha256: []
  }
}

/** The case's 采样 tab: its site visits, its samples, and the results import. */
export function CaseSamplingTab(props: { caseId: string }) {
  const { t } = useTranslation()
  const columns = sampleColumns<SampleSummary>(t)
  const { message } = AntApp.useApp()
  const invalidate = useInvalidate()
  const { may, user } = useCurrentUser()
  const writable = useCaseWritable(props.caseId)
  const canRecord = may('recordSampling') && writable
  const [visitOpen, setVisitOpen] = useState(false)
  const [sampleOpen, setSampleOpen] = useState(false)
  const [refused, setRefused] = useState<LabResultImportReport | null>(null)
  const { caseId } = props
  const visits = useChannel('visits.list', { caseId })
  const samples = usePagedList('samples.list', { caseId }, pageSize)
  const sites = useChannel('sites.list', { caseId })
  const code = useChannel('samples.caseCode', { caseId })
  const refresh = () => void invalidate()

  const saveVisit = async (values: SiteVisitInput): Promise<AppErrorShape | null> => {
    const reply = await api.visits.create(values)
    if (!reply.ok) return reply.error
    void message.success(t('sampling.visitForm.saved', { date: reply.value.visitDate }))
    setVisitOpen(false)
    refresh()
    return null
  }
  const saveSample = async (values: SampleInput): Promise<AppErrorShape | null> => {
    const reply = await api.samples.create(values)
    if (!reply.ok) return reply.error
    void message.success(t('sampling.sampleForm.saved', { code: reply.value.code }))
    setSampleOpen(false)
    refresh()
    return null
  }
  const latestVisit = visits.data?.find((v) => !v.voided) ?? null

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Text>
        {t('sampling.tab.shortCode')}{t('common.colon')}
        <Typography.Text code data-testid="case-short-code">
          {code.data?.shortCode ?? t('sampling.tab.shortCodeUnset', { suggested: code.data?.suggested ?? '' })}
        </Typography.Text>
      </Typography.Text>
      <Card
        size="small"
        title={t('sampling.tab.visits')}
        extra={
          <Button size="small" disabled={!canRecord} onClick={() => setVisitOpen(true)} data-testid="new-visit">
            {t('sampling.tab.newVisit')}
          </Button>
        }
      >
        <Table<SiteVisit>
          rowKey="id"
          size="small"
          pagination={false}
          loading={visits.isLoading}
          dataSource={visits.data ?? []}
          columns={[
            { title: t('sampling.visitForm.visitDate'), key: 'date', render: (_, v) => <Link to={`/visits/${v.id}`}>{v.visitDate}</Link> },
            { title: t('sampling.visitForm.peoplePresent'), key: 'people', render: (_, v) => v.peoplePresent.join(t('common.listSeparator')) },
            { title: t('sampling.visitForm.weather'), dataIndex: 'weather' }
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('sampling.tab.samples')}
        extra={
          <Space>
            <ResultsImport disabled={!canRecord} onRefused={setRefused} />
            <ExcelExportButton size="small" list="lab-results" caseId={caseId} />
            <Button size="small" type="primary" disabled={!canRecord || (sites.data ?? []).length === 0} onClick={() => setSampleOpen(true)} data-testid="new-sample">
              {t('sampling.tab.newSample')}
            </Button>
          </Space>
        }
      >
        {refused && <ImportErrors report={refused} onClose={() => setRefused(null)} />}
        <PagedTable<SampleSummary>
          list={samples}
          testId="case-sample-pager"
          rowKey="id"
          size="small"
          columns={[
            columns.code,
            columns.matrix,
            columns.site,
            columns.sampledAt,
            { title: t('sampling.qcType'), key: 'qc', render: (_, s) => t(`sampling.qcTypes.${s.qcType}`) },
            columns.sampler
          ]}
        />
        <ImportTemplateLink />
      </Card>
      <Modal open={visitOpen} footer={null} destroyOnHidden title={t('sampling.tab.newVisit')} onCancel={() => setVisitOpen(false)}>
        {visitOpen && (
          <VisitForm
            initial={{ caseId, visitDate: '', peoplePresent: [], weather: '', notes: '' }}
            onSubmit={saveVisit}
            onCancel={() => setVisitOpen(false)}
          />
        )}
      </Modal>
      <Drawer width={820} open={sampleOpen} destroyOnHidden title={t('sampling.tab.newSample')} onClose={() => setSampleOpen(false)}>
        {sampleOpen && sites.data && (
          <SampleForm
            mode={{ kind: 'create' }}
            initial={emptySample(caseId, sites.data[0]?.id ?? '', latestVisit?.id ?? null, user?.displayName ?? '')}
            sites={sites.data}
            visits={visits.data ?? []}
            sampleId={null}
            onSubmit={saveSample}
            onCancel={() => setSampleOpen(false)}
          />
        )}
      </Drawer>
    </Space>
  )
}
