import { useParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { waterMatrices, type Matrix, type VisitDetail } from '../../../electron/shared/sampling'
import { PrintSheets } from '../../print/PrintPage'
import { formatShanghai } from '../../../electron/shared/shanghai-time'
import { useChannel } from '../../api/use-channel'
import { DocumentSealBlock, useDocumentSeal } from '../../print/DocumentSeal'

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
      <table className="print-fixed">
        <colgroup>
          <col style={{ width: '15%' }} />
          <col style={{ width: '35%' }} />
          <col style={{ width: '15%' }} />
          <col style={{ width: '35%' }} />
        </colgroup>
        <tbody>
          <tr>
            <th>{t('sampling.caseNumber')}</th>
            <td>{d.caseNumber}</td>
            <th>{t('sampling.print.visitDate')}</th>
            <td>{d.visit.visitDate}</td>
          </tr>
          <tr>
            <th>{t('sampling.print.weather')}</th>
            <td>{dash(d.visit.weather)}</td>
            <th>{t('sampling.print.supervisor')}</th>
            <td>{supervisors.join('、') || '—'}</td>
          </tr>
          <tr>
            <th>{t('sampling.print.people')}</th>
            <td colSpan={3}>{d.visit.peoplePresent.join('、')}</td>
          </tr>
        </tbody>
      </table>
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

function SamplesTable(props: { kind: RecordKind; samples: VisitSample[] }) {
  const { t } = useTranslation()
  const soil = props.kind === 'soil'
  return (
    <table className="print-fixed" style={{ fontSize: '8.5pt' }} data-testid={`record-samples-${props.kind}`}>
      <colgroup>
        <col style={{ width: '24%' }} />
        <col style={{ width: soil ? '17%' : '18%' }} />
        <col style={{ width: soil ? '10%' : '11%' }} />
        <col style={{ width: soil ? '6%' : '7%' }} />
        {soil && <col style={{ width: '6%' }} />}
        <col style={{ width: soil ? '10%' : '11%' }} />
        <col style={{ width: soil ? '10%' : '12%' }} />
        <col style={{ width: '6%' }} />
        <col style={{ width: '11%' }} />
      </colgroup>
      <thead>
        <tr>
          <th>{t('sampling.code')}</th>
          <th>{t('sampling.print.siteAndCoordinates')}</th>
          <th>{t('sampling.sampledAt')}</th>
          <th>{t('sampling.depthM')}</th>
          {soil && <th>{t('sampling.landUse')}</th>}
          <th>{t('sampling.print.sampleSize')}</th>
          <th>{t('sampling.preservative')}</th>
          <th>{t('sampling.qcType')}</th>
          <th>{t('sampling.sealNumber')}</th>
        </tr>
      </thead>
      <tbody>
        {props.samples.map((s) => (
          <tr key={s.id}>
            <td className="print-nowrap">
              {s.code}
              <div>{t(`sampling.matrices.${s.matrix}`)}</div>
            </td>
            <td>
              {s.siteName}
              <div>
                {s.siteLatitude === null
                  ? '—'
                  : `${s.siteLatitude.toFixed(5)}°N ${s.siteLongitude!.toFixed(5)}°E${s.siteAccuracyM === null ? '' : ` ${t('sampling.print.accuracy', { m: s.siteAccuracyM })}`}`}
              </div>
            </td>
            <td>{formatShanghai(s.sampledAt)}</td>
            <td>{dash(s.depthM)}</td>
            {soil && <td>{s.landUse ? t(`sampling.landUses.${s.landUse}`) : '—'}</td>}
            <td>
              {dash(s.container)}
              {s.volumeMl ? ` ${s.volumeMl} mL` : ''}
            </td>
            <td>{dash(s.preservative)}</td>
            <td>{t(`sampling.qcTypes.${s.qcType}`)}</td>
            <td style={{ overflowWrap: 'anywhere' }}>{dash(s.sealNumber)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function WaterMeasurements(props: { samples: VisitSample[] }) {
  const { t } = useTranslation()
  return (
    <table className="print-fixed" style={{ fontSize: '9pt' }}>
      <colgroup>
        <col style={{ width: '24%' }} />
        <col style={{ width: '8%' }} />
        <col style={{ width: '7%' }} />
        <col style={{ width: '10%' }} />
        <col style={{ width: '11%' }} />
        <col style={{ width: '9%' }} />
        <col style={{ width: '10%' }} />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th>{t('sampling.code')}</th>
          <th>{t('sampling.field.waterTemperatureC')}</th>
          <th>{t('sampling.field.ph')}</th>
          <th>{t('sampling.field.dissolvedOxygenMgL')}</th>
          <th>{t('sampling.field.conductivityUsCm')}</th>
          <th>{t('sampling.field.turbidityNtu')}</th>
          <th>{t('sampling.field.transparencyCm')}</th>
          <th>{t('sampling.field.appearance')}</th>
        </tr>
      </thead>
      <tbody>
        {props.samples.map((s) => (
          <tr key={s.id}>
            <td className="print-nowrap">{s.code}</td>
            <td>{dash(s.fieldMeasurements.waterTemperatureC)}</td>
            <td>{dash(s.fieldMeasurements.ph)}</td>
            <td>{dash(s.fieldMeasurements.dissolvedOxygenMgL)}</td>
            <td>{dash(s.fieldMeasurements.conductivityUsCm)}</td>
            <td>{dash(s.fieldMeasurements.turbidityNtu)}</td>
            <td>{dash(s.fieldMeasurements.transparencyCm)}</td>
            <td>{dash(s.fieldMeasurements.appearance)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Soil, sediment and biota: the field pH where taken, and what the sampler saw. */
function Descriptions(props: { kind: RecordKind; samples: VisitSample[] }) {
  const { t } = useTranslation()
  return (
    <table className="print-fixed" style={{ fontSize: '9pt' }}>
      <colgroup>
        <col style={{ width: '24%' }} />
        <col style={{ width: '12%' }} />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th>{t('sampling.code')}</th>
          <th>{t('sampling.print.fieldPh')}</th>
          <th>{t(props.kind === 'soil' ? 'sampling.print.soilDescription' : 'sampling.print.description')}</th>
        </tr>
      </thead>
      <tbody>
        {props.samples.map((s) => (
          <tr key={s.id}>
            <td className="print-nowrap">{s.code}</td>
            <td>{dash(s.fieldMeasurements.ph)}</td>
            <td>{dash(s.fieldMeasurements.appearance)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
