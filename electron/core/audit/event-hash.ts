import { createHash } from 'node:crypto'
import { canonicalJson } from './canonical-json'

/** The hash the first event of a chain points back to. */
export const genesisHash = '0'.repeat(64)

/**
 * The hash rule an event was written under, stored with it so an event keeps
 * verifying after the rule changes:
 * - 1: SHA-256 over the previous hash (hex text) followed by the canonical
 *   JSON of `{actor, at, channel, entity, before, after}`. Events written
 *   before installations existed; they form the start of the first
 *   installation's chain. Their canonical JSON was a hand-written sorted-key
 *   `JSON.stringify`, which yields the same bytes as RFC 8785 for the parsed
 *   JSON they hold, so JCS recomputes them.
 * - 2: SHA-256 over the RFC 8785 JSON of the whole event: its id, its chain
 *   (installation id and sequence in that installation's chain), the
 *   previous hash and the content, so an event cannot be moved to another
 *   position or chain without its hash changing.
 */
export type HashVersion = 1 | 2
export const currentHashVersion: HashVersion = 2

export interface ChainedEvent {
  hashVersion: number
  id: string
  installationId: string
  chainSeq: number
  prevHash: string
  actor: { id: string; name: string }
  at: string
  channel: string
  entity: { type: string; id: string }
  before: unknown
  after: unknown
}

/** The event's hash under its own rule. @throws Error for an unknown rule. */
export function eventHash(event: ChainedEvent): string {
  const content = {
    actor: event.actor,
    at: event.at,
    channel: event.channel,
    entity: event.entity,
    before: event.before ?? null,
    after: event.after ?? null
  }
  if (event.hashVersion === 1) return sha256(event.prevHash + canonicalJson(content))
  if (event.hashVersion === 2) return eventHashOfTexts(event, canonicalJson(content.before), canonicalJson(content.after))
  throw new Error(`unknown hash rule ${event.hashVersion}`)
}

/** A point of one installation's chain: the event at `seq` has `hash`. */
export interface ChainPoint {
  installationId: string
  seq: number
  hash: string
}

/**
 * The bytes an installation signs to vouch for its chain up to a point (a
 * signed chain head): RFC 8785 JSON, so any Ed25519 tool can check it.
 * Every event's own signature is over the same message for that event.
 */
export function chainHeadMessage(point: ChainPoint): string {
  return canonicalJson({ type: 'ecocase.chain-head', installationId: point.installationId, seq: point.seq, hash: point.hash })
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/**
 * {@link eventHash} of a rule-2 event whose `after` is given as its RFC 8785
 * text already (a batch event holding hundreds of rows, whose text is made
 * once for the column and put into the hashed JSON rather than made again).
 */
export function eventHashWithAfterJson(event: Omit<ChainedEvent, 'after' | 'hashVersion'>, afterJson: string): string {
  return eventHashOfTexts(event, canonicalJson(event.before ?? null), afterJson)
}

/**
 * The rule-2 hash with `before` and `after` given as RFC 8785 texts. For
 * the texts an event stores, this is its hash exactly when they are the
 * canonical texts the writer hashed: `verify` recomputes an event so without
 * serialising its content again, and serialises it only when this differs
 * (a stored text that is not canonical).
 */
export function eventHashOfTexts(event: Omit<ChainedEvent, 'before' | 'after' | 'hashVersion'>, beforeJson: string, afterJson: string): string {
  return sha256(ruleTwoText(event, beforeJson, afterJson))
}

type Envelope = Omit<ChainedEvent, 'before' | 'after' | 'hashVersion'>

/**
 * The RFC 8785 text of a rule-2 event, written directly: its keys are fixed
 * and in the RFC's order (UTF-16 code units: actor, after, at, before,
 * chainSeq, channel, entity, hashVersion, id, installationId, prevHash), its
 * fields strings, which RFC 8785 writes as ECMAScript's JSON.stringify does,
 * and an integer. Walking the object through the JCS package for each of
 * two million events was a third of a province's `verify`; a field of
 * another type (a row altered outside the app) goes through the package.
 * The property test holds this to the package's bytes.
 */
function ruleTwoText(event: Envelope, beforeJson: string, afterJson: string): string {
  const fields = [event.actor.id, event.actor.name, event.at, event.channel, event.entity.id, event.entity.type, event.id, event.installationId, event.prevHash]
  if (!Number.isSafeInteger(event.chainSeq) || !fields.every((f) => typeof f === 'string')) {
    const { id, installationId, chainSeq, prevHash, actor, at, channel, entity } = event
    // The two numbers stand in for the content texts: any other "after"/"before" key text would be inside an escaped string.
    const marked = canonicalJson({ hashVersion: 2, id, installationId, chainSeq, prevHash, actor, at, channel, entity, before: 0, after: 1 })
    return marked.replace('"after":1,', () => `"after":${afterJson},`).replace('"before":0,', () => `"before":${beforeJson},`)
  }
  const q = JSON.stringify
  return (
    `{"actor":{"id":${q(event.actor.id)},"name":${q(event.actor.name)}},"after":${afterJson},"at":${q(event.at)},"before":${beforeJson},` +
    `"chainSeq":${event.chainSeq},"channel":${q(event.channel)},"entity":{"id":${q(event.entity.id)},"type":${q(event.entity.type)}},` +
    `"hashVersion":2,"id":${q(event.id)},"installationId":${q(event.installationId)},"prevHash":${q(event.prevHash)}}`
  )
}
