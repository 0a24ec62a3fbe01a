import type { Core } from '../core'
import { checkAttachments } from './attachment-check'
import { checkChains, type ChainSummary, type VerifiedPoint } from './chain-check'
import type { ForensicDb } from './forensic-db'
import { Findings } from './forensic-report'
import { replayRows, type ReplayedTable } from './row-replay'
import { checkImportedEvents } from './imported-events'
import { checkSignatures } from '../signatures/signature-check'

export interface ForensicVerdict {
  ok: boolean
  findings: Findings
  integrity: string[]
  chains: ChainSummary[]
  rowsCompared: number
  tables: number
  attachments: number
  /** Personal signatures checked (issue 11). */
  signatures: number
}

/**
 * `verify`'s check of an opened data folder: SQLite's integrity check,
 * every installation's chain with its signed heads, every stored row
 * recomputed from the trail against its table, and every attachment re-hashed.
 */
export function forensicCheck(
  f: ForensicDb,
  tables: readonly ReplayedTable[],
  rowKey: (table: ReplayedTable, row: Record<string, unknown>) => string,
  options: ForensicOptions = {}
): ForensicVerdict {
  const findings = new Findings()
  const pragma = options.integrity ? 'integrity_check' : 'quick_check'
  const integrity = (f.sqlite.pragma(pragma) as Record<string, string>[]).map((r) => r[pragma]!).filter((m) => m !== 'ok')
  for (const problem of integrity.slice(0, 5)) findings.add('integrity', `数据库完整性检查失败：${problem}`)
  const from = options.from ?? null
  const total = Math.max(1, (f.sqlite.prepare('select count(*) from audit_event where seq > ?').pluck().get(from?.storedSeq ?? 0) as number))
  let events = 0
  const chains = checkChains(f, findings, from, (n) => options.progress?.(Math.min(0.5, (0.5 * (events += n)) / total), '审计链'))
  checkImportedEvents(f, findings)
  const rowsCompared = replayRows(f, tables, rowKey, findings, {
    since: from?.storedSeq,
    progress: (done) => options.progress?.(0.5 + (0.45 * done) / tables.length, '数据与审计链')
  })
  // A full check re-hashes every attachment; an incremental one leaves the files to it (content-addressed, never rewritten by the app).
  const attachments = from ? 0 : checkAttachments(f, findings)
  const signatures = checkSignatures(f.sqlite, findings)
  options.progress?.(1, '完成')
  return { ok: findings.count() === 0, findings, integrity, chains, rowsCompared, tables: tables.length, attachments, signatures }
}

/**
 * How `verify` checks: SQLite's `quick_check` or, on request, its full
 * `integrity_check`; from the start, or (incremental) from a point a passing
 * check reached (`storedSeq` its event's `seq`); where it reports how far it is.
 */
export interface ForensicOptions {
  integrity?: boolean
  from?: (VerifiedPoint & { storedSeq: number }) | null
  progress?: (fraction: number, stage: string) => void
}

/**
 * The chain check over an open core's own connection (tests, and callers in
 * the app that want to know whether the trail is whole): every chain and
 * signed head, without the row replay.
 */
export function checkOpenChains(core: Pick<Core, 'sqlite' | 'db' | 'dataDir'>): { ok: boolean; events: number; findings: Findings } {
  const findings = new Findings()
  const opened = { ...core, hasInstallations: true, close: async () => {} }
  const chains = checkChains(opened, findings)
  checkImportedEvents(opened, findings)
  return { ok: findings.count() === 0, events: chains.reduce((n, c) => n + c.events, 0), findings }
}
