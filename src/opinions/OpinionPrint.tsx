import { PersonalSignatures, usePersonalSignatures } from '../print/PersonalSignatures'
import { useParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { formatYuan } from '../../electron/shared/money'
import type { DamageEstimate, Opinion } from '../../electron/shared/opinions'
import { methodFormulaText, stepCells } from '../../electron/shared/estimate-steps'
import { uiLanguage } from '../api/error-words'
import { PrintPage } from '../print/PrintPage'
import { estimateAmount } from './opinion-text'
import { formatShanghai } from '../../electron/shared/shanghai-time'
import { decidingItemsText, hasMarkedValues, sampleClassText, sampleResultsText } from './evidence-text'
import { DocumentSealBlock, useDocumentSeal } from '../print/DocumentSeal'
import { useChannel } from '../api/use-channel'

/** The stored steps of an estimate as a table: nothing is recomputed for print. */
function StepsTable(props: { estimate: DamageEstimate }) {
  const { t } = useTranslation()
  return (
    <table data-testid="print-steps">
      <thead>
        <tr>
          <th style={{ width: '7%' }}>{t('opinions.printView.no')}</th>
          <th style={{ width: '22%' }}>{t('opinions.printView.step')}</th>
          <th>{t('opinions.printView.figure')}</th>
          <th style={{ width: '30%' }}>{t('opinions.printView.sourceCol')}</th>
        </tr>
      </thead>
      <tbody>
        {props.estimate.steps.map((step, i) => {
          const cells = stepCells(step, uiLanguage())
          return (
            <tr key={i}>
              <td>{i + 1}</td>
              <td>{cells.step}</td>
              <td>{cells.figure}</td>
              <td>{cells.source}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

/** 现场勘查与采样: the visits and the samples with their evaluation, as the opinion holds them. */
function EvidenceTables(props: { opinion: Opinion }) {
  const { t } = useTranslation()
  const { visits, samples } = props.opinion
  if (visits.length === 0 && samples.length === 0) return <p>{t('opinions.printView.noEvidence')}</p>
  const voided = (isVoided: boolean) => (isVoided ? `（${t('opinions.evidence.voided')}）` : '')
  return (
    <>
      {visits.length > 0 && (
        <>
          <p className="print-flush">{t('opinions.printView.visitsCaption')}</p>
          <table data-testid="print-visits">
            <thead>
              <tr>
                <th style={{ width: '7%' }}>{t('opinions.printView.no')}</th>
                <th style={{ width: '18%' }}>{t('opinions.evidence.visitDate')}</th>
                <th>{t('opinions.evidence.people')}</th>
                <th style={{ width: '18%' }}>{t('opinions.evidence.weather')}</th>
              </tr>
            </thead>
            <tbody>
              {visits.map((v, i) => (
                <tr key={v.visitId}>
                  <td>{i + 1}</td>
                  <td>
                    {v.visitDate}
                    {voided(v.voided)}
                  </td>
                  <td>{v.peoplePresent.join('、')}</td>
                  <td>{v.weather || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {samples.length > 0 && (
        <>
          <p className="print-flush">{t('opinions.printView.samplesCaption')}</p>
          <table data-testid="print-samples" style={{ fontSize: '9pt' }}>
            <thead>
              <tr>
                <th style={{ width: '5%' }}>{t('opinions.printView.no')}</th>
                <th style={{ width: '21%' }}>
                  {t('opinions.evidence.code')} / {t('opinions.evidence.matrix')}
                </th>
                <th style={{ width: '10%' }}>{t('opinions.evidence.site')}</th>
                <th style={{ width: '11%' }}>{t('opinions.evidence.sampledAt')}</th>
                <th>{t('opinions.evidence.results')}</th>
                <th style={{ width: '12%' }}>{t('opinions.evidence.classOrCategory')}</th>
                <th style={{ width: '15%' }}>{t('opinions.evidence.deciding')}</th>
              </tr>
            </thead>
            <tbody>
              {samples.map((s, i) => (
                <tr key={s.sampleId}>
                  <td>{i + 1}</td>
                  <td>
                    <div style={{ whiteSpace: 'nowrap' }}>{s.code}</div>
                    <div>
                      {t(`sampling.matrices.${s.matrix}`)}
                      {voided(s.voided)}
                    </div>
                  </td>
                  <td>{s.siteName}</td>
                  <td>{formatShanghai(s.sampledAt)}</td>
                  <td>{sampleResultsText(s, t)}</td>
                  <td style={{ wordBreak: 'keep-all' }}>{sampleClassText(s, t)}</td>
                  <td>{decidingItemsText(s, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {hasMarkedValues(samples) && (
            <p className="print-flush" style={{ fontSize: '9pt' }} data-testid="print-samples-note">
              {t('opinions.printView.lateNote')}
            </p>
          )}
        </>
      )}
    </>
  )
}

/**
 * 技术调查意见 on A4: numbered sections, the investigators and their
 * signatures, the visits and samples relied on, the stored estimate steps, the options with the recommended one,
 * the statement, marked 不公开, with the document seal that binds the printed copy to the database.
 */
export function OpinionPrint() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const print = useChannel('opinions.print', { id })
  const seal = useDocumentSeal('opinion', id, Boolean(print.data))
  const signed = usePersonalSignatures([id], Boolean(print.data))
  if (print.isError) return <p>{t('print.notFound')}</p>
  const o = print.data?.opinion
  const recommended = o ? o.options.findIndex((x) => x.recommended) : -1
  return (
    <PrintPage
      court={o?.court ?? ''}
      title={t('opinions.printView.title')}
      ready={Boolean(print.data) && seal.settled && signed.settled}
      footer={
        print.data &&
        o && (
          <div style={{ width: '100%' }}>
            <div>
              {o.caseNumber} · {t('opinions.version', { version: o.version })} · {t('opinions.printView.page')}
            </div>
            <DocumentSealBlock {...seal} />
          </div>
        )
      }
    >
      {o && print.data && (
        <>
          <div style={{ textAlign: 'right', marginTop: '-2mm' }}>
            <span style={{ border: '1.5pt solid #c00', color: '#c00', padding: '0 2mm 0 3mm', fontSize: '13pt', fontWeight: 700, letterSpacing: '.3em' }}>
              {t('opinions.notPublic')}
            </span>
          </div>
          <p className="print-flush" style={{ textAlign: 'center' }}>
            {t('opinions.printView.caseLine', { caseNumber: o.caseNumber, cause: o.caseCause })}
          </p>
          <p className="print-flush" style={{ textAlign: 'center', fontSize: '10.5pt' }}>
            {t('opinions.printView.versionLine', { version: o.version, status: t(`opinions.statuses.${o.status}`) })}
          </p>

          <h2 style={{ fontSize: '14pt', margin: '4mm 0 2mm' }}>{t('opinions.printView.s1')}</h2>
          <table>
            <thead>
              <tr>
                <th style={{ width: '7%' }}>{t('opinions.printView.no')}</th>
                <th style={{ width: '14%' }}>{t('opinions.printView.name')}</th>
                <th>{t('opinions.printView.organisation')}</th>
                <th style={{ width: '16%' }}>{t('opinions.printView.jobTitle')}</th>
                <th style={{ width: '28%' }}>{t('opinions.printView.signature')}</th>
              </tr>
            </thead>
            <tbody>
              {o.investigators.map((inv, i) => (
                <tr key={inv.expertId}>
                  <td>{i + 1}</td>
                  <td>{inv.name}</td>
                  <td>{inv.organisation}</td>
                  <td>{inv.title}</td>
                  <td>{inv.signedAt ? t('opinions.signedAt', { name: inv.signedByName, at: formatShanghai(inv.signedAt) }) : t('opinions.unsigned')}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <h2 style={{ fontSize: '14pt', margin: '4mm 0 2mm' }}>{t('opinions.printView.s2')}</h2>
          {o.questions.map((q, i) => (
            <p key={i} className="print-flush">
              {i + 1}. {q.text}
            </p>
          ))}

          <h2 style={{ fontSize: '14pt', margin: '4mm 0 2mm' }}>{t('opinions.printView.s3')}</h2>
          {o.findings.split('\n').filter(Boolean).map((line, i) => (
            <p key={i}>{line}</p>
          ))}

          <h2 style={{ fontSize: '14pt', margin: '4mm 0 2mm' }}>{t('opinions.printView.s4')}</h2>
          <EvidenceTables opinion={o} />

          <h2 style={{ fontSize: '14pt', margin: '4mm 0 2mm' }}>{t('opinions.printView.s5')}</h2>
          {o.virtualEstimate && (
            <>
              {o.virtualEstimate.method && (
                <p>{t('opinions.printView.methodLine', { document: o.virtualEstimate.method.document, formula: methodFormulaText(o.virtualEstimate.method.version, uiLanguage()) })}</p>
              )}
              <StepsTable estimate={o.virtualEstimate} />
              <p>{t('opinions.printView.conclusion', { amount: estimateAmount(o.virtualEstimate) })}</p>
            </>
          )}
          {o.actualEstimate && (
            <>
              <StepsTable estimate={o.actualEstimate} />
              <p>{t('opinions.printView.actualConclusion', { amount: estimateAmount(o.actualEstimate) })}</p>
            </>
          )}

          <h2 style={{ fontSize: '14pt', margin: '4mm 0 2mm' }}>{t('opinions.printView.s6')}</h2>
          <table>
            <thead>
              <tr>
                <th style={{ width: '7%' }}>{t('opinions.printView.no')}</th>
                <th>{t('opinions.option.method')}</th>
                <th>{t('opinions.option.expectedResult')}</th>
                <th style={{ width: '16%' }}>{t('opinions.option.cost')}</th>
                <th style={{ width: '13%' }}>{t('opinions.option.durationDays')}</th>
              </tr>
            </thead>
            <tbody>
              {o.options.map((option, i) => (
                <tr key={i}>
                  <td>{i + 1}</td>
                  <td>
                    {option.method}
                    {option.recommended ? t('opinions.printView.recommended') : ''}
                  </td>
                  <td>{option.expectedResult}</td>
                  <td style={{ textAlign: 'right' }}>{formatYuan(option.costFen)}</td>
                  <td>{t('opinions.option.days', { days: option.durationDays })}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {recommended >= 0 && <p>{t('opinions.printView.recommendation', { n: recommended + 1, method: o.options[recommended]!.method })}</p>}

          <h2 style={{ fontSize: '14pt', margin: '4mm 0 2mm' }}>{t('opinions.printView.s7')}</h2>
          <p>{o.statement}</p>

          <div style={{ marginTop: '10mm', textAlign: 'right' }}>
            {o.investigators.map((inv) => (
              <p key={inv.expertId} className="print-flush">
                {t('opinions.printView.signature')}：{inv.name}（{inv.organisation}）　{inv.signedAt ? formatShanghai(inv.signedAt) : '________'}
              </p>
            ))}
            <PersonalSignatures signatures={signed.signatures} />
            <p className="print-flush" style={{ fontSize: '9pt', color: '#555' }}>
              {t('opinions.printView.printedAt', { at: formatShanghai(print.data.printedAt) })}
            </p>
          </div>
        </>
      )}
    </PrintPage>
  )
}
