import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Kysely, Transaction } from 'kysely'
import type { Core } from '../core'
import type { Database } from '../db/database'
import { appendAuditEvent, localInstallationId } from './audit-chain'
import { genesisHash, type ChainPoint } from './event-hash'
import { signChainPoint, signingKeyOf } from './installation'

/** Why a head was signed. */
export type HeadReason = 'backup' | 'print' | 'daily' | 'open' | 'close'

/** The entity type of the fact that keeps a signed head in the chain (a dotted type: row replay ignores it). */
export const chainHeadType = 'chain.head'

/** The installation's signature over its chain up to `seq`, whose event has `hash`. */
export interface SignedChainHead extends ChainPoint {
  signature: string
  signedAt: string
  reason: HeadReason
}

/**
 * The latest signed head, kept beside the database (`chain-head.json`) so
 * that a chain cut short after it (events deleted from the end, the head
 * fact among them) is found by `verify`. It names the head fact's own event
 * with that event's signature.
 */
export const headFileName = 'chain-head.json'

export interface HeadFile extends ChainPoint {
  signature: string
  signedAt: string
}

/**
 * Signs this installation's chain head and keeps the signed head in the
 * chain as a `chain.head` fact: at every backup, every print and at least
 * daily. Truncation, a recomputed chain or a forged tail is then caught by
 * `verify` against any earlier signed head (and against the copy a backup
 * manifest or a printed document carries). Runs its own transaction: never
 * call it inside another one.
 *
 * @param actor who caused it (the user printing); the installation itself by default.
 * @returns the signed head: installation id, the sequence and hash of the last event before the fact, and the signature.
 * @throws Error when the folder has no installation key loaded (opened read-only).
 */
export async function signChainHead(core: Core, reason: HeadReason, actor?: { id: string; name: string }): Promise<SignedChainHead> {
  const head = await core.db.transaction().execute((trx) => signChainHeadWithin(trx, core, reason, actor))
  await recordHeadFile(core)
  return head
}

/**
 * {@link signChainHead} inside the caller's transaction (a print that keeps
 * its document beside the head); the caller then calls {@link recordHeadFile}
 * once the transaction has committed.
 */
export async function signChainHeadWithin(
  trx: Transaction<Database>,
  core: Pick<Core, 'now' | 'newId'>,
  reason: HeadReason,
  actor?: { id: string; name: string }
): Promise<SignedChainHead> {
  const installationId = await localInstallationId(trx)
  const key = installationId && signingKeyOf(installationId)
  if (!installationId || !key) throw new Error('此数据文件夹的安装密钥未载入（只读打开？），无法签署审计链头')
  const tip = await chainTip(trx, installationId)
  const point = { installationId, seq: tip?.chainSeq ?? 0, hash: tip?.hash ?? genesisHash }
  const signedAt = core.now().toISOString()
  const head: SignedChainHead = { ...point, signature: signChainPoint(key, point), signedAt, reason }
  await appendAuditEvent(trx, core.newId(), {
    actor: actor ?? { id: `installation:${installationId}`, name: 'EcoCase' },
    at: signedAt,
    channel: chainHeadType,
    entity: { type: chainHeadType, id: `${installationId}/${point.seq}` },
    before: null,
    after: head
  })
  return head
}

/** Writes the chain's last event, signed, to the head file beside the database (after a head was signed and committed). */
export async function recordHeadFile(core: Pick<Core, 'db' | 'dataDir' | 'now'>): Promise<void> {
  if (core.dataDir === ':memory:') return
  const installationId = await localInstallationId(core.db)
  const tip = installationId && (await chainTip(core.db, installationId))
  if (!installationId || !tip || !tip.signature) return
  writeHeadFile(core.dataDir, { installationId, seq: tip.chainSeq!, hash: tip.hash, signature: tip.signature, signedAt: core.now().toISOString() })
}

/**
 * Signs a head when the chain has events after its last signed head:
 * `open` and `close` whenever it does, `daily` once the last head is a day
 * old. Nothing happens for a read-only database, a chain already ending
 * in a head, or an in-memory one whose events are all signed.
 */
export async function signChainHeadIfDue(core: Core, reason: 'open' | 'close' | 'daily'): Promise<SignedChainHead | null> {
  if (core.sqlite.readonly) return null
  const installationId = await localInstallationId(core.db)
  if (!installationId || !signingKeyOf(installationId)) return null
  const tip = await chainTip(core.db, installationId)
  if (!tip || tip.entityType === chainHeadType) return null
  // An in-memory database (tests) is signed only to vouch for the unsigned baseline its migrations wrote.
  if (core.dataDir === ':memory:' && tip.signature !== null) return null
  if (reason === 'daily') {
    const last = await core.db
      .selectFrom('auditEvent')
      .select('at')
      .where('entityType', '=', chainHeadType)
      .where('installationId', '=', installationId)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst()
    if (last && core.now().getTime() - Date.parse(last.at) < dayMs) return null
  }
  return signChainHead(core, reason)
}

const dayMs = 24 * 60 * 60 * 1000

/** How often a running app checks whether the daily head is due. */
export const dailyHeadCheckMs = 60 * 60 * 1000

async function chainTip(db: Kysely<Database>, installationId: string) {
  return db
    .selectFrom('auditEvent')
    .select(['chainSeq', 'hash', 'signature', 'entityType'])
    .where('installationId', '=', installationId)
    .orderBy('chainSeq', 'desc')
    .limit(1)
    .executeTakeFirst()
}

function writeHeadFile(dataDir: string, head: HeadFile): void {
  const file = join(dataDir, headFileName)
  const tmp = `${file}.tmp-${process.pid}`
  writeFileSync(tmp, `${JSON.stringify(head, null, 2)}\n`)
  renameSync(tmp, file)
}

/** The head file of a data folder, null when there is none; `'unreadable'` when it is not a head file. */
export function readHeadFile(dataDir: string): HeadFile | null | 'unreadable' {
  let text: string
  try {
    text = readFileSync(join(dataDir, headFileName), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    return 'unreadable'
  }
  try {
    const head = JSON.parse(text) as HeadFile
    if (typeof head.installationId !== 'string' || !Number.isInteger(head.seq) || typeof head.hash !== 'string' || typeof head.signature !== 'string') return 'unreadable'
    return head
  } catch {
    return 'unreadable'
  }
}
