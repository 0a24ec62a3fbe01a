import { parseDocumentCode } from '../../shared/documents'
import { AppError } from '../../shared/errors'
import { documentData, documentFingerprint, documentPrintType, type DocumentPrintFact } from './document-seal'
import type { ForensicDb } from './forensic-db'
import { chainPointSignatureValid } from './installation'
import { checkSignaturesOf } from '../signatures/signature-check'

const kindNames: Record<string, string> = { opinion: '技术调查意见', assignment_notice: '技术调查官指派通知书', order_summary: '修复令执行情况摘要', collection_record: '采样记录表', custody_form: '样品流转记录单' }

/**
 * `verify --document CODE`: finds the print of the code in the chain,
 * recomputes the document's data from the database as it stands, and says
 * whether the document still reads the same (naming what changed when it
 * does not) and whether the head signed at printing is in the chain with a
 * valid signature.
 */
export async function checkDocument(f: ForensicDb, codeText: string): Promise<{ ok: boolean; lines: string[] }> {
  const code = parseDocumentCode(codeText)
  if (!code) return { ok: false, lines: [`文书核验码格式不正确：${codeText}（应为 32 位十六进制数字，可含连字符）`] }
  const row = f.sqlite.prepare('select after_json, at from audit_event where entity_type = ? and entity_id = ? order by seq limit 1').get(documentPrintType, code) as
    | { after_json: string; at: string }
    | undefined
  if (!row) return { ok: false, lines: [`文书核验码 ${codeText} 不在本数据库的审计链中：文书不是由此数据库打印的，或其打印记录被删除`] }
  const fact = JSON.parse(row.after_json) as DocumentPrintFact
  const lines = [`文书：${kindNames[fact.kind] ?? fact.kind}（记录 ${fact.subjectId}），打印于 ${fact.printedAt}`]
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
    lines.push('文书内容：与数据库一致，文书仍如打印时所载')
  } else {
    ok = false
    lines.push(now === null ? '文书内容：文书所依据的记录已不在数据库中' : '文书内容：与数据库不一致，文书打印后数据库中的内容有了变化：')
    if (now !== null) for (const change of differences(fact.data, now, 'data').slice(0, 12)) lines.push(`  ${change}`)
  }

  const head = fact.head
  const stored = f.sqlite.prepare('select hash from audit_event where installation_id = ? and chain_seq = ?').get(head.installationId, head.seq) as { hash: string } | undefined
  const key = f.sqlite.prepare('select public_key from installation where id = ?').get(head.installationId) as { public_key: string } | undefined
  const signed = key ? chainPointSignatureValid(key.public_key, head, head.signature) : false
  if (stored?.hash === head.hash && signed) {
    lines.push(`签名链头：在审计链中（安装 ${head.installationId} 第 ${head.seq} 号事件），签名有效`)
  } else {
    ok = false
    lines.push(`签名链头：${stored?.hash === head.hash ? '在审计链中，但签名无效' : '与审计链不符：打印后审计链被改动、截断或重算'}（安装 ${head.installationId} 第 ${head.seq} 号事件）`)
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
function differences(then: unknown, now: unknown, path: string): string[] {
  if (JSON.stringify(then) === JSON.stringify(now)) return []
  if (then && now && typeof then === 'object' && typeof now === 'object' && Array.isArray(then) === Array.isArray(now)) {
    const keys = [...new Set([...Object.keys(then), ...Object.keys(now)])]
    return keys.flatMap((k) => differences((then as Record<string, unknown>)[k], (now as Record<string, unknown>)[k], `${path}.${k}`))
  }
  const show = (v: unknown) => (v === undefined ? '（无）' : JSON.stringify(v).slice(0, 80))
  return [`${path}：打印时为 ${show(then)}，现为 ${show(now)}`]
}
