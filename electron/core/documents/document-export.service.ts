import { docxMediaType, safeFileName, type ExportedDocument, type WordDocumentKind } from '../../shared/documents'
import type { Assignment } from '../../shared/assignments'
import type { CourtCase } from '../../shared/cases'
import type { Opinion } from '../../shared/opinions'
import type { SealedOrderSummary } from '../../shared/order-summary'
import { shanghaiDay } from '../../shared/shanghai-time'
import type { Call } from '../call'
import type { Handlers } from '../handler-table'
import { sealDocumentData } from '../audit/document-seal'
import { findCourtSettings } from '../court/court.repository'
import { courtDocx, signatureLines } from './docx-parts'
import { noticeBody } from './notice-docx'
import { opinionBody } from './opinion-docx'
import { orderSummaryBody } from './order-summary-docx'
import { readsOpinion } from '../access/case-scope'
import { caseOfDocument, documentReader } from '../access/case-of'

/**
 * A court document as a Word file. The document is sealed exactly as a print
 * is (`sealDocumentData`: the chain head signed, the `document.print` fact
 * recorded), and the file is built from the very data the seal hashed, so
 * the code in the file proves its content and `verify --document` checks it
 * like a printed copy. The court's name comes from the court settings, else
 * from the record, as the print's letterhead.
 */
export async function exportDocumentDocx(call: Call, kind: WordDocumentKind, id: string): Promise<ExportedDocument> {
  const { seal, data } = await sealDocumentData(call.core, call.user, kind, id)
  const settings = await findCourtSettings(call.db)
  const withCourt = (fallback: string) => (settings.fullName ? settings : { ...settings, fullName: fallback, shortName: settings.shortName || fallback })
  const day = shanghaiDay(seal.printedAt)
  let file: { title: string; name: string; court: string; body: Awaited<ReturnType<typeof noticeBody>>; signed: boolean }
  if (kind === 'assignment_notice') {
    const notice = data as { courtCase: CourtCase; assignments: Assignment[] }
    const c = notice.courtCase
    file = { title: '技术调查官指派通知书', name: `技术调查官指派通知书_${c.caseNumber}`, court: c.court, body: await noticeBody(call.db, notice), signed: true }
  } else if (kind === 'opinion') {
    const o = data as Opinion
    file = { title: '技术调查意见', name: `技术调查意见_${o.caseNumber}_第${o.version}版`, court: o.court, body: opinionBody(o, seal.printedAt), signed: false }
  } else {
    const s = data as SealedOrderSummary
    file = { title: '生态环境修复令执行情况摘要', name: `修复令执行情况摘要_${s.order.orderNumber}`, court: s.court, body: orderSummaryBody(s), signed: false }
  }
  const court = withCourt(file.court)
  const body = file.signed ? [...file.body, ...signatureLines(court, day)] : file.body
  const bytes = await courtDocx({ court, title: file.title, body, seal })
  return { fileName: safeFileName(file.name, 'docx'), mediaType: docxMediaType, contentBase64: bytes.toString('base64'), code: seal.code }
}

export const documentExportHandlers: Handlers<'documents.exportDocx'> = {
  /** Like `documents.seal`: the seal runs its own transaction, so the call is not a write of its own. */
  'documents.exportDocx': { scope: readsOpinion(caseOfDocument, documentReader), access: 'signedIn', writes: false, run: (call, { kind, id }) => exportDocumentDocx(call, kind, id) }
}
