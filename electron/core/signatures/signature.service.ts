import type { Handlers } from '../handler-table'
import type { Call } from '../call'
import type { SignatureView } from '../../shared/signatures'
import { listSignatures } from './signature.repository'
import { acrossCases } from '../access/case-scope'
import { caseOfSignatureSubject } from '../access/case-of'

/** The signatures asked for, narrowed to those over records of the caller's cases. */
async function visibleSignatures(call: Call, subjectIds: readonly string[]): Promise<SignatureView[]> {
  const signatures = await listSignatures(call.db, subjectIds)
  if (call.visibleCases === null) return signatures
  const visible = new Set(call.visibleCases)
  const kept: SignatureView[] = []
  for (const s of signatures) {
    const caseId = await caseOfSignatureSubject(call.db, s.purpose, s.subjectId)
    if (caseId !== null && visible.has(caseId)) kept.push(s)
  }
  return kept
}

export const signatureHandlers: Handlers<'signatures.list'> = {
  /** Who signed these records, when, with which key: for the pages and prints that show the signatures. */
  'signatures.list': { scope: acrossCases(), access: 'signedIn', writes: false, run: (call, { subjectIds }) => visibleSignatures(call, subjectIds) }
}
