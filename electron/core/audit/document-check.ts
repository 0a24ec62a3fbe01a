import { parseDocumentCode } from '../../shared/documents'
import { AppError } from '../../shared/errors'
import { documentData, documentFingerprint, documentPrintType, type DocumentPrintFact } from './document-seal'
import type { ForensicDb } from './forensic-db'
import { chainPointSignatureValid } from './installation'
import { checkSignaturesOf } from '../signatures/signature-check'
import { part, type VerifyPart, type VerifyReason } from '../../shared/verify-reasons'

const kindNames: Record<string, VerifyReason> = {
  opinion: 'document_kind_opinion',
  assignment_notice: 'document_kind_assignment_notice',
  order_summary: 'document_kind_order_summary',
  collection_record: 'document_kind_collection_record',
  custody_form: 'document_kind_custody_form'
}

/**
 * `verify --document CODE`: finds the print of the code in the chain,
 * recomputes the document's data from the database as it stands, and says
 * whether the document still reads the same (naming what changed when it
 * does not) and whether the head signed at printing is in the chain with a
 * valid signature.
 */
export async function checkDocument(f: ForensicDb, codeText: string): Promise<{ ok: boolean; lines: VerifyPart[] }> {
  const code = parseDocumentCode(codeText)
  if (!code) return { ok: false, lines: [part('document_code_malformed', { code: codeText })] }
  const row = f.sqlite.prepare('select after_json, at from audit_event where entity_type = ? and entity_id = ? order by seq limit 1').get(documentPrintType, code) as
    | { after_json: string; at: string }
    | undefined
  if (!row) return { ok: false, lines: [part('document_not_in_chain', { code: codeText })] }
  const fact = JSON.parse(row.after_json) as DocumentPrintFact
  const kind = kindNames[fact.kind]
  const lines = [part('document_printed', { kind: kind ? part(kind) : fact.kind, subject: fact.subjectId, printedAt: fact.printedAt })]
  let ok = true

  let now: unknown
  try {
    now = await documentData[fact.kind](f.db, fact.subjectId, fact.printedAt)
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    now = null
  }
  const fingerprint = now === null ? null : documentFingerprint(fact, now)
  if (fingerprint === fact.fingerprint && fingerprint.startsWith(code)) {
    lines.push(part('document_content_same'))
  } else {
    ok = false
    lines.push(part(now === null ? 'document_content_gone' : 'document_content_changed'))
    if (now !== null) lines.push(...differences(fact.data, now, 'data').slice(0, 12))
  }

  const head = fact.head
  const stored = f.sqlite.prepare('select hash from audit_event where installation_id = ? and chain_seq = ?').get(head.installationId, head.seq) as { hash: string } | undefined
  const key = f.sqlite.prepare('select public_key from installation where id = ?').get(head.installationId) as { public_key: string } | undefined
  const signed = key ? chainPointSignatureValid(key.public_key, head, head.signature) : false
  if (stored?.hash === head.hash && signed) {
    lines.push(part('document_head_valid', { installation: head.installationId, seq: head.seq }))
  } else {
    ok = false
    lines.push(part(stored?.hash === head.hash ? 'document_head_bad_signature' : 'document_head_mismatch', { installation: head.installationId, seq: head.seq }))
  }
  const signatures = checkSignaturesOf(f.sqlite, signedRecordsOf(f, fact.kind, fact.subjectId))
  lines.push(...signatures.lines)
  return { ok: ok && signatures.ok, lines }
}

/** The records whose personal signatures a document shows: the opinion version; the order and its acceptances; the case's draws; the sample's handovers (a collection record is signed by hand). */
function signedRecordsOf(f: ForensicDb, kind: string, subjectId: string): string[] {
  const ids = (query: string) => (f.sqlite.prepare(query).all(subjectId) as { id: string }[]).map((r) => r.id)
  if (kind === 'order_summary') return [subjectId, ...ids('select id from acceptance where order_id = ?')]
  if (kind === 'assignment_notice') return ids('select id from expert_draw where case_id = ?')
  if (kind === 'custody_form') return ids('select id from custody_event where sample_id = ?')
  if (kind === 'collection_record') return []
  return [subjectId]
}

/** The paths where two JSON values differ, with both values. */
function differences(then: unknown, now: unknown, path: string): VerifyPart[] {
  if (JSON.stringify(then) === JSON.stringify(now)) return []
  if (then && now && typeof then === 'object' && typeof now === 'object' && Array.isArray(then) === Array.isArray(now)) {
    const keys = [...new Set([...Object.keys(then), ...Object.keys(now)])]
    return keys.flatMap((k) => differences((then as Record<string, unknown>)[k], (now as Record<string, unknown>)[k], `${path}.${k}`))
  }
  const show = (v: unknown) => (v === undefined ? part('value_none') : JSON.stringify(v).slice(0, 80))
  return [part('document_difference', { path, then: show(then), now: show(now) })]
}
