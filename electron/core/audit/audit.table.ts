import type { Generated } from 'kysely'

/** Append-only, hash-chained record of every change. */
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
}

export interface AuditTables {
  auditEvent: AuditEventTable
}
