import type { CustodianKind } from '../../shared/sampling'

/** One handover as recorded; events are appended, never edited, and voided with a reason. */
export interface CustodyEvent {
  id: string
  relinquishedBy: string
  receivedBy: string
  receiverKind: CustodianKind
  /** When the handover happened (ISO instant). */
  at: string
  place: string
  condition: string
  temperatureC: number | null
  sealIntact: boolean
  voided: boolean
  /** When the event was written down: the order of appending (ISO instant). */
  recordedAt: string
}

/** Where a sample is: with its sampler, a person, a courier, a lab, or a store. */
export type CustodyStatus = 'collected' | 'held' | 'in_transit' | 'at_lab' | 'in_storage'

/**
 * A problem in the chain:
 * - `gap`: the relinquisher is not who held the sample before;
 * - `out_of_order`: written down after a handover that happened later (a back-dated entry);
 * - `before_collection`: a handover before the sample was taken;
 * - `broken_seal`: the receiver found the seal broken;
 * - `no_lab_receipt`: the sample has results but no recorded handover to a laboratory;
 * - `analysed_before_receipt`: a result was analysed before the laboratory received the sample.
 */
export interface CustodyFlag {
  kind: CustodyFlagKind
  eventId: string
  /** The facts the renderer words the flag with (instants as ISO UTC, names as typed, a parameter's key): codes, never sentences. */
  facts: CustodyFlagFacts
}

export type CustodyFlagFacts = Record<string, string>

export type CustodyFlagKind = 'gap' | 'out_of_order' | 'before_collection' | 'broken_seal' | 'no_lab_receipt' | 'analysed_before_receipt'

/** A result as the chain sees it: when it was analysed. */
export interface Analysis {
  parameterKey: string
  analysedAt: string
}

export interface CustodyChain {
  holder: string
  holderKind: CustodianKind
  status: CustodyStatus
  /** Since when the holder has had it: the last handover, or the sampling time. */
  since: string
  /** Valid events in the order of their handover time. */
  events: CustodyEvent[]
  flags: CustodyFlag[]
  /** Any gap, back-dated or impossible handover: the chain cannot be shown unbroken. */
  broken: boolean
  sealBroken: boolean
  /** When a laboratory first received the sample, or null while none has. */
  labReceivedAt: string | null
  /**
   * The chain is complete (保管链完整) only when it runs from the sampler to a
   * receiving laboratory without a gap, back-dated or impossible handover,
   * and the laboratory had the sample before each analysis: a result whose
   * sample the chain does not place in the laboratory is not shown to come
   * from that sample (EcoCase's rule, issue 13).
   */
  complete: boolean
}

const STATUS_OF_KIND: Record<CustodianKind, CustodyStatus> = {
  person: 'held',
  courier: 'in_transit',
  lab: 'at_lab',
  storage: 'in_storage'
}

// Names are typed by hand on a laptop and on a lab's form: "李 明" and "李明"
// are one person, and so are "ABC Lab" and "abc lab".
function samePerson(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase()
  return norm(a) === norm(b)
}

/**
 * Derives who holds a sample now and whether its chain of custody is whole.
 * Voided events are ignored. The chain follows the handover times (ties in
 * the order written); each handover must come from the previous receiver,
 * the first from the sampler.
 *
 * @param collection the sampler and the sampling time, where the chain starts.
 */
export function deriveCustody(
  collection: { sampler: string; sampledAt: string },
  events: readonly CustodyEvent[],
  analyses: readonly Analysis[] = []
): CustodyChain {
  const valid = events.filter((e) => !e.voided)
  const byRecording = [...valid].sort((a, b) => compareInstants(a.recordedAt, b.recordedAt))
  const chain = byRecording
    .map((event, order) => ({ event, order }))
    .sort((a, b) => compareInstants(a.event.at, b.event.at) || a.order - b.order)
    .map(({ event }) => event)

  const flags: CustodyFlag[] = []
  let holder = collection.sampler
  let holderKind: CustodianKind = 'person'
  let since = collection.sampledAt
  let status: CustodyStatus = 'collected'
  for (const event of chain) {
    if (compareInstants(event.at, collection.sampledAt) < 0) {
      flags.push({ kind: 'before_collection', eventId: event.id, facts: { at: event.at, sampledAt: collection.sampledAt } })
    }
    if (!samePerson(event.relinquishedBy, holder)) {
      flags.push({ kind: 'gap', eventId: event.id, facts: { relinquishedBy: event.relinquishedBy, holder } })
    }
    if (!event.sealIntact) {
      flags.push({ kind: 'broken_seal', eventId: event.id, facts: { receivedBy: event.receivedBy } })
    }
    holder = event.receivedBy
    holderKind = event.receiverKind
    since = event.at
    status = STATUS_OF_KIND[event.receiverKind]
  }
  flags.push(...backDated(byRecording))
  const labReceipt = chain.find((e) => e.receiverKind === 'lab') ?? null
  if (labReceipt === null && analyses.length > 0) {
    flags.push({ kind: 'no_lab_receipt', eventId: '', facts: {} })
  }
  if (labReceipt !== null) {
    for (const analysis of analyses) {
      if (compareInstants(analysis.analysedAt, labReceipt.at) < 0) {
        flags.push({
          kind: 'analysed_before_receipt',
          eventId: labReceipt.id,
          facts: { parameterKey: analysis.parameterKey, analysedAt: analysis.analysedAt, receivedBy: labReceipt.receivedBy, receivedAt: labReceipt.at }
        })
      }
    }
  }
  const broken = flags.some((f) => f.kind !== 'broken_seal')

  return {
    holder,
    holderKind,
    status,
    since,
    events: chain,
    flags,
    broken,
    sealBroken: flags.some((f) => f.kind === 'broken_seal'),
    labReceivedAt: labReceipt?.at ?? null,
    complete: !broken && labReceipt !== null
  }
}

/** Events written down after one whose handover came later than theirs. */
function backDated(byRecording: readonly CustodyEvent[]): CustodyFlag[] {
  const flags: CustodyFlag[] = []
  let latest: CustodyEvent | null = null
  for (const event of byRecording) {
    if (latest && compareInstants(event.at, latest.at) < 0) {
      flags.push({ kind: 'out_of_order', eventId: event.id, facts: { at: event.at, laterAt: latest.at } })
    }
    if (!latest || compareInstants(event.at, latest.at) > 0) latest = event
  }
  return flags
}

function compareInstants(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b)
}
