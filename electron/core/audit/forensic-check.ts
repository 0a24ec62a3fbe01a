import type { Core } from '../core'
import { checkAttachments } from './attachment-check'
import { checkChains, type ChainSummary } from './chain-check'
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
 * `verify`'s whole check of an opened data folder: SQLite's integrity check,
 * every installation's chain with its signed heads, every stored row
 * recomputed from the trail against its table, and every attachment re-hashed.
 */
export function forensicCheck(f: ForensicDb, tables: readonly ReplayedTable[], rowKey: (table: ReplayedTable, row: Record<string, unknown>) => string): ForensicVerdict {
  const findings = new Findings()
  const integrity = (f.sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).filter((m) => m !== 'ok')
  for (const problem of integrity.slice(0, 5)) findings.add('integrity', `数据库完整性检查失败：${problem}`)
  const chains = checkChains(f, findings)
  checkImportedEvents(f, findings)
  const rowsCompared = replayRows(f, tables, rowKey, findings)
  const attachments = checkAttachments(f, findings)
  const signatures = checkSignatures(f.sqlite, findings)
  return { ok: findings.count() === 0, findings, integrity, chains, rowsCompared, tables: tables.length, attachments, signatures }
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
