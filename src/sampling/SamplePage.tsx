import { Alert, App as AntApp, Button, Card, Descriptions, Drawer, Input, Modal, Result, Space, Spin, Table, Tag, Typography } from 'antd'
import { Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router-dom'
import type { CustodyEventInput, CustodyEventRecord, LabResultInput, LabResultView, PastHoldingTime, Sample, SampleDetail, SampleInput } from '../../electron/shared/sampling'
import type { AppErrorShape } from '../../electron/shared/errors'
import { api } from '../api/api'
import { useCurrentUser } from '../session/CurrentUser'
import { usePrint } from '../print/print-view'
import { documentPrintRoute } from '../../electron/shared/print'
import { LabelPrintButton } from './print/LabelPrintButton'
import { formatShanghai } from '../../electron/shared/shanghai-time'
import { CustodyForm, ResultForm } from './SampleEntryForms'
import { lazyNamed } from '../layout/lazy-named'
import { HistoryCard } from '../documents/HistoryList'
import { AttachmentGallery } from '../attachments/AttachmentGallery'
import { SampleForm } from './SampleForm'
import { parameterName, unitName, waterClassName } from '../standards/standard-names'
import { useCaseWritable } from '../cases/use-case-writable'
import { useChannel, useInvalidate } from '../api/use-channel'
import { useSigningPassword } from '../session/SigningPassword'
import { custodyFlagText } from './custody-flag-words'

// ECharts loads with the chart, not with the app.
const ResultChart = lazyNamed(() => import('./ResultChart'), 'ResultChart')

/** The results an evaluation relied on although they were analysed after their holding time: said beside the evaluation, not only in the results table. */
function PastHoldingTimeAlert(props: { late: PastHoldingTime[] }) {
  const { t } = useTranslation()
  if (props.late.length === 0) return null
  const items = props.late.map((l) => t('sampling.evaluation.pastHoldingItem', { name: parameterName(l.key, t), hours: Math.round(l.exceededByHours * 10) / 10 })).join(t('common.listSeparator'))
  return <Alert type="warning" showIcon title={t('sampling.evaluation.pastHoldingTime', { items })} data-testid="evaluation-past-holding-time" />
}

function EvaluationCard(props: { detail: SampleDetail }) {
  const { t } = useTranslation()
  const e = props.detail.evaluation
  if (e.standard === null) return <Alert type="info" showIcon title={t(`sampling.evaluation.gaps.${e.reason}`)} />
  if (e.standard === 'gb3838') {
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text strong>{t('sampling.evaluation.gb3838', { waterbody: t(`sampling.evaluation.waterbodies.${e.waterbody}`) })}</Typography.Text>
        <Descriptions size="small" column={3}>
          <Descriptions.Item label={t('sampling.evaluation.class')}>
            <Tag color={e.class === '劣V' || e.class === 'V' ? 'red' : e.class === 'IV' ? 'orange' : 'green'} data-testid="water-class">
              {e.class ? waterClassName(e.class, t) : '—'}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('sampling.evaluation.deciding')}>{e.deciding.map((d) => parameterName(d.key, t)).join(t('common.listSeparator')) || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('sampling.evaluation.grade')}>{e.grade ? t(`standards.grades.${e.grade}`) : '—'}</Descriptions.Item>
        </Descriptions>
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={e.items}
          columns={[
            { title: t('sampling.evaluation.item'), key: 'item', render: (_, i) => parameterName(i.key, t) },
            { title: t('sampling.evaluation.value'), key: 'v', render: (_, i) => `${i.qualifier ?? ''}${i.value} ${unitName(i.unit, t)}` },
            {
              title: t('sampling.evaluation.source'),
              key: 's',
              render: (_, i) => (i.source === 'field' ? <Tag color="blue">{t('sampling.evaluation.sources.field')}</Tag> : t('sampling.evaluation.sources.lab'))
            },
            { title: t('sampling.evaluation.itemClass'), key: 'c', render: (_, i) => (i.class ? waterClassName(i.class, t) : '—') }
          ]}
        />
        {e.indeterminate.length > 0 && <Typography.Text type="secondary">{t('sampling.evaluation.indeterminate', { items: e.indeterminate.map((key) => parameterName(key, t)).join(t('common.listSeparator')) })}</Typography.Text>}
        <PastHoldingTimeAlert late={e.pastHoldingTime} />
      </Space>
    )
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text strong>{t('sampling.evaluation.gb15618', { ph: e.ph, landUse: t(`sampling.landUses.${e.landUse}`) })}</Typography.Text>
      {e.phSource === 'field' && <Tag color="blue">{t('sampling.evaluation.fieldPh')}</Tag>}
      <Typography.Text>
        {t('sampling.evaluation.overall')}{t('common.colon')}<Tag data-testid="soil-category">{e.overall ? t(`sampling.evaluation.categories.${e.overall}`) : '—'}</Tag>
      </Typography.Text>
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={e.items}
        columns={[
          { title: t('sampling.evaluation.item'), key: 'item', render: (_, i) => parameterName(i.key, t) },
          { title: t('sampling.evaluation.value'), key: 'v', render: (_, i) => `${i.qualifier ?? ''}${i.value} mg/kg` },
          { title: t('sampling.evaluation.screening'), dataIndex: 'screening' },
          { title: t('sampling.evaluation.intervention'), key: 'int', render: (_, i) => i.intervention ?? '—' },
          { title: t('sampling.evaluation.overall'), key: 'cat', render: (_, i) => (i.category ? t(`sampling.evaluation.categories.${i.category}`) : '—') }
        ]}
      />
      <PastHoldingTimeAlert late={e.pastHoldingTime} />
    </Space>
  )
}

function HoldingTag(props: { result: LabResultView }) {
  const { t } = useTranslation()
  const h = props.result.holdingTime
  if (h.status === 'exceeded') return <Tag color="red">{t('sampling.result.exceeded', { hours: Math.round((h.exceededByHours ?? 0) * 10) / 10 })}</Tag>
  if (h.status === 'before_sampling') return <Tag color="red">{t('sampling.result.before_sampling')}</Tag>
  if (h.status === 'within') return <Tag color="green">{t('sampling.result.within')}</Tag>
  return <Tag>{t('sampling.result.unknown')}</Tag>
}

/** Asks for the reason and voids an evidence record; it stays, marked, in lists and the audit trail. */
function useVoid() {
  const { t } = useTranslation()
  const { modal } = AntApp.useApp()
  return (run: (reason: string) => Promise<{ ok: boolean; error?: AppErrorShape }>) => {
    let reason = ''
    modal.confirm({
      title: t('sampling.void'),
      content: (
        <Space direction="vertical" style={{ width: '100%' }}>
          {t('sampling.voidConfirm')}
          <Input.TextArea aria-label={t('sampling.voidReason')} onChange={(e) => (reason = e.target.value)} />
        </Space>
      ),
      onOk: async () => {
        const reply = await run(reason)
        if (!reply.ok) throw new Error(reply.error?.message)
      }
    })
  }
}

/** The sample as the form edits it. */
function sampleInputOf(s: Sample): SampleInput {
  const { caseId, visitId, siteId, matrix, sampledAt, depthM, sampler, samplerOrganisation, supervisingInvestigator, container, volumeMl, preservative, qcType, duplicateOfId, sealNumber, landUse, fieldMeasurements, photoSha256 } = s
  return { caseId, visitId, siteId, matrix, sampledAt, depthM, sampler, samplerOrganisation, supervisingInvestigator, container, volumeMl, preservative, qcType, duplicateOfId, sealNumber, landUse, fieldMeasurements, photoSha256 }
}

/** Edits a sample in a drawer; once it has been handed over, the form asks for the reason the core requires. */
function EditSampleDrawer(props: { detail: SampleDetail; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const s = props.detail.sample
  const sites = useChannel('sites.list', { caseId: s.caseId })
  const visits = useChannel('visits.list', { caseId: s.caseId })
  const save = async (values: SampleInput, reason: string): Promise<AppErrorShape | null> => {
    const reply = await api.samples.update({ id: s.id, revision: s.revision, sample: values, reason })
    if (!reply.ok) return reply.error
    void message.success(t('sampling.sampleForm.updated', { code: reply.value.code }))
    props.onSaved()
    return null
  }
  return (
    <Drawer width={820} open destroyOnHidden title={`${t('sampling.samplePage.edit')} ${s.code}`} onClose={props.onClose}>
      {sites.data && visits.data ? (
        <SampleForm
          mode={{ kind: 'edit', askReason: props.detail.custodyEvents.some((e) => e.voided === null) }}
          initial={sampleInputOf(s)}
          sites={sites.data}
          visits={visits.data}
          sampleId={s.id}
          onSubmit={save}
          onCancel={props.onClose}
        />
      ) : (
        <Spin />
      )}
    </Drawer>
  )
}

/** `#/samples/:id`: one sample with its evaluation, lab results, chain of custody and trend. */
export function SamplePage() {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  const invalidate = useInvalidate()
  const { may } = useCurrentUser()
  const { id = '' } = useParams()
  const [entering, setEntering] = useState<'result' | 'custody' | 'sample' | null>(null)
  const askVoid = useVoid()
  const signing = useSigningPassword()
  const printDocument = usePrint()
  const detail = useChannel('samples.get', { id })
  // An investigator whose assignment ended reads the sample and records nothing more on it (core refuses it too).
  const writable = useCaseWritable(detail.data?.sample.caseId ?? '')
  const canRecord = may('recordSampling') && writable
  const refresh = () => void invalidate()

  if (detail.isLoading) return <Spin style={{ margin: 64 }} />
  if (!detail.data) return <Result status="404" title={detail.error?.message} />
  const d = detail.data
  const s = d.sample
  const fm = s.fieldMeasurements
  const num = (v: number | null) => (v === null ? '—' : String(v))

  const saveResult = async (values: LabResultInput) => {
    const reply = await api.labResults.create(values)
    if (!reply.ok) return reply.error
    void message.success(t('sampling.result.saved'))
    setEntering(null)
    refresh()
    return null
  }
  // The handover is signed by the person recording it: their password is asked again.
  const saveCustody = (values: CustodyEventInput) =>
    signing.sign(t('signing.titles.custody'), async (password) => {
      const reply = await api.custody.record({ ...values, password })
      if (!reply.ok) return reply.error
      void message.success(t('sampling.custody.saved'))
      setEntering(null)
      refresh()
      return null
    })
  const lastHolder = d.custody.holder
  const chartParameters = [...new Map(d.results.filter((r) => !r.voided).map((r) => [r.parameterKey, { key: r.parameterKey, name: parameterName(r.parameterKey, t) }])).values()]

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {signing.dialog}
      <Link to={`/cases/${s.caseId}`}>← {t('sampling.samplePage.back')}
        {t('common.aside', { text: d.caseNumber })}</Link>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Space>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="sample-code">
            {s.code}
          </Typography.Title>
          <Tag>{t(`sampling.matrices.${s.matrix}`)}</Tag>
          {s.voided && <Tag color="default">{t('sampling.voided')}{t('common.colon')}{s.voided.reason}</Tag>}
        </Space>
        <Space>
          <Button onClick={() => void printDocument(documentPrintRoute('custody', s.id), `${s.code}-流转单.pdf`)}>{t('sampling.samplePage.printCustody')}</Button>
          <LabelPrintButton scope="sample" id={s.id} fileName={`${s.code}-标签`} label={t('sampling.samplePage.printLabel')} />
          <Button disabled={!canRecord || s.voided !== null} onClick={() => setEntering('sample')} data-testid="edit-sample">
            {t('sampling.samplePage.edit')}
          </Button>
          <Button danger disabled={!canRecord || s.voided !== null} onClick={() => askVoid((reason) => api.samples.void({ id: s.id, revision: s.revision, reason }).then((r) => (refresh(), r)))}>
            {t('sampling.void')}
          </Button>
        </Space>
      </Space>
      <Card size="small" title={t('sampling.samplePage.overview')}>
        <Descriptions size="small" column={3}>
          <Descriptions.Item label={t('sampling.site')}>{d.siteName}</Descriptions.Item>
          <Descriptions.Item label={t('sampling.sampledAt')}>{formatShanghai(s.sampledAt)}</Descriptions.Item>
          <Descriptions.Item label={t('sampling.visit')}>{s.visitId ? <Link to={`/visits/${s.visitId}`}>{d.visitDate}</Link> : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('sampling.sampler')}>
            {s.sampler}
            {t('common.aside', { text: s.samplerOrganisation })}
          </Descriptions.Item>
          <Descriptions.Item label={t('sampling.supervisingInvestigator')}>{s.supervisingInvestigator || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('sampling.qcType')}>
            {t(`sampling.qcTypes.${s.qcType}`)}
            {d.duplicateOfCode ? t('common.aside', { text: d.duplicateOfCode }) : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('sampling.depthM')}>{num(s.depthM)}</Descriptions.Item>
          <Descriptions.Item label={t('sampling.container')}>
            {s.container || '—'} {s.volumeMl ? `${s.volumeMl} mL` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('sampling.preservative')}>{s.preservative || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('sampling.sealNumber')}>{s.sealNumber || '—'}</Descriptions.Item>
          {s.matrix === 'soil' && (
            <Descriptions.Item label={t('sampling.landUse')}>{s.landUse ? t(`sampling.landUses.${s.landUse}`) : '—'}</Descriptions.Item>
          )}
          {s.matrix !== 'soil' && <Descriptions.Item label={t('sampling.field.waterTemperatureC')}>{num(fm.waterTemperatureC)}</Descriptions.Item>}
          <Descriptions.Item label={t('sampling.field.ph')}>{num(fm.ph)}</Descriptions.Item>
          {s.matrix !== 'soil' && (
            <>
              <Descriptions.Item label={t('sampling.field.dissolvedOxygenMgL')}>{num(fm.dissolvedOxygenMgL)}</Descriptions.Item>
              <Descriptions.Item label={t('sampling.field.conductivityUsCm')}>{num(fm.conductivityUsCm)}</Descriptions.Item>
              <Descriptions.Item label={t('sampling.field.turbidityNtu')}>{num(fm.turbidityNtu)}</Descriptions.Item>
              <Descriptions.Item label={t('sampling.field.transparencyCm')}>{num(fm.transparencyCm)}</Descriptions.Item>
            </>
          )}
          <Descriptions.Item label={t('sampling.field.appearance')} span={3}>
            {fm.appearance || '—'}
          </Descriptions.Item>
          {s.photoSha256.length > 0 && (
            <Descriptions.Item label={t('sampling.photos')} span={3}>
              <AttachmentGallery hashes={s.photoSha256} site={{ name: d.siteName, latitude: d.siteLatitude, longitude: d.siteLongitude }} testId="sample-photos" />
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card size="small" title={t('sampling.samplePage.evaluation')}>
        <EvaluationCard detail={d} />
      </Card>
      <Card
        size="small"
        title={t('sampling.samplePage.results')}
        extra={
          <Button size="small" disabled={!canRecord || s.voided !== null} onClick={() => setEntering('result')}>
            {t('sampling.samplePage.addResult')}
          </Button>
        }
      >
        <Table<LabResultView>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={d.results}
          rowClassName={(r) => (r.voided || r.superseded ? 'ant-table-row-disabled' : '')}
          columns={[
            { title: t('sampling.result.parameter'), key: 'parameter', render: (_, r) => parameterName(r.parameterKey, t) },
            { title: t('sampling.result.value'), key: 'v', render: (_, r) => `${r.qualifier ?? ''}${r.value} ${unitName(r.unit, t)}` },
            { title: t('sampling.result.detectionLimit'), key: 'dl', render: (_, r) => r.detectionLimit ?? '—' },
            { title: t('sampling.result.reportNumber'), dataIndex: 'reportNumber' },
            { title: t('sampling.result.analysedAt'), key: 'at', render: (_, r) => formatShanghai(r.analysedAt) },
            {
              title: t('sampling.result.holdingTime'),
              key: 'ht',
              render: (_, r) => (
                <Space size={4}>
                  <HoldingTag result={r} />
                  {r.voided && <Tag>{t('sampling.voided')}</Tag>}
                  {r.superseded && <Tag>{t('sampling.result.superseded')}</Tag>}
                </Space>
              )
            },
            {
              title: '',
              key: 'void',
              render: (_, r) => (
                <Button size="small" type="link" disabled={!canRecord || r.voided !== null} onClick={() => askVoid((reason) => api.labResults.void({ id: r.id, revision: r.revision, reason }).then((x) => (refresh(), x)))}>
                  {t('sampling.void')}
                </Button>
              )
            }
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('sampling.samplePage.custody')}
        extra={
          <Button size="small" disabled={!canRecord || s.voided !== null} onClick={() => setEntering('custody')} data-testid="add-custody">
            {t('sampling.samplePage.addCustody')}
          </Button>
        }
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text data-testid="custody-holder">
            {t('sampling.custody.holder')}{t('common.colon')}{d.custody.holder}
            {t('common.aside', { text: `${t(`sampling.custody.statuses.${d.custody.status}`)}${t('common.comma')}${formatShanghai(d.custody.since)}` })}
          </Typography.Text>
          {d.custody.complete && d.custody.flags.length === 0 && (
            <Tag color="green" data-testid="custody-complete">
              {t('sampling.custody.intact')}
            </Tag>
          )}
          {!d.custody.complete && d.custody.flags.length === 0 && (
            <Tag color="gold" data-testid="custody-open">
              {t('sampling.custody.notAtLab')}
            </Tag>
          )}
          {d.custody.flags.map((f) => (
            <Alert key={`${f.kind}-${f.eventId}-${JSON.stringify(f.facts)}`} type="warning" showIcon title={custodyFlagText(f, t)} />
          ))}
          <Table<CustodyEventRecord>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.custodyEvents}
            columns={[
              { title: t('sampling.custody.at'), key: 'at', render: (_, e) => formatShanghai(e.at) },
              { title: t('sampling.custody.relinquishedBy'), dataIndex: 'relinquishedBy' },
              { title: t('sampling.custody.receivedBy'), key: 'r', render: (_, e) => `${e.receivedBy}${t('common.aside', { text: t(`sampling.custody.kinds.${e.receiverKind}`) })}` },
              { title: t('sampling.custody.condition'), dataIndex: 'condition' },
              {
                title: t('sampling.custody.sealIntact'),
                key: 'seal',
                render: (_, e) => (
                  <Space size={4}>
                    {e.sealIntact ? <Tag color="green">{t('sampling.custody.sealIntact')}</Tag> : <Tag color="red">{t('sampling.custody.sealBroken')}</Tag>}
                    {e.voided && <Tag>{t('sampling.voided')}{t('common.colon')}{e.voided.reason}</Tag>}
                  </Space>
                )
              },
              {
                title: '',
                key: 'void',
                render: (_, e) => (
                  <Button size="small" type="link" disabled={!canRecord || e.voided !== null} onClick={() => askVoid((reason) => api.custody.void({ id: e.id, revision: e.revision, reason }).then((x) => (refresh(), x)))}>
                    {t('sampling.void')}
                  </Button>
                )
              }
            ]}
          />
        </Space>
      </Card>
      {chartParameters.length > 0 && s.matrix === 'surface_water' && (
        <Card size="small" title={t('sampling.samplePage.chart')}>
          <Suspense fallback={<Spin />}>
            <ResultChart siteId={s.siteId} parameterKeys={chartParameters} />
          </Suspense>
        </Card>
      )}
      <Modal open={entering === 'result'} footer={null} destroyOnHidden title={t('sampling.samplePage.addResult')} onCancel={() => setEntering(null)}>
        {entering === 'result' && (
          <ResultForm
            parameters={d.parameters.map((p) => ({ key: p.key, name: parameterName(p.key, t) }))}
            initial={{ sampleId: s.id, parameterKey: '', value: Number.NaN, qualifier: null, unit: 'mg/L', detectionLimit: null, method: '', lab: '', reportNumber: '', analysedAt: '' }}
            onSubmit={saveResult}
            onCancel={() => setEntering(null)}
          />
        )}
      </Modal>
      <Modal open={entering === 'custody'} footer={null} destroyOnHidden title={t('sampling.samplePage.addCustody')} onCancel={() => setEntering(null)}>
        {entering === 'custody' && (
          <CustodyForm
            initial={{ sampleId: s.id, relinquishedBy: lastHolder, receivedBy: '', receiverKind: 'person', at: '', place: '', condition: '', temperatureC: null, sealIntact: true }}
            onSubmit={saveCustody}
            onCancel={() => setEntering(null)}
          />
        )}
      </Modal>
      {entering === 'sample' && (
        <EditSampleDrawer
          detail={d}
          onClose={() => setEntering(null)}
          onSaved={() => {
            setEntering(null)
            refresh()
          }}
        />
      )}
      <HistoryCard entityType="sample" entityId={id} />
    </Space>
  )
}
