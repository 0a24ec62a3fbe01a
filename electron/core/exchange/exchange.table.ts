import type { StampColumns } from '../db/record-stamp'

/** An installation this one exchanges packages with: its identity as an administrator registered it from its card. */
export interface PartnerTable extends StampColumns {
  installationId: string
  name: string
  /** Ed25519 public key, 64 hex digits. */
  publicKey: string
  fingerprint: string
  /** The investigator whose laptop it is, or null (the court, another court). */
  expertId: string | null
}

/** A package made here (`out`) or imported here (`in`), with its signed manifest. */
export interface ExchangePackageTable extends StampColumns {
  id: string
  direction: 'out' | 'in'
  kind: 'case' | 'changes' | 'receipt'
  sourceInstallationId: string
  destinationInstallationId: string
  caseId: string | null
  /** The source's clock when it made the package. */
  sourceCreatedAt: string
  events: number
  attachments: number
  fromSeq: number
  toSeq: number
  toHash: string
  acknowledges: string | null
  conflicts: number
  manifestJson: string
  signature: string
}

/** A record changed on both sides since the last exchange, waiting for (or settled by) a person. */
export interface ExchangeConflictTable extends StampColumns {
  id: string
  packageId: string
  entityType: string
  entityId: string
  caseId: string | null
  baseJson: string | null
  localJson: string | null
  incomingJson: string | null
  status: 'open' | 'resolved'
  resolvedAt: string | null
  resolvedBy: string | null
  resolutionJson: string | null
}

export interface ExchangeHeldEventTable {
  eventId: string
  reason: 'conflict' | 'superseded'
  conflictId: string | null
}

export interface ExchangeTables {
  partner: PartnerTable
  exchangePackage: ExchangePackageTable
  exchangeConflict: ExchangeConflictTable
  exchangeHeldEvent: ExchangeHeldEventTable
}
