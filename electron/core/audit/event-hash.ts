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
  if (event.hashVersion === 2) {
    return sha256(
      canonicalJson({
        hashVersion: 2,
        id: event.id,
        installationId: event.installationId,
        chainSeq: event.chainSeq,
        prevHash: event.prevHash,
        ...content
      })
    )
  }
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

const afterMarker = '\u0000canonical-after\u0000'
const beforeMarker = '\u0000canonical-before\u0000'

/**
 * {@link eventHash} of a rule-2 event whose `after` is given as its RFC 8785
 * text already (a batch event holding hundreds of rows, whose text is made
 * once for the column and spliced into the hashed JSON rather than made again).
 */
export function eventHashWithAfterJson(event: Omit<ChainedEvent, 'after' | 'hashVersion'>, afterJson: string): string {
  return eventHashOfTexts(event, canonicalJson(event.before ?? null), afterJson)
}

/**
 * The rule-2 hash over `before` and `after` given as text, spliced as they
 * are into the event's RFC 8785 JSON. For the texts an event stores, this is
 * its hash exactly when they are the canonical texts the writer hashed:
 * `verify` recomputes an event so without serialising its content again, and
 * serialises it only when this differs (a stored text that is not canonical).
 *
 * @throws Error when another field of the event holds a marker's text.
 */
export function eventHashOfTexts(event: Omit<ChainedEvent, 'before' | 'after' | 'hashVersion'>, beforeJson: string, afterJson: string): string {
  const text = canonicalJson({
    hashVersion: 2,
    id: event.id,
    installationId: event.installationId,
    chainSeq: event.chainSeq,
    prevHash: event.prevHash,
    actor: event.actor,
    at: event.at,
    channel: event.channel,
    entity: event.entity,
    before: beforeMarker,
    after: afterMarker
  })
  // RFC 8785 orders the keys: "after" comes before "before".
  const [head, rest, ...more] = text.split(canonicalJson(afterMarker))
  const [middle, tail, ...moreBefore] = (rest ?? '').split(canonicalJson(beforeMarker))
  if (rest === undefined || more.length > 0 || tail === undefined || moreBefore.length > 0) throw new Error('event text holds a content marker')
  return createHash('sha256').update(head!).update(afterJson).update(middle!).update(beforeJson).update(tail).digest('hex')
}
