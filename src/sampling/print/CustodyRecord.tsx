import { PersonalSignatures, usePersonalSignatures } from '../../print/PersonalSignatures'
import { useParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { PrintPage } from '../../print/PrintPage'
import { formatShanghai } from '../../../electron/shared/shanghai-time'
import { useChannel } from '../../api/use-channel'
import { DocumentSealBlock, useDocumentSeal } from '../../print/DocumentSeal'
import { custodyFlagText } from '../custody-flag-words'
import { PrintFields, PrintTable, type PrintColumn } from '../../print/PrintTable'
import type { CustodyEventRecord } from '../../../electron/shared/sampling'

/** 样品流转记录单: every handover of one sample, voided ones struck through, with the chain's flags. */
export function CustodyRecord() {
  const { t } = useTranslation()
  const { sampleId = '' } = useParams()
  const detail = useChannel('samples.get', { id: sampleId })
  const signed = usePersonalSignatures(detail.data?.custodyEvents.map((e) => e.id) ?? [], Boolean(detail.data))
  const seal = useDocumentSeal('custody_form', sampleId, Boolean(detail.data))
  if (detail.isError) return <p>{t('print.notFound')}</p>
  const d = detail.data
  return (
    <PrintPage
      court=""
      title={t('sampling.print.custodyTitle')}
      ready={Boolean(d) && signed.settled && seal.settled}
      footer={
        d && (
          <div style={{ width: '100%' }}>
            <DocumentSealBlock {...seal} />
            <div>{d.caseNumber}</div>
          </div>
        )
      }
    >
      {d && (
        <>
          <PrintFields
            fields={[
              { label: t('sampling.code'), value: d.sample.code },
              { label: t('sampling.caseNumber'), value: d.caseNumber },
              { label: t('sampling.site'), value: d.siteName },
              { label: t('sampling.sampledAt'), value: formatShanghai(d.sample.sampledAt) },
              { label: t('sampling.sampler'), value: d.sample.sampler },
              { label: t('sampling.sealNumber'), value: d.sample.sealNumber || '—' }
            ]}
          />
          <PrintTable
            columns={handoverColumns(t)}
            rows={d.custodyEvents}
            rowKey={(e) => e.id}
            rowStyle={(e) => (e.voided ? { textDecoration: 'line-through', color: '#777' } : undefined)}
            fontSize="9pt"
            testId="custody-events"
          />
          <p className="print-flush">
            {t('sampling.custody.holder')}：{d.custody.holder}（{t(`sampling.custody.statuses.${d.custody.status}`)}）
          </p>
          <PersonalSignatures signatures={signed.signatures} />
          {d.custody.flags.length === 0 && <p className="print-flush">{t(d.custody.complete ? 'sampling.custody.intact' : 'sampling.custody.notAtLab')}</p>}
          {d.custody.flags.map((f) => (
            <p className="print-flush" key={`${f.kind}-${f.eventId}-${JSON.stringify(f.facts)}`}>
              ⚠ {custodyFlagText(f, t)}
            </p>
          ))}
        </>
      )}
    </PrintPage>
  )
}

/** The handovers as the custody form lists them; the last two columns are left blank for the hand signatures. */
function handoverColumns(t: TFunction): PrintColumn<CustodyEventRecord>[] {
  return [
    { width: '12%', header: t('sampling.custody.at'), cell: (e) => formatShanghai(e.at) },
    { width: '15%', header: t('sampling.custody.place'), cell: (e) => e.place || '—' },
    { width: '10%', header: t('sampling.custody.relinquishedBy'), cell: (e) => e.relinquishedBy },
    { width: '15%', header: t('sampling.custody.receivedBy'), cell: (e) => `${e.receivedBy}（${t(`sampling.custody.kinds.${e.receiverKind}`)}）` },
    {
      width: '15%',
      header: t('sampling.custody.condition'),
      cell: (e) => `${e.condition || '—'}${e.voided ? `（${t('sampling.voided')}：${e.voided.reason}）` : ''}`
    },
    { width: '7%', header: t('sampling.custody.temperatureC'), cell: (e) => (e.temperatureC === null ? '—' : e.temperatureC) },
    { width: '8%', header: t('sampling.custody.sealIntact'), cell: (e) => t(e.sealIntact ? 'sampling.custody.sealIntact' : 'sampling.custody.sealBroken') },
    { width: '9%', header: t('sampling.print.signRelinquisher'), cell: () => null },
    { width: '9%', header: t('sampling.print.signReceiver'), cell: () => null }
  ]
}
