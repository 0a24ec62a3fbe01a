import { useParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { waterMatrices, type Matrix, type VisitDetail } from '../../../electron/shared/sampling'
import { PrintSheets } from '../../print/PrintPage'
import { formatShanghai } from '../../../electron/shared/shanghai-time'
import { useChannel } from '../../api/use-channel'
import { DocumentSealBlock, useDocumentSeal } from '../../print/DocumentSeal'
import { PrintFields, PrintTable, type PrintColumn } from '../../print/PrintTable'

const dash = (v: number | string | null) => (v === null || v === '' ? '—' : String(v))

type RecordKind = 'water' | 'soil' | 'sediment' | 'biota'
type VisitSample = VisitDetail['samples'][number]

/** The form a sample is recorded on: the monitoring stations keep one form per matrix (HJ/T 91 water, HJ/T 166 soil). */
function recordKind(matrix: Matrix): RecordKind {
  return waterMatrices.includes(matrix) ? 'water' : (matrix as Exclude<Matrix, 'surface_water' | 'groundwater' | 'wastewater'>)
}
const kindOrder: RecordKind[] = ['water', 'soil', 'sediment', 'biota']

/**
 * 采样记录表 of one site visit, as the monitoring station's forms lay them
 * out: 环境水样采集记录表 for water, 土壤样品采集记录表 for soil (and one
 * for sediment, one for biota). A visit that took samples of several
 * matrices prints one form per matrix, each on its own page.
 */
export function CollectionRecord() {
  const { t } = useTranslation()
  const { visitId = '' } = useParams()
  const detail = useChannel('visits.get', { id: visitId })
  const seal = useDocumentSeal('collection_record', visitId, Boolean(detail.data))
  if (detail.isError) return <p>{t('print.notFound')}</p>
  const d = detail.data
  const samples = d?.samples.filter((s) => !s.voided) ?? []
  const kinds = kindOrder.filter((k) => samples.some((s) => recordKind(s.matrix) === k))
  // A visit with no sample yet still prints the water form, empty, to be filled in by hand.
  const parts = kinds.length > 0 ? kinds : (['water'] as RecordKind[])
  const sheets = d
    ? parts.map((kind) => ({
        key: kind,
        title: t(`sampling.print.recordTitles.${kind}`),
        // Each matrix's form may be filed on its own, so each carries the record's one verification code.
        footer: (
          <div style={{ width: '100%' }}>
            <DocumentSealBlock {...seal} />
            <div style={{ display: 'flex', justifyContent: 'space-between' }}>
              <span>{d.caseNumber}</span>
              <span>{d.visit.visitDate}</span>
            </div>
          </div>
        ),
        children: <RecordForm detail={d} kind={kind} samples={samples.filter((s) => recordKind(s.matrix) === kind)} />
      }))
    : []
  const title = parts.length === 1 ? t(`sampling.print.recordTitles.${parts[0]!}`) : t('sampling.print.recordsTitle')
  return <PrintSheets court={d?.court ?? ''} title={title} ready={Boolean(d) && seal.settled} sheets={sheets} />
}

function RecordForm(props: { detail: VisitDetail; kind: RecordKind; samples: VisitSample[] }) {
  const { t } = useTranslation()
  const { detail: d, kind, samples } = props
  const supervisors = [...new Set(samples.map((s) => s.supervisingInvestigator).filter(Boolean))]
  return (
    <>
      <PrintFields
        fields={[
          { label: t('sampling.caseNumber'), value: d.caseNumber },
          { label: t('sampling.print.visitDate'), value: d.visit.visitDate },
          { label: t('sampling.print.weather'), value: dash(d.visit.weather) },
          { label: t('sampling.print.supervisor'), value: supervisors.join('、') || '—' },
          { label: t('sampling.print.people'), value: d.visit.peoplePresent.join('、') }
        ]}
      />
      <SamplesTable kind={kind} samples={samples} />
      {kind === 'water' ? <WaterMeasurements samples={samples} /> : <Descriptions kind={kind} samples={samples} />}
      {d.visit.notes && <p className="print-flush">{d.visit.notes}</p>}
      <p className="print-flush" style={{ marginTop: '8mm', display: 'flex', justifyContent: 'space-between' }}>
        <span>{t('sampling.print.signSampler')}</span>
        <span>{t('sampling.print.signSupervisor')}</span>
        <span>{t('sampling.print.signRecorder')}</span>
      </p>
    </>
  )
}

const sampleKey = (s: VisitSample) => s.id

function SamplesTable(props: { kind: RecordKind; samples: VisitSample[] }) {
  const { t } = useTranslation()
  // The soil form has a land-use column; the others share its width out.
  const soil = props.kind === 'soil'
  const columns: PrintColumn<VisitSample>[] = [
    {
      width: '24%',
      header: t('sampling.code'),
      className: 'print-nowrap',
      cell: (s) => (
        <>
          {s.code}
          <div>{t(`sampling.matrices.${s.matrix}`)}</div>
        </>
      )
    },
    {
      width: soil ? '17%' : '18%',
      header: t('sampling.print.siteAndCoordinates'),
      cell: (s) => (
        <>
          {s.siteName}
          <div>
            {s.siteLatitude === null
              ? '—'
              : `${s.siteLatitude.toFixed(5)}°N ${s.siteLongitude!.toFixed(5)}°E${s.siteAccuracyM === null ? '' : ` ${t('sampling.print.accuracy', { m: s.siteAccuracyM })}`}`}
          </div>
        </>
      )
    },
    { width: soil ? '10%' : '11%', header: t('sampling.sampledAt'), cell: (s) => formatShanghai(s.sampledAt) },
    { width: soil ? '6%' : '7%', header: t('sampling.depthM'), cell: (s) => dash(s.depthM) },
    ...(soil
      ? [{ width: '6%', header: t('sampling.landUse'), cell: (s: VisitSample) => (s.landUse ? t(`sampling.landUses.${s.landUse}`) : '—') }]
      : []),
    { width: soil ? '10%' : '11%', header: t('sampling.print.sampleSize'), cell: (s) => `${dash(s.container)}${s.volumeMl ? ` ${s.volumeMl} mL` : ''}` },
    { width: soil ? '10%' : '12%', header: t('sampling.preservative'), cell: (s) => dash(s.preservative) },
    { width: '6%', header: t('sampling.qcType'), cell: (s) => t(`sampling.qcTypes.${s.qcType}`) },
    { width: '11%', header: t('sampling.sealNumber'), style: { overflowWrap: 'anywhere' }, cell: (s) => dash(s.sealNumber) }
  ]
  return <PrintTable columns={columns} rows={props.samples} rowKey={sampleKey} fontSize="8.5pt" testId={`record-samples-${props.kind}`} />
}

const codeColumn = (header: string): PrintColumn<VisitSample> => ({ width: '24%', header, className: 'print-nowrap', cell: (s) => s.code })

/** The field measurements of HJ/T 91's water form, in its order. */
const waterMeasurements = [
  ['waterTemperatureC', '8%'],
  ['ph', '7%'],
  ['dissolvedOxygenMgL', '10%'],
  ['conductivityUsCm', '11%'],
  ['turbidityNtu', '9%'],
  ['transparencyCm', '10%'],
  ['appearance', undefined]
] as const

function WaterMeasurements(props: { samples: VisitSample[] }) {
  const { t } = useTranslation()
  const columns = [
    codeColumn(t('sampling.code')),
    ...waterMeasurements.map(([field, width]): PrintColumn<VisitSample> => ({
      width,
      header: t(`sampling.field.${field}`),
      cell: (s) => dash(s.fieldMeasurements[field])
    }))
  ]
  return <PrintTable columns={columns} rows={props.samples} rowKey={sampleKey} fontSize="9pt" />
}

/** Soil, sediment and biota: the field pH where taken, and what the sampler saw. */
function Descriptions(props: { kind: RecordKind; samples: VisitSample[] }) {
  const { t } = useTranslation()
  const columns: PrintColumn<VisitSample>[] = [
    codeColumn(t('sampling.code')),
    { width: '12%', header: t('sampling.print.fieldPh'), cell: (s) => dash(s.fieldMeasurements.ph) },
    {
      header: t(props.kind === 'soil' ? 'sampling.print.soilDescription' : 'sampling.print.description'),
      cell: (s) => dash(s.fieldMeasurements.appearance)
    }
  ]
  return <PrintTable columns={columns} rows={props.samples} rowKey={sampleKey} fontSize="9pt" />
}
