import { findFingerprint } from '../core/audit/audit-chain'
import { checkChains } from '../core/audit/chain-check'
import { checkDocument } from '../core/audit/document-check'
import { Findings, type Finding } from '../core/audit/forensic-report'
import { forensicCheck } from '../core/audit/forensic-check'
import { NotADataFolder, openForensic, type ForensicDb } from '../core/audit/forensic-db'
import { cliFailure } from './cli-language'
import { cliText, cliWords } from './cli-words'
import { headReason } from '../shared/verify-reasons'
import type { VerifyStage } from '../core/audit/forensic-check'
import { listAuditedTables, rowKey } from '../core/records/record-tables'
import { keepVerifiedPoint, readVerifiedPoint } from '../core/audit/verified-point'

/** How `verify` runs; `stateDir` (the CLI's) makes it incremental from the folder's last verified point unless `full`. */
export interface VerifyOptions {
  fingerprint?: string | null
  document?: string | null
  full?: boolean
  integrity?: boolean
  stateDir?: string | null
  progress?: (fraction: number, stage: VerifyStage) => void
}

/**
 * `verify`: a forensic check of a data folder, opened read-only (nothing is
 * migrated or written): the file's integrity, every installation's chain
 * and signed heads, every stored row against the trail, every attachment;
 * with `--fingerprint`, whether a fingerprint printed by an older EcoCase is
 * in the chain. Exit 1 on any finding, 2 when the folder holds no EcoCase database.
 */
export async function verifyCommand(dataDir: string, options: VerifyOptions): Promise<{ code: number; output: string }> {
  let f: ForensicDb
  try {
    f = openForensic(dataDir)
  } catch (error) {
    if (error instanceof NotADataFolder) return { code: 2, output: cliFailure(error) }
    throw error
  }
  try {
    const w = cliWords()
    const lines: string[] = []
    const findingLine = (finding: Finding) => `  [${w.kind[finding.kind]}] ${cliText(finding)}`
    if (options.document) {
      // A document check: the chains (the print record and its head are in them), then the document itself.
      const findings = new Findings()
      checkChains(f, findings)
      const document = await checkDocument(f, options.document)
      lines.push(...document.lines.map(cliText))
      if (findings.count() === 0) lines.push(w.chainsWhole)
      else lines.push(...findings.kept.map(findingLine))
      const ok = document.ok && findings.count() === 0
      lines.push(ok ? w.documentPassed : w.documentFailed)
      return { code: ok ? 0 : 1, output: `${lines.join('\n')}\n` }
    }
    // Incremental from the point the last passing check reached, when one was kept (the CLI keeps them) and not asked for in full.
    const from = options.stateDir && !options.full ? readVerifiedPoint(f, options.stateDir) : null
    const verdict = forensicCheck(f, await listAuditedTables(f.db), rowKey, { integrity: options.integrity, from, progress: options.progress })
    lines.push(from ? w.incremental(from.verifiedAt, from.seq) : w.full)
    const fileScope = verdict.fileChecked
      ? w.quickCheckChanged(verdict.fileChecked.length, w.list(verdict.fileChecked))
      : options.integrity
        ? 'integrity_check'
        : w.quickCheck
    lines.push(w.fileCheck(verdict.integrity.length === 0, fileScope))
    for (const chain of verdict.chains) {
      const who = chain.installationId ? w.installation(chain.installationId, chain.local) : w.legacyChain
      const reason = chain.lastHead ? headReason(chain.lastHead.reason) : ''
      const head = chain.lastHead
        ? w.heads(chain.heads, chain.lastHead.signedAt, typeof reason === 'string' ? reason : cliText(reason), chain.lastHead.seq)
        : w.noHeads
      lines.push(w.chainLine(who, chain.events, chain.tip?.hash ?? w.empty, head))
    }
    lines.push(w.rows(verdict.tables, verdict.rowsCompared))
    lines.push(w.attachments(verdict.attachments))
    lines.push(w.signatures(verdict.signatures, from !== null))
    for (const note of verdict.findings.notes) lines.push(w.note(cliText(note)))

    let failed = !verdict.ok
    if (options.fingerprint) {
      const found = await findFingerprint(f.db, options.fingerprint)
      if (found) lines.push(w.fingerprintFound(options.fingerprint, found.seq, found.channel, found.at))
      else {
        failed = true
        lines.push(w.fingerprintMissing(options.fingerprint))
      }
    }
    if (verdict.ok && options.stateDir) keepVerifiedPoint(f, options.stateDir, new Date())
    if (verdict.ok) lines.push(w.passed)
    else {
      lines.push(w.failed(verdict.findings.count()))
      lines.push(...verdict.findings.kept.map(findingLine))
      for (const { kind, omitted } of verdict.findings.overflow()) lines.push(`  [${w.kind[kind]}] ${w.omitted(omitted)}`)
    }
    return { code: failed ? 1 : 0, output: `${lines.join('\n')}\n` }
  } finally {
    await f.close()
  }
}
