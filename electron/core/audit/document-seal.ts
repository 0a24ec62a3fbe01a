import type { Kysely } from 'kysely'
import { AppError, type ErrorReason } from '../../shared/errors'
import { documentCode, type DocumentKind, type DocumentSeal } from '../../shared/documents'
import { shanghaiDay } from '../../shared/shanghai-time'
import type { Core } from '../core'
import type { Database } from '../db/database'
import { findCase } from '../cases/case.repository'
import { listAssignments } from '../assignments/assignment.repository'
import { onNotice } from '../../shared/assignments'
import { findOpinion } from '../opinions/opinion.repository'
import { findOrder } from '../orders/order.repository'
import { orderSummary, sealedOrderSummary } from '../orders/order-summary'
import { siteSamplingsReader } from '../sampling/sampling.repository'
import { visitDetail } from '../sampling/visit.service'
import { sampleDetail } from '../sampling/sample.service'
import { appendAuditEvent } from './audit-chain'
import { canonicalJson } from './canonical-json'
import { recordHeadFile, signChainHeadWithin } from './chain-head'
import { sha256 } from './event-hash'

/** The entity type of the fact recording a printed document (a dotted type: row replay ignores it). */
export const documentPrintType = 'document.print'

/**
 * Each printed document's own data, recomputed from the database as the
 * print view shows it, at the time it was printed (an order's status
 * depends on the day). `verify --document` calls the same function.
 */
export const documentData: Record<DocumentKind, (db: Kysely<Database>, subjectId: string, printedAt: string) => Promise<unknown>> = {
  opinion: async (db, id) => (await findOpinion(db, id)) ?? notFound('opinion_not_found'),
  assignment_notice: async (db, caseId, printedAt) => {
    const courtCase = (await findCase(db, caseId)) ?? notFound('case_not_found')
    // The notice lists the investigators still on the case and not awaiting the judge's recusal decision, as the print view does.
    const assignments = (await listAssignments(db, caseId, shanghaiDay(printedAt))).filter(onNotice)
    return { courtCase, assignments }
  },
  order_summary: async (db, id, printedAt) => {
    const samplingsAt = siteSamplingsReader(db)
    const order = (await findOrder(db, id, shanghaiDay(printedAt), samplingsAt)) ?? notFound('order_not_found')
    return sealedOrderSummary(await orderSummary(db, order, samplingsAt, printedAt))
  },
  collection_record: (db, visitId) => visitDetail(db, visitId),
  custody_form: async (db, sampleId) => {
    // What the form prints: the sample, its site and every handover with the chain it makes; a lab result added later does not change the form.
    const { sample, caseNumber, siteName, custodyEvents, custody } = await sampleDetail(db, sampleId)
    return { sample, caseNumber, siteName, custodyEvents, custody }
  }
}

function notFound(reason: ErrorReason): never {
  throw new AppError('not_found', reason)
}

/** SHA-256 over the RFC 8785 JSON of the document's own data and the chain head signed when it was printed. */
export function documentFingerprint(seal: Omit<DocumentSeal, 'code' | 'fingerprint'>, data: unknown): string {
  return sha256(canonicalJson({ type: 'ecocase.document', kind: seal.kind, subjectId: seal.subjectId, printedAt: seal.printedAt, head: seal.head, data }))
}

/** What the `document.print` fact holds: the seal and the data it was computed from, so `verify --document` can say what changed. */
export interface DocumentPrintFact extends DocumentSeal {
  data: unknown
}

/**
 * Seals a document for printing, in one transaction: signs the chain head
 * (a `chain.head` fact), computes the fingerprint of the document's data
 * and that head, and keeps both in the chain as a `document.print` fact
 * whose id is the code. The code, printed on the page, finds it again.
 *
 * @throws AppError `not_found` when the document's record does not exist.
 */
export async function sealDocument(core: Core, user: { id: string; displayName: string }, kind: DocumentKind, subjectId: string): Promise<DocumentSeal> {
  return (await sealDocumentData(core, user, kind, subjectId)).seal
}

/**
 * {@link sealDocument}, also giving the data the seal was computed from, so
 * an export (the Word file) shows exactly what its code proves.
 */
export async function sealDocumentData(
  core: Core,
  user: { id: string; displayName: string },
  kind: DocumentKind,
  subjectId: string
): Promise<{ seal: DocumentSeal; data: unknown }> {
  const actor = { id: user.id, name: user.displayName }
  const result = await core.db.transaction().execute(async (trx) => {
    const printedAt = core.now().toISOString()
    const data = await documentData[kind](trx, subjectId, printedAt)
    const signed = await signChainHeadWithin(trx, core, 'print', actor)
    const head = { installationId: signed.installationId, seq: signed.seq, hash: signed.hash, signature: signed.signature }
    const fingerprint = documentFingerprint({ kind, subjectId, printedAt, head }, data)
    const sealed: DocumentSeal = { kind, subjectId, code: documentCode(fingerprint), fingerprint, printedAt, head }
    const fact: DocumentPrintFact = { ...sealed, data }
    await appendAuditEvent(trx, core.newId(), {
      actor,
      at: printedAt,
      channel: 'documents.seal',
      entity: { type: documentPrintType, id: fingerprint.slice(0, 32) },
      before: null,
      after: fact
    })
    return { seal: sealed, data }
  })
  await recordHeadFile(core)
  return result
}
