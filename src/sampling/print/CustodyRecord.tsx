import { PersonalSignatures, usePersonalSignatures } from '../../print/PersonalSignatures'
import { useParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { PrintPage } from '../../print/PrintPage'
import { formatShanghai } from '../../../electron/shared/shanghai-time'
import { useChannel } from '../../api/use-channel'
import { DocumentSealBlock, useDocumentSeal } from '../../print/DocumentSeal'
import { custodyFlagText } from '../custody-flag-words'

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
          <table className="print-fixed">
            <colgroup>
              <col style={{ width: '15%' }} />
              <col style={{ width: '35%' }} />
              <col style={{ width: '15%' }} />
              <col style={{ width: '35%' }} />
            </colgroup>
            <tbody>
              <tr>
                <th>{t('sampling.code')}</th>
                <td>{d.sample.code}</td>
                <th>{t('sampling.caseNumber')}</th>
                <td>{d.caseNumber}</td>
              </tr>
              <tr>
                <th>{t('sampling.site')}</th>
                <td>{d.siteName}</td>
                <th>{t('sampling.sampledAt')}</th>
                <td>{formatShanghai(d.sample.sampledAt)}</td>
              </tr>
              <tr>
                <th>{t('sampling.sampler')}</th>
                <td>{d.sample.sampler}</td>
                <th>{t('sampling.sealNumber')}</th>
                <td>{d.sample.sealNumber || '—'}</td>
              </tr>
            </tbody>
          </table>
          <table className="print-fixed" style={{ fontSize: '9pt' }} data-testid="custody-events">
            <colgroup>
              <col style={{ width: '12%' }} />
              <col style={{ width: '15%' }} />
              <col style={{ width: '10%' }} />
              <col style={{ width: '15%' }} />
              <col style={{ width: '15%' }} />
              <col style={{ width: '7%' }} />
              <col style={{ width: '8%' }} />
              <col style={{ width: '9%' }} />
              <col style={{ width: '9%' }} />
            </colgroup>
            <thead>
              <tr>
                <th>{t('sampling.custody.at')}</th>
                <th>{t('sampling.custody.place')}</th>
                <th>{t('sampling.custody.relinquishedBy')}</th>
                <th>{t('sampling.custody.receivedBy')}</th>
                <th>{t('sampling.custody.condition')}</th>
                <th>{t('sampling.custody.temperatureC')}</th>
                <th>{t('sampling.custody.sealIntact')}</th>
                <th>{t('sampling.print.signRelinquisher')}</th>
                <th>{t('sampling.print.signReceiver')}</th>
              </tr>
            </thead>
            <tbody>
              {d.custodyEvents.map((e) => (
                <tr key={e.id} style={e.voided ? { textDecoration: 'line-through', color: '#777' } : undefined}>
                  <td>{formatShanghai(e.at)}</td>
                  <td>{e.place || '—'}</td>
                  <td>{e.relinquishedBy}</td>
                  <td>
                    {e.receivedBy}（{t(`sampling.custody.kinds.${e.receiverKind}`)}）
                  </td>
                  <td>
                    {e.condition || '—'}
                    {e.voided ? `（${t('sampling.voided')}：${e.voided.reason}）` : ''}
                  </td>
                  <td>{e.temperatureC === null ? '—' : e.temperatureC}</td>
                  <td>{e.sealIntact ? t('sampling.custody.sealIntact') : t('sampling.custody.sealBroken')}</td>
                  <td />
                  <td />
                </tr>
              ))}
            </tbody>
          </table>
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
