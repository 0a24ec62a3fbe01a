import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import type { ForensicDb } from './forensic-db'
import type { VerifiedPoint } from './chain-check'

/**
 * Where `verify` keeps the point each data folder's last passing check
 * reached, outside the folder (a forensic check writes nothing into it):
 * `ECOCASE_VERIFY_STATE`, or `~/.ecocase/verified`. One file per folder, named
 * by the hash of its real path, so a copy of a folder is checked in full.
 */
export function verifiedPointsDir(): string {
  return process.env.ECOCASE_VERIFY_STATE ?? join(homedir(), '.ecocase', 'verified')
}

export interface StoredPoint extends VerifiedPoint {
  /** The `seq` (storage order) of the event at the point. */
  storedSeq: number
  verifiedAt: string
}

function fileOf(stateDir: string, dataDir: string): string {
  return join(stateDir, `${createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 32)}.json`)
}

/**
 * The last verified point of the folder, if one was kept and the chain
 * still holds that event with that hash (else the incremental check cannot
 * start there, and the check is full).
 */
export function readVerifiedPoint(f: ForensicDb, stateDir: string): StoredPoint | null {
  let point: StoredPoint
  try {
    point = JSON.parse(readFileSync(fileOf(stateDir, f.dataDir), 'utf8')) as StoredPoint
  } catch {
    return null
  }
  const stored = f.sqlite.prepare('select seq, hash from audit_event where installation_id = ? and chain_seq = ?').get(point.installationId, point.seq) as { seq: number; hash: string } | undefined
  return stored && stored.hash === point.hash && stored.seq === point.storedSeq ? point : null
}

/** Keeps the local chain's tip as the folder's verified point, after a passing check. */
export function keepVerifiedPoint(f: ForensicDb, stateDir: string, now: Date): void {
  const tip = f.sqlite
    .prepare('select e.seq, e.chain_seq, e.hash, e.installation_id from audit_event e join installation i on i.id = e.installation_id and i.local = 1 order by e.chain_seq desc limit 1')
    .get() as { seq: number; chain_seq: number; hash: string; installation_id: string } | undefined
  if (!tip) return
  mkdirSync(stateDir, { recursive: true })
  const file = fileOf(stateDir, f.dataDir)
  const point: StoredPoint = { installationId: tip.installation_id, seq: tip.chain_seq, hash: tip.hash, storedSeq: tip.seq, verifiedAt: now.toISOString() }
  writeFileSync(`${file}.tmp`, `${JSON.stringify(point)}\n`)
  renameSync(`${file}.tmp`, file)
}
