import type BetterSqlite3 from 'better-sqlite3'
import type { SignaturePurpose } from '../../shared/signatures'
import { canonicalJson } from '../audit/canonical-json'
import { sha256 } from '../audit/event-hash'
import { textSignatureValid } from '../audit/installation'
import type { Findings } from '../audit/forensic-report'
import { part, type VerifyPart } from '../../shared/verify-reasons'
import { keyFingerprint } from '../exchange/partners'
import { signatureMessage } from './signing'
import { contentStaysAsSigned, signedContent, signedLinkTables, type RowReader } from './signed-content'

interface SignatureRow {
  id: string
  purpose: SignaturePurpose
  subject_id: string
  signer_user_id: string
  signer_key_id: string
  key_fingerprint: string
  expert_id: string | null
  content_json: string
  content_hash: string
  signature: string
  signed_at: string
}

interface KeyRow {
  user_id: string
  public_key: string
  valid_from: string
  valid_until: string | null
}

const purposeNames: Record<SignaturePurpose, VerifyPart> = {
  'opinion.sign': part('purpose_opinion_sign'),
  'custody.handover': part('purpose_custody_handover'),
  'order.issue': part('purpose_order_issue'),
  'order.accept': part('purpose_order_accept'),
  'draw.confirm': part('purpose_draw_confirm')
}

/**
 * What is wrong with one signature, or nothing: the key must be the
 * signer's, valid when they signed, with the fingerprint shown; the content
 * must hash to the signed hash; the Ed25519 signature must verify; and the
 * signed record must still read as signed (except an issued order, which may
 * be amended and is checked against the content as signed).
 */
export function signatureProblems(read: RowReader, s: SignatureRow): VerifyPart[] {
  const problems: VerifyPart[] = []
  const key = read('select user_id, public_key, valid_from, valid_until from user_key where id = ?', s.signer_key_id)[0] as unknown as KeyRow | undefined
  if (!key) return [part('signature_key_absent')]
  if (key.user_id !== s.signer_user_id) problems.push(part('signature_key_not_signers'))
  if (keyFingerprint(key.public_key) !== s.key_fingerprint) problems.push(part('signature_fingerprint_mismatch'))
  if (s.signed_at < key.valid_from || (key.valid_until !== null && s.signed_at >= key.valid_until)) problems.push(part('signature_key_out_of_term'))
  if (sha256(s.content_json) !== s.content_hash) problems.push(part('signature_content_hash'))
  const message = signatureMessage({
    purpose: s.purpose,
    subjectId: s.subject_id,
    signerUserId: s.signer_user_id,
    expertId: s.expert_id,
    keyFingerprint: s.key_fingerprint,
    signedAt: s.signed_at,
    contentHash: s.content_hash
  })
  if (!textSignatureValid(key.public_key, message, s.signature)) problems.push(part('signature_invalid'))
  const read_ = signedContent[s.purpose]
  if (read_ && contentStaysAsSigned(s.purpose)) {
    const now = read_(read, s.subject_id)
    if (now === null) problems.push(part('signature_record_gone'))
    else if (canonicalJson(now) !== s.content_json) problems.push(part('signature_record_changed'))
  }
  return problems
}

/** A reader over a raw SQLite connection. */
export function sqliteRows(sqlite: BetterSqlite3.Database): RowReader {
  return (query, ...params) => sqlite.prepare(query).all(...params) as Record<string, unknown>[]
}

function hasSignatures(sqlite: BetterSqlite3.Database): boolean {
  return sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'signature'").get() !== undefined
}

/** The signatures of these records, checked, one line each for `verify --document`. */
export function checkSignaturesOf(sqlite: BetterSqlite3.Database, subjectIds: readonly string[]): { ok: boolean; lines: VerifyPart[] } {
  if (!hasSignatures(sqlite) || subjectIds.length === 0) return { ok: true, lines: [] }
  const read = sqliteRows(sqlite)
  const rows = subjectIds.flatMap((id) => read('select * from signature where subject_id = ? order by signed_at, id', id) as unknown as SignatureRow[])
  const lines: VerifyPart[] = []
  let ok = true
  for (const s of rows) {
    const who = read('select username, display_name from app_user where id = ?', s.signer_user_id)[0] as unknown as { username: string; display_name: string } | undefined
    const problems = signatureProblems(read, s)
    if (problems.length > 0) ok = false
    const signer = who ? part('signer_named', { name: who.display_name, username: who.username }) : s.signer_user_id
    const verdict = problems.length === 0 ? part('signature_valid') : problems
    lines.push(part('signature_line', { purpose: purposeNames[s.purpose], signer, signedAt: s.signed_at, fingerprint: s.key_fingerprint, verdict }))
  }
  return { ok, lines }
}

/**
 * `verify`: every signature in the folder, each problem a finding naming the
 * signature; or (incremental, `since` the rows named by the events after the
 * last verified point) those the events since could have touched: the
 * signature's own row, the signer's key, the signed record, or a link table
 * its purpose's content reads.
 *
 * @returns how many were checked.
 */
export function checkSignatures(sqlite: BetterSqlite3.Database, findings: Findings, since?: ReadonlyMap<string, ReadonlySet<string>>): number {
  if (!hasSignatures(sqlite)) return 0
  const read = sqliteRows(sqlite)
  const touched = since ? touchedSignature(since) : () => true
  let checked = 0
  for (const s of sqlite.prepare('select * from signature order by signed_at, id').iterate() as IterableIterator<SignatureRow>) {
    if (!touched(s)) continue
    checked++
    for (const problem of signatureProblems(read, s)) findings.add('signature', 'signature_problem', { id: s.id, purpose: purposeNames[s.purpose] ?? s.purpose, subject: s.subject_id, problem })
  }
  return checked
}

function touchedSignature(since: ReadonlyMap<string, ReadonlySet<string>>): (s: SignatureRow) => boolean {
  const named = (table: string, id: string) => since.get(table)?.has(id) === true
  const subjects = new Set([...since.values()].flatMap((ids) => [...ids]))
  const purposes = new Set((Object.keys(signedLinkTables) as SignaturePurpose[]).filter((p) => signedLinkTables[p].some((t) => since.has(t))))
  return (s) => named('signature', s.id) || named('user_key', s.signer_key_id) || subjects.has(s.subject_id) || purposes.has(s.purpose)
}
