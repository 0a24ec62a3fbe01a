import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../../api/api'
import { PrintPage } from '../../print/PrintPage'
import { formatShanghai } from '../../../electron/shared/shanghai-time'

const dash = (v: number | string | null) => (v === null || v === '' ? '—' : String(v))

/** 环境水样采集记录表: the samples of one site visit, as the monitoring station's form lays them out. */
export function CollectionRecord() {
  const { t } = useTranslation()
  const { visitId = '' } = useParams()
  const detail = useQuery({ queryKey: ['visits.get', visitId], queryFn: () => unwrap(api.visits.get({ id: visitId })) })
  if (detail.isError) return <p>{t('print.notFound')}</p>
  const d = detail.data
  const samples = d?.samples.filter((s) => !s.voided) ?? []
  return (
    <PrintPage
      court={d?.court ?? ''}
      title={t('sampling.print.recordTitle')}
      ready={Boolean(d)}
      footer={
        d && (
          <>
            <span>{d.caseNumber}</span>
            <span>{d.visit.visitDate}</span>
          </>
        )
      }
    >
      {d && (
        <>
          <table>
            <tbody>
              <tr>
                <th style={{ width: '14%' }}>{t('sampling.caseNumber')}</th>
                <td>{d.caseNumber}</td>
                <th style={{ width: '14%' }}>{t('sampling.print.visitDate')}</th>
                <td>{d.visit.visitDate}</td>
              </tr>
              <tr>
                <th>{t('sampling.print.weather')}</th>
                <td>{dash(d.visit.weather)}</td>
                <th>{t('sampling.print.people')}</th>
                <td>{d.visit.peoplePresent.join('、')}</td>
              </tr>
            </tbody>
          </table>
          <table style={{ fontSize: '8.5pt' }}>
            <thead>
              <tr>
                <th>{t('sampling.code')}</th>
                <th>{t('sampling.site')}</th>
                <th>{t('sampling.print.coordinates')}</th>
                <th>{t('sampling.sampledAt')}</th>
                <th>{t('sampling.depthM')}</th>
                <th>{t('sampling.container')}</th>
                <th>{t('sampling.preservative')}</th>
                <th>{t('sampling.qcType')}</th>
                <th>{t('sampling.sealNumber')}</th>
              </tr>
            </thead>
            <tbody>
              {samples.map((s) => (
                <tr key={s.id}>
                  <td style={{ whiteSpace: 'nowrap' }}>{s.code}</td>
                  <td>{s.siteName}</td>
                  <td>
                    {s.siteLatitude === null
                      ? '—'
                      : `${s.siteLatitude.toFixed(5)}°N ${s.siteLongitude!.toFixed(5)}°E${s.siteAccuracyM === null ? '' : ` ${t('sampling.print.accuracy', { m: s.siteAccuracyM })}`}`}
                  </td>
                  <td>{formatShanghai(s.sampledAt)}</td>
                  <td>{dash(s.depthM)}</td>
                  <td>
                    {dash(s.container)}
                    {s.volumeMl ? ` ${s.volumeMl} mL` : ''}
                  </td>
                  <td>{dash(s.preservative)}</td>
                  <td style={{ whiteSpace: 'nowrap' }}>{t(`sampling.qcTypes.${s.qcType}`)}</td>
                  <td style={{ whiteSpace: 'nowrap' }}>{dash(s.sealNumber)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table style={{ fontSize: '9pt' }}>
            <thead>
              <tr>
                <th>{t('sampling.code')}</th>
                <th>{t('sampling.field.waterTemperatureC')}</th>
                <th>{t('sampling.field.ph')}</th>
                <th>{t('sampling.field.dissolvedOxygenMgL')}</th>
                <th>{t('sampling.field.conductivityUsCm')}</th>
                <th>{t('sampling.field.turbidityNtu')}</th>
                <th>{t('sampling.field.transparencyCm')}</th>
                <th style={{ width: '22%' }}>{t('sampling.field.appearance')}</th>
              </tr>
            </thead>
            <tbody>
              {samples.map((s) => (
                <tr key={s.id}>
                  <td style={{ whiteSpace: 'nowrap' }}>{s.code}</td>
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
          {d.visit.notes && <p className="print-flush">{d.visit.notes}</p>}
          <p className="print-flush" style={{ marginTop: '10mm', display: 'flex', justifyContent: 'space-between' }}>
            <span>{t('sampling.print.signSampler')}</span>
            <span>{t('sampling.print.signSupervisor')}</span>
            <span>{t('sampling.print.signRecorder')}</span>
          </p>
        </>
      )}
    </PrintPage>
  )
}
