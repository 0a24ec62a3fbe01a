import { useQuery } from '@tanstack/react-query'
import { PersonalSignatures, usePersonalSignatures } from '../../print/PersonalSignatures'
import { useParams } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../../api/api'
import { PrintPage } from '../../print/PrintPage'
import { DocumentSealBlock, useDocumentSeal } from '../../print/DocumentSeal'
import { SignatureBlock } from '../../print/SignatureBlock'
import { fieldLabel } from '../../experts/field-label'
import { onNotice } from '../../../electron/shared/assignments'
import { shanghaiToday } from '../../../electron/shared/shanghai-time'

/** 技术调查官指派通知书: the assigned investigators of a case, for the parties, with their right to apply for recusal. */
export function AssignmentNotice() {
  const { t, i18n } = useTranslation()
  const { caseId = '' } = useParams()
  const courtCase = useQuery({ queryKey: ['cases.get', caseId], queryFn: () => unwrap(api.cases.get({ id: caseId })) })
  const assignments = useQuery({ queryKey: ['assignments.list', caseId], queryFn: () => unwrap(api.assignments.list({ caseId })) })
  const fields = useQuery({ queryKey: ['fields.list'], queryFn: () => unwrap(api.fields.list({})) })
  const loaded = Boolean(courtCase.data && assignments.data && fields.data)
  const seal = useDocumentSeal('assignment_notice', caseId, loaded)
  const drawIds = [...new Set((assignments.data ?? []).filter(onNotice).flatMap((a) => (a.drawId ? [a.drawId] : [])))]
  const signed = usePersonalSignatures(drawIds, loaded)
  const ready = loaded && seal.settled && signed.settled
  const title = t('print.notice.title')

  if (courtCase.isError) return <p>{t('print.notFound')}</p>
  const c = courtCase.data
  const assigned = (assignments.data ?? []).filter(onNotice)
  const draws = [...new Map(assigned.filter((a) => a.drawId).map((a) => [a.drawId!, a.drawSeed])).entries()]
  const fieldName = (id: string) => {
    const field = fields.data?.find((f) => f.id === id)
    return field ? fieldLabel(field, i18n.language) : ''
  }
  const today = shanghaiToday()

  return (
    <PrintPage
      court={c?.court ?? ''}
      title={title}
      ready={ready}
      dense
      footer={c && <DocumentSealBlock {...seal} />}
    >
      {c && (
        <>
          <p className="print-flush" style={{ textAlign: 'right' }}>
            {c.caseNumber}
          </p>
          <p className="print-flush">{t('print.notice.to')}</p>
          <p>{t('print.notice.intro', { caseNumber: c.caseNumber, cause: c.cause })}</p>
          <table>
            <thead>
              <tr>
                <th style={{ width: '7%' }}>{t('print.notice.number')}</th>
                <th style={{ width: '11%' }}>{t('print.notice.name')}</th>
                <th>{t('print.notice.organisation')}</th>
                <th style={{ width: '17%' }}>{t('print.notice.jobTitle')}</th>
                <th style={{ width: '14%' }}>{t('print.notice.field')}</th>
                <th style={{ width: '12%' }}>{t('print.notice.method')}</th>
              </tr>
            </thead>
            <tbody>
              {assigned.map((a, i) => (
                <tr key={a.id} data-testid="notice-investigator">
                  <td>{i + 1}</td>
                  <td>{a.expertName}</td>
                  <td>{a.expertOrganisation}</td>
                  <td>{a.expertTitle}</td>
                  <td>{fieldName(a.fieldId)}</td>
                  <td>{t(a.method === 'draw' ? 'print.notice.methodDraw' : 'print.notice.methodDesignated')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {draws.map(([drawId, seed]) => (
            <p key={drawId} className="print-flush" style={{ fontSize: '9.5pt', wordBreak: 'break-all' }}>
              {t('print.notice.drawRecord', { drawId, seed })}
              {t('print.notice.verify')}
            </p>
          ))}
          <p className="print-flush">
            <strong>{t('print.notice.parties')}：</strong>
          </p>
          {c.parties.map((p) => (
            <p key={p.position} className="print-flush" style={{ paddingLeft: '2em' }}>
              {t(`cases.partyRoles.${p.role}`)}：{p.name}
              {p.organisation ? `（${p.organisation}）` : ''}
            </p>
          ))}
          <p>{t('print.notice.duties')}</p>
          <p data-testid="notice-recusal-right">
            {t(`print.notice.recusalRight.${c.type === 'criminal' ? 'criminal' : c.type === 'administrative' ? 'administrative' : 'civil'}`)}
            {t('print.notice.recusalRight.basis')}
          </p>
          <p className="print-flush">{t('print.notice.contact', { judge: c.judgeName || '—', clerk: c.clerkName || '—' })}</p>
          <PersonalSignatures signatures={signed.signatures} />
          <SignatureBlock fallbackCourt={c.court} day={today} />
        </>
      )}
    </PrintPage>
  )
}
