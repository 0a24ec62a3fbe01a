import { eventHash, eventHashOfTexts, genesisHash } from './event-hash'
import { chainPointSignatureValid, publicKeyHex, readKeyFile } from './installation'
import { chainHeadType, readHeadFile, type SignedChainHead } from './chain-head'
import type { ForensicDb } from './forensic-db'
import { importedChains } from './imported-events'
import type { Findings } from './forensic-report'
import { headReason, type VerifyPart } from '../../shared/verify-reasons'

/** One installation's chain as `verify` found it. */
export interface ChainSummary {
  /** Null for the single chain of a folder not yet upgraded to installations. */
  installationId: string | null
  local: boolean
  events: number
  tip: { seq: number; hash: string } | null
  heads: number
  lastHead: { seq: number; signedAt: string; reason: string } | null
}

/** A row of `audit_event` as SQLite stores it (snake-case columns, read without kysely). */
export interface EventRow {
  seq: number
  id: string
  at: string
  actor_id: string
  actor_name: string
  channel: string
  entity_type: string
  entity_id: string
  before_json: string | null
  after_json: string | null
  prev_hash: string
  hash: string
  installation_id: string | null
  chain_seq: number | null
  hash_version: number
  signature: string | null
}

const page = 500
const progressStep = 500

/**
 * Recomputes every installation's chain from its first event, streamed
 * (memory does not grow with the chain): each event's place, its link
 * to the one before, its hash under its own rule; every signed head kept in
 * the chain against the chain itself and the installation's public key; the
 * signature of every event after the last signed head (so an event appended
 * with a correctly computed hash but without the key is caught); and the
 * chain's end against the head file beside the database (so a chain cut
 * short is caught).
 */
/** Where an incremental check starts a chain: the point a passing check reached, taken as verified. */
export interface VerifiedPoint {
  installationId: string
  seq: number
  hash: string
}

export function checkChains(f: ForensicDb, findings: Findings, from: VerifiedPoint | null = null, progress?: (events: number) => void): ChainSummary[] {
  const chains = f.hasInstallations
    ? (f.sqlite.prepare('select distinct installation_id as id from audit_event order by installation_id').all() as { id: string | null }[]).map((r) => r.id)
    : [null]
  if (!f.hasInstallations) findings.note('note_not_upgraded')
  const imported = importedChains(f)
  const summaries = chains.map((id) => checkChain(f, id, id !== null && imported.has(id), findings, from && from.installationId === id ? from : null, progress))
  if (f.hasInstallations) checkIdentity(f, summaries, findings)
  return summaries
}

function checkChain(f: ForensicDb, installationId: string | null, foreign: boolean, findings: Findings, from: VerifiedPoint | null, progress?: (events: number) => void): ChainSummary {
  const installation = installationId
    ? (f.sqlite.prepare('select public_key, local from installation where id = ?').get(installationId) as { public_key: string; local: number } | undefined)
    : undefined
  const name: VerifyPart = installationId ? { reason: 'chain_of_installation', params: { installation: installationId } } : { reason: 'chain_legacy' }
  if (installationId && !installation) findings.add('identity', 'identity_no_installation', { chain: name })
  const next = pager(f, installationId)

  let expected = (from?.seq ?? 0) + 1
  let prevHash = from?.hash ?? genesisHash
  let events = from?.seq ?? 0
  let heads = 0
  // From a verified point, the heads before it were verified then; the last of them still vouches for what follows it.
  let lastHeadEventSeq = from
    ? ((f.sqlite.prepare('select max(chain_seq) from audit_event where installation_id = ? and entity_type = ? and chain_seq <= ?').pluck().get(installationId, chainHeadType, from.seq) as number | null) ?? 0)
    : 0
  let lastHead: ChainSummary['lastHead'] = null
  let tip: ChainSummary['tip'] = from ? { seq: from.seq, hash: from.hash } : null
  let counted = 0
  for (const row of next(from?.seq ?? 0)) {
    if (++counted === progressStep) {
      progress?.(counted)
      counted = 0
    }
    const seq = installationId ? row.chain_seq! : expected
    events++
    // Worded only for a finding: two million events make the text's cost count.
    const where = (): VerifyPart => ({ reason: 'event_in_chain', params: { chain: name, seq, channel: row.channel, entity: `${row.entity_type} ${row.entity_id}`, at: row.at } })
    if (seq > expected) {
      // Another installation's chain holds only what its packages carried (the events of the cases shared with this one).
      if (!foreign) findings.add('chain', 'chain_events_missing', { chain: name, range: `${expected}${seq - 1 > expected ? `–${seq - 1}` : ''}` })
    } else if (row.prev_hash !== prevHash) {
      findings.add('chain', 'chain_link_broken', { event: where() })
    }
    const recomputed = recomputeHash(row, installationId ?? '', seq)
    if (recomputed === null) findings.add('chain', 'chain_event_unreadable', { event: where() })
    else if (recomputed !== row.hash) findings.add('chain', 'chain_event_altered', { event: where() })
    if (foreign && row.signature !== null && installation && !chainPointSignatureValid(installation.public_key, { installationId: installationId!, seq, hash: row.hash }, row.signature)) {
      findings.add('signature', 'chain_event_forged', { event: where() })
    }

    if (row.entity_type === chainHeadType && installationId) {
      heads++
      lastHeadEventSeq = seq
      const head = parseHead(row.after_json)
      if (!head) {
        findings.add('signature', 'chain_head_unreadable', { event: where() })
      } else {
        lastHead = { seq: head.seq, signedAt: head.signedAt, reason: head.reason }
        checkSignedHead(f, name, where(), head, installationId, installation?.public_key, seq, row.prev_hash, findings)
      }
    }
    expected = seq + 1
    prevHash = row.hash
    tip = { seq, hash: row.hash }
  }
  progress?.(counted)
  // Another installation's events are vouched for by the signed manifests of the packages that brought them (see imported-events).
  if (installationId && installation && !foreign) checkTailSignatures(f, name, installationId, installation.public_key, lastHeadEventSeq, findings)
  return { installationId, local: installation?.local === 1, events, tip, heads, lastHead }
}

/**
 * Streams one chain in order from a statement, so memory holds one event
 * whatever the events hold: a page of 500 batch events (500 result rows each,
 * half a megabyte of text) held 270 MB at once.
 */
function pager(f: ForensicDb, installationId: string | null): (after: number) => IterableIterator<EventRow> {
  if (installationId) {
    const stmt = f.sqlite.prepare('select * from audit_event where installation_id = ? and chain_seq > ? order by chain_seq')
    return (after) => stmt.iterate(installationId, after) as IterableIterator<EventRow>
  }
  // A folder not yet upgraded (or events not yet given a chain): one chain in storage order, from its start.
  const stmt = f.hasInstallations
    ? f.sqlite.prepare('select * from audit_event where installation_id is null order by seq')
    : f.sqlite.prepare('select *, 1 as hash_version from audit_event order by seq')
  return () => stmt.iterate() as IterableIterator<EventRow>
}

/**
 * The event's hash under its own rule, or null when its content is not JSON.
 * A rule-2 event stores the canonical texts it hashed, so they are spliced in
 * as stored first; only a text that is not canonical (the hash then differs)
 * is parsed and serialised again. The texts must parse: a JSON text cannot
 * run into the hashed text around it, so a stored text that hashes right is
 * the one the writer hashed.
 */
function recomputeHash(row: EventRow, installationId: string, chainSeq: number): string | null {
  let before: unknown
  let after: unknown
  try {
    before = row.before_json === null ? null : JSON.parse(row.before_json)
    after = row.after_json === null ? null : JSON.parse(row.after_json)
  } catch {
    return null
  }
  const event = {
    id: row.id,
    installationId,
    chainSeq,
    prevHash: row.prev_hash,
    actor: { id: row.actor_id, name: row.actor_name },
    at: row.at,
    channel: row.channel,
    entity: { type: row.entity_type, id: row.entity_id }
  }
  try {
    if (row.hash_version === 2) {
      const spliced = eventHashOfTexts(event, row.before_json ?? 'null', row.after_json ?? 'null')
      if (spliced === row.hash) return spliced
    }
    return eventHash({ ...event, hashVersion: row.hash_version, before, after })
  } catch {
    return null
  }
}

function parseHead(json: string | null): SignedChainHead | null {
  try {
    const head = JSON.parse(json ?? 'null') as SignedChainHead | null
    return head && Number.isInteger(head.seq) && typeof head.hash === 'string' && typeof head.signature === 'string' ? head : null
  } catch {
    return null
  }
}

/** A head kept in the chain must be signed by the installation and name the event the chain holds at its sequence. */
function checkSignedHead(
  f: ForensicDb,
  name: VerifyPart,
  where: VerifyPart,
  head: SignedChainHead,
  installationId: string,
  publicKey: string | undefined,
  factSeq: number,
  factPrevHash: string,
  findings: Findings
) {
  const signed: VerifyPart = { reason: 'head_signed', params: { signedAt: head.signedAt, reason: headReason(head.reason) } }
  if (head.installationId !== installationId) findings.add('signature', 'head_other_installation', { event: where, head: signed, installation: head.installationId })
  if (publicKey && !chainPointSignatureValid(publicKey, { installationId, seq: head.seq, hash: head.hash }, head.signature)) {
    findings.add('signature', 'head_forged', { event: where, head: signed })
  }
  const stored =
    head.seq === factSeq - 1
      ? factPrevHash
      : head.seq === 0
        ? genesisHash
        : (f.sqlite.prepare('select hash from audit_event where installation_id = ? and chain_seq = ?').get(installationId, head.seq) as { hash: string } | undefined)?.hash
  if (stored !== head.hash) {
    findings.add('signature', 'head_mismatch', { chain: name, seq: head.seq, head: signed })
  }
}

/** Events after the last signed head are vouched for by nothing but their own signatures. */
function checkTailSignatures(f: ForensicDb, name: VerifyPart, installationId: string, publicKey: string, fromSeq: number, findings: Findings) {
  const stmt = f.sqlite.prepare('select chain_seq, hash, signature, channel, at from audit_event where installation_id = ? and chain_seq >= ? order by chain_seq limit ?')
  let from = Math.max(fromSeq, 1)
  for (;;) {
    const rows = stmt.all(installationId, from, page) as Pick<EventRow, 'chain_seq' | 'hash' | 'signature' | 'channel' | 'at'>[]
    for (const row of rows) {
      const where: VerifyPart = { reason: 'event_in_chain_short', params: { chain: name, seq: row.chain_seq!, channel: row.channel, at: row.at } }
      if (row.signature === null) findings.add('signature', 'tail_unsigned', { event: where })
      else if (!chainPointSignatureValid(publicKey, { installationId, seq: row.chain_seq!, hash: row.hash }, row.signature)) {
        findings.add('signature', 'tail_forged', { event: where })
      }
    }
    if (rows.length < page) return
    from = rows.at(-1)!.chain_seq! + 1
  }
}

/** The local key file must match the recorded public key, and the chain must reach the last head written beside the database. */
function checkIdentity(f: ForensicDb, chains: ChainSummary[], findings: Findings) {
  const local = f.sqlite.prepare('select id, public_key from installation where local = 1').get() as { id: string; public_key: string } | undefined
  if (!local) {
    findings.note('note_no_identity')
    return
  }
  try {
    const key = readKeyFile(f.dataDir)
    if (key && publicKeyHex(key) !== local.public_key) findings.add('identity', 'identity_key_mismatch', { installation: local.id })
  } catch {
    findings.note('note_key_unreadable')
  }
  const file = readHeadFile(f.dataDir)
  if (file === null) {
    if ((chains.find((c) => c.installationId === local.id)?.heads ?? 0) > 0) findings.note('note_head_file_missing')
    return
  }
  if (file === 'unreadable') {
    findings.add('identity', 'head_file_unreadable')
    return
  }
  const chain = chains.find((c) => c.installationId === file.installationId)
  const publicKey = (f.sqlite.prepare('select public_key from installation where id = ?').get(file.installationId) as { public_key: string } | undefined)?.public_key
  if (!publicKey || !chainPointSignatureValid(publicKey, file, file.signature)) {
    findings.add('identity', 'head_file_forged')
    return
  }
  const tipSeq = chain?.tip?.seq ?? 0
  if (tipSeq < file.seq) {
    findings.add('chain', 'chain_truncated', { signedAt: file.signedAt, seq: file.seq, tipSeq, lost: file.seq - tipSeq })
    return
  }
  const stored = (f.sqlite.prepare('select hash from audit_event where installation_id = ? and chain_seq = ?').get(file.installationId, file.seq) as { hash: string } | undefined)?.hash
  if (stored !== file.hash) findings.add('chain', 'head_file_mismatch', { seq: file.seq, signedAt: file.signedAt })
}
