import { z } from 'zod'
import type { ErrorPart } from './errors'

/** An installation's pairing card: `pair --show` prints it as one JSON line; the other side registers it with `pair --add`. */
export interface InstallationCard {
  installationId: string
  name: string
  /** Ed25519 public key, 64 hex digits. */
  publicKey: string
  /** Eight groups of four hex digits, compared by eye when pairing. */
  fingerprint: string
}

export interface Partner extends InstallationCard {
  /** The investigator (expert) whose laptop it is, or null. */
  expertId: string | null
  pairedAt: string
  revision: number
}

/** What an export wrote. */
export interface PackageSummary {
  packageId: string
  kind: 'case' | 'changes'
  file: string
  destination: string
  caseNumber: string | null
  events: number
  attachments: number
}

/** What an import did: how many events came in (and were already here), the records changed, the conflicts waiting, the warnings (a drifting clock). */
export interface ImportReport {
  packageId: string
  kind: 'case' | 'changes' | 'receipt'
  source: { installationId: string; name: string }
  events: number
  alreadyPresent: number
  rowsChanged: number
  conflicts: number
  /** Records by table that came in or changed: `{sample: 3, lab_result: 12}`. */
  tables: Record<string, number>
  /** Worded by the screen or the CLI in its language (package-reasons.ts). */
  warnings: ErrorPart[]
  /** The receipt for the source, when one was made. */
  receiptFile: string | null
}

/** A record changed on both sides, field by field. */
export interface ExchangeConflict {
  id: string
  packageId: string
  entityType: string
  entityId: string
  caseId: string | null
  status: 'open' | 'resolved'
  /** Every column that differs between the two sides: the value here, the value from the other side, and the value both last shared. */
  fields: { column: string; local: unknown; incoming: unknown; base: unknown }[]
  localDeleted: boolean
  incomingDeleted: boolean
  resolvedAt: string | null
  resolvedBy: string | null
  revision: number
}

/** Which installation last sent or received what for one case. */
export interface CaseExchangeEntry {
  packageId: string
  direction: 'out' | 'in'
  kind: 'case' | 'changes' | 'receipt'
  partner: string
  partnerName: string
  at: string
  events: number
}

export const pairInput = z.object({
  card: z.string().min(2).max(2000),
  expertId: z.string().min(1).nullable().default(null)
})

export const exportPackageInput = z
  .object({
    to: z.string().uuid(),
    caseId: z.string().min(1).optional(),
    caseNumber: z.string().min(1).optional(),
    changes: z.boolean().default(false),
    /** Where to write the package: the CLI only; the app writes into the data folder's outbox. */
    file: z.string().min(1).optional()
  })
  .refine((v) => v.changes !== (v.caseId !== undefined || v.caseNumber !== undefined), { message: 'case_or_changes' })

export const importPackageInput = z
  .object({
    /** A package file: the CLI only. */
    file: z.string().min(1).optional(),
    /** A package uploaded into the data folder's inbox, by its name there. */
    inboxName: z
      .string()
      .regex(/^[0-9a-zA-Z._-]{1,120}$/)
      .optional(),
    receiptFile: z.string().min(1).optional()
  })
  .refine((v) => (v.file === undefined) !== (v.inboxName === undefined), { message: 'package_needed' })

export const resolveConflictInput = z.object({
  conflictId: z.string().min(1),
  revision: z.number().int().min(0),
  /** Per differing column, which side's value to keep; a column left out keeps the local value. For a deleted side, `keep` names the side. */
  choices: z.record(z.string(), z.enum(['local', 'incoming'])).default({}),
  keep: z.enum(['local', 'incoming', 'fields']).default('fields')
})

export const caseExchangeQuery = z.object({ caseId: z.string().min(1) })

export const conflictListQuery = z.object({ status: z.enum(['open', 'resolved']).optional(), caseId: z.string().min(1).optional() })

/** A package uploaded into the data folder's inbox, named there by the app (never by the sender). */
export interface InboxPackage {
  inboxName: string
  sizeBytes: number
}

/**
 * The largest package the app accepts by upload. A case package carries its
 * attachments (each at most 50 MB, see maxAttachmentBytes); larger transfers
 * go through the CLI's `import-package FILE`.
 */
export const maxPackageBytes = 1024 * 1024 * 1024

/** The name of a file the app wrote into its outbox: a package (`<id>.ecocase`) or a receipt (`<id>.receipt.ecocase`). */
export const outboxFileName = /^[0-9a-zA-Z-]{1,64}(\.receipt)?\.ecocase$/
