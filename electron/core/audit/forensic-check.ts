import type { Core } from '../core'
import { checkAttachments } from './attachment-check'
import { checkChains, type ChainSummary, type VerifiedPoint } from './chain-check'
import type { ForensicDb } from './forensic-db'
import { Findings } from './forensic-report'
import { changesSince, replayRows, type ReplayedTable } from './row-replay'
import { checkImportedEvents } from './imported-events'
import { checkSignatures } from '../signatures/signature-check'

export interface ForensicVerdict {
  ok: boolean
  findings: Findings
  integrity: string[]
  /** The tables SQLite's check covered (with their indexes), or null for the whole file. */
  fileChecked: string[] | null
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
  const from = options.from ?? null
  const since = from ? changesSince(f, from.storedSeq) : null
  const fileChecked = options.integrity || !since ? null : tables.filter((t) => since.tables.has(t.table)).map((t) => t.table)
  options.progress?.(0, 'integrity')
  const integrity = fileCheck(f, options.integrity === true, fileChecked)
  for (const problem of integrity.slice(0, 5)) findings.add('integrity', 'integrity_failed', { problem })
  const total = Math.max(1, (f.sqlite.prepare('select count(*) from audit_event where seq > ?').pluck().get(from?.storedSeq ?? 0) as number))
  let events = 0
  const chains = checkChains(f, findings, from, (n) => options.progress?.(Math.min(0.5, (0.5 * (events += n)) / total), 'chain'))
  checkImportedEvents(f, findings)
  const rowsCompared = replayRows(f, tables, rowKey, findings, {
    since: since ?? undefined,
    progress: (done) => options.progress?.(0.5 + (0.45 * done) / tables.length, 'rows')
  })
  // A full check re-hashes every attachment; an incremental one leaves the files to it (content-addressed, never rewritten by the app).
  const attachments = from ? 0 : checkAttachments(f, findings)
  const signatures = checkSignatures(f.sqlite, findings, since?.rows)
  if (f.disturbed?.()) findings.add('integrity', 'integrity_disturbed')
  options.progress?.(1, 'done')
  return { ok: findings.count() === 0, findings, integrity, fileChecked, chains, rowsCompared, tables: tables.length, attachments, signatures }
}

/**
 * SQLite's own check of the file: `integrity_check` of every page when asked
 * for; else `quick_check`, of the whole file, or (incremental) of only the
 * tables the events since the point changed, each with its indexes
 * (`quick_check(table)`). The audit table itself is left to the full check
 * there: it is most of the file (3 GB of a province's 3.9), and the events
 * since the point are checked one by one by their hashes and links anyway.
 *
 * @param changed audited tables (names from the records registry, never from the file) or null for the whole file.
 * @returns SQLite's messages other than `ok`.
 */
function fileCheck(f: ForensicDb, integrity: boolean, changed: string[] | null): string[] {
  const pragma = integrity ? 'integrity_check' : 'quick_check'
  const targets = integrity || changed === null ? [pragma] : changed.map((table) => `quick_check("${table.replaceAll('"', '""')}")`)
  return targets.flatMap((target) => (f.sqlite.pragma(target) as Record<string, string>[]).map((r) => Object.values(r)[0]!).filter((m) => m !== 'ok'))
}

/**
 * How `verify` checks: SQLite's `quick_check` or, on request, its full
 * `integrity_check`; from the start, or (incremental) from a point a passing
 * check reached (`storedSeq` its event's `seq`); where it reports how far it is.
 */
export interface ForensicOptions {
  integrity?: boolean
  from?: (VerifiedPoint & { storedSeq: number }) | null
  progress?: (fraction: number, stage: VerifyStage) => void
}

/** The stages of a check a progress bar names. */
export type VerifyStage = 'integrity' | 'chain' | 'rows' | 'done'

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
