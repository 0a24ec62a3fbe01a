import type { Generated } from 'kysely'

/**
 * Append-only, hash-chained record of every change. `seq` is the order in
 * which this database stored its events; `chainSeq` is the event's place in
 * its installation's own chain (events from another installation keep their
 * chain), hash-linked through `prevHash`.
 */
export interface AuditEventTable {
  seq: Generated<number>
  id: string
  at: string
  actorId: string
  actorName: string
  channel: string
  entityType: string
  entityId: string
  beforeJson: string | null
  afterJson: string | null
  prevHash: string
  hash: string
  /** Null only for events written before the folder had an installation identity, until it is made. */
  installationId: string | null
  chainSeq: number | null
  /** The hash rule the event was written under (see `event-hash.ts`). */
  hashVersion: Generated<number>
  /** The installation's Ed25519 signature of the chain head at this event, or null (written during a migration, or before identities). */
  signature: string | null
}

/** An EcoCase installation (a data folder) whose chain this database holds; `local` marks this folder's own. */
export interface InstallationTable {
  id: string
  /** Ed25519 public key, 64 hex digits. */
  publicKey: string
  local: number
  createdAt: string
  /** The name on the installation's pairing card; null until set (the host name stands in). */
  name: Generated<string | null>
}

export interface AuditTables {
  auditEvent: AuditEventTable
  installation: InstallationTable
}
