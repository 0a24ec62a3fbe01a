import { mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { openAssignmentStatuses } from '../../shared/assignments'
import type { PackageSummary } from '../../shared/exchange'
import type { Call } from '../call'
import { signingKeyOf } from '../audit/installation'
import { attachmentPath } from '../attachments/attachment-store'
import { listAuditedTables, type AuditedTable } from '../records/record-tables'
import { localCard, partnerOf } from './partners'
import { recordPackage } from './package-record'
import { batchInScope, batchTableOf, caseScope, personColumns, resolutionFact, travels, type Scope } from './package-scope'
import { batchEntityType, type BatchContent } from '../audit/batch-events'
import { packageFormatVersion, writePackageFile, type PackageEvent, type PackageManifest, type PackagePerson } from './package-file'
import { appVersion, schemaVersion } from './versions'

/** The folder inside the data folder where the app writes the packages it makes (the CLI writes where `--out` says). */
export function outboxDir(dataDir: string): string {
  return join(dataDir, 'exchange', 'outbox')
}

/**
 * Makes a package for a partner: a case package (the whole case, as the
 * receiving investigator needs it) or a changes package (every change made
 * here since the last package the partner acknowledged). Reads one snapshot
 * of the database, writes the signed file, then records the package sent.
 *
 * @throws AppError `not_found` for an unpaired partner or an unknown case; `forbidden` when the partner's investigator is not assigned to the case.
 */
export async function exportPackage(
  call: Call,
  input: { to: string; caseId?: string; caseNumber?: string; changes: boolean; file?: string }
): Promise<PackageSummary> {
  const { core } = call
  const local = await localCard(core.db)
  const key = signingKeyOf(local.installationId)
  if (!key) throw new AppError('read_only', 'package_key_missing')
  const partner = await partnerOf(core.db, input.to)
  const tables = await listAuditedTables(core.db)
  const packageId = call.newId()
  const file = input.file ? resolve(input.file) : join(outboxDir(core.dataDir), `${packageId}.ecocase`)
  if (!input.file) mkdirSync(outboxDir(core.dataDir), { recursive: true })

  const built = await core.db.connection().execute(async () => {
    const sqlite = core.sqlite
    // One read snapshot: events and rows written meanwhile by another process wait for the next package.
    sqlite.exec('begin')
    try {
      const caseRow = input.changes ? null : findCase(sqlite, input)
      if (caseRow && partner.expertId !== null && !expertAssigned(sqlite, partner.expertId, caseRow.id)) {
        throw new AppError('forbidden', 'export_partner_not_assigned', { partner: partner.name, caseNumber: caseRow.case_number })
      }
      const tip = (sqlite.prepare('select chain_seq, hash from audit_event where installation_id = ? order by chain_seq desc limit 1').get(local.installationId) as
        | { chain_seq: number; hash: string }
        | undefined) ?? { chain_seq: 0, hash: '0'.repeat(64) }
      let seqs: number[]
      let fromSeq = 0
      if (caseRow) {
        seqs = scopeEvents(sqlite, tables, caseScope(sqlite, tables, caseRow.id))
      } else {
        fromSeq = acknowledgedThrough(sqlite, local.installationId, partner.installationId)
        const scope = partner.expertId === null ? null : expertScope(sqlite, tables, partner.expertId)
        seqs = changedEvents(sqlite, tables, local.installationId, fromSeq, scope)
      }
      const bySeq = sqlite.prepare('select * from audit_event where seq = ?')
      const events = seqs.map((seq) => bySeq.get(seq) as PackageEvent & { seq: number })
      const chainIds = [...new Set(events.map((e) => e.installation_id))]
      const chains = chainIds.map((id) => ({
        installationId: id,
        publicKey: (sqlite.prepare('select public_key from installation where id = ?').pluck().get(id) as string | undefined) ?? null
      }))
      const attachments = attachmentsOf(events)
      const people = peopleOf(sqlite, tables, events)
      const manifest: PackageManifest = {
        format: 'ecocase.package',
        formatVersion: packageFormatVersion,
        packageId,
        kind: caseRow ? 'case' : 'changes',
        source: { installationId: local.installationId, name: local.name, publicKey: local.publicKey },
        destination: { installationId: partner.installationId },
        createdAt: core.now().toISOString(),
        appVersion,
        schemaVersion: schemaVersion(),
        caseId: caseRow?.id ?? null,
        caseNumber: caseRow?.case_number ?? null,
        coverage: { fromSeq, toSeq: tip.chain_seq, toHash: tip.hash },
        chains,
        events: events.map((e) => [chainIds.indexOf(e.installation_id), e.chain_seq, e.hash]),
        attachments,
        people,
        receipt: null
      }
      const signature = writePackageFile(
        file,
        manifest,
        key,
        events.map(({ seq: _seq, ...event }) => event),
        (sha256) => readFileSync(attachmentPath(core.dataDir, sha256))
      )
      return { manifest, signature }
    } finally {
      sqlite.exec('commit')
    }
  })

  const { manifest, signature } = built
  await core.db.transaction().execute((trx) =>
    recordPackage({ db: trx, user: call.user, channel: call.channel, now: call.now, newId: call.newId }, 'out', manifest, signature)
  )
  return {
    packageId,
    kind: manifest.kind as 'case' | 'changes',
    file,
    destination: partner.installationId,
    caseNumber: manifest.caseNumber,
    events: manifest.events.length,
    attachments: manifest.attachments.length
  }
}

function findCase(sqlite: BetterSqlite3.Database, input: { caseId?: string; caseNumber?: string }): { id: string; case_number: string } {
  const row = input.caseId
    ? sqlite.prepare('select id, case_number from court_case where id = ?').get(input.caseId)
    : sqlite.prepare('select id, case_number from court_case where case_number = ?').get(input.caseNumber!.trim())
  if (!row) throw new AppError('not_found', 'case_not_found_named', { case: input.caseId ?? input.caseNumber ?? '' })
  return row as { id: string; case_number: string }
}

function expertAssigned(sqlite: BetterSqlite3.Database, expertId: string, caseId: string): boolean {
  const statuses = [...openAssignmentStatuses, 'completed']
  return !!sqlite
    .prepare(`select 1 from assignment where expert_id = ? and case_id = ? and status in (${statuses.map(() => '?').join(',')}) limit 1`)
    .get(expertId, caseId, ...statuses)
}

/** Every case the investigator is (or was, to the end) assigned to, as one scope. */
function expertScope(sqlite: BetterSqlite3.Database, tables: readonly AuditedTable[], expertId: string): Scope {
  const caseIds = sqlite.prepare("select distinct case_id from assignment where expert_id = ? and status not in ('declined', 'recused')").pluck().all(expertId) as string[]
  const scope: Scope = new Map()
  for (const caseId of caseIds) {
    for (const [table, rows] of caseScope(sqlite, tables, caseId)) {
      const into = scope.get(table) ?? new Map()
      for (const [key, row] of rows) into.set(key, row)
      scope.set(table, into)
    }
  }
  return scope
}

/** The events of every row in scope, from every chain, the batch events of rows in scope and the resolutions of their conflicts, in the order this database stored them. */
function scopeEvents(sqlite: BetterSqlite3.Database, tables: readonly AuditedTable[], scope: Scope): number[] {
  const byEntity = sqlite.prepare('select seq from audit_event where entity_type = ? and entity_id = ?').pluck()
  const batches = sqlite.prepare('select seq, entity_type, entity_id, after_json from audit_event where entity_type = ?')
  const seqs: number[] = []
  for (const [table, rows] of scope) {
    for (const key of rows.keys()) seqs.push(...(byEntity.all(table, key) as number[]))
    const audited = tables.find((t) => t.table === table)
    if (!audited) continue
    for (const event of batches.all(batchEntityType(table)) as BatchEventRow[]) if (batchTravels(event, audited, scope)) seqs.push(event.seq)
  }
  seqs.push(...resolutionsIn(sqlite, scope, 0))
  return [...new Set(seqs)].sort((a, b) => a - b)
}

interface BatchEventRow {
  seq: number
  entity_type: string
  entity_id: string
  after_json: string
}

/**
 * Whether a batch event travels with a scope: all its rows are in it. One
 * with rows of this scope and of another (a results CSV of several cases,
 * imported before imports wrote one batch per case) refuses the package:
 * left out, its rows of this case would be silently missing on the other side.
 */
function batchTravels(event: BatchEventRow, table: AuditedTable, scope: Scope): boolean {
  const lies = batchInScope(scope, table, JSON.parse(event.after_json) as BatchContent)
  if (lies === 'some') throw new AppError('conflict', 'export_batch_spans_cases', { batch: event.entity_id })
  return lies === 'all'
}

function resolutionsIn(sqlite: BetterSqlite3.Database, scope: Scope, afterSeq: number): number[] {
  const rows = sqlite.prepare('select seq, after_json from audit_event where entity_type = ? and seq > ?').all(resolutionFact, afterSeq) as { seq: number; after_json: string }[]
  return rows.filter((r) => {
    const fact = JSON.parse(r.after_json) as { entityType: string; entityId: string }
    return scope.get(fact.entityType)?.has(fact.entityId) ?? false
  }).map((r) => r.seq)
}

/**
 * The changes made here after `fromSeq` that may travel: row events of shared
 * tables and resolutions, not what the migrations wrote (every installation
 * runs its own), nor facts of this installation (sign-ins, chain heads).
 * For an investigator's laptop, only the rows of that investigator's cases.
 */
function changedEvents(sqlite: BetterSqlite3.Database, tables: readonly AuditedTable[], installationId: string, fromSeq: number, scope: Scope | null): number[] {
  const rows = sqlite
    .prepare("select seq, entity_type, entity_id, after_json from audit_event where installation_id = ? and chain_seq > ? and channel not like 'migration%' order by seq")
    .all(installationId, fromSeq) as { seq: number; entity_type: string; entity_id: string; after_json: string | null }[]
  return rows
    .filter((r) => {
      if (!travels(r.entity_type)) return false
      if (!scope) return true
      if (r.entity_type === resolutionFact) {
        const fact = JSON.parse(r.after_json!) as { entityType: string; entityId: string }
        return scope.get(fact.entityType)?.has(fact.entityId) ?? false
      }
      const batchTable = batchTableOf(r.entity_type)
      if (batchTable !== null) {
        const audited = tables.find((t) => t.table === batchTable)
        return audited !== undefined && batchTravels(r as BatchEventRow, audited, scope)
      }
      return scope.get(r.entity_type)?.has(r.entity_id) ?? false
    })
    .map((r) => r.seq)
}

/** How far the partner has acknowledged this installation's chain: the end of the last changes package it sent a receipt for. */
export function acknowledgedThrough(sqlite: BetterSqlite3.Database, localId: string, partnerId: string): number {
  return (
    (sqlite
      .prepare(
        `select max(p.to_seq) from exchange_package p
         join exchange_package r on r.acknowledges = p.id and r.direction = 'in' and r.kind = 'receipt'
         where p.direction = 'out' and p.kind = 'changes' and p.source_installation_id = ? and p.destination_installation_id = ?`
      )
      .pluck()
      .get(localId, partnerId) as number | null) ?? 0
  )
}

/** The files the carried attachment rows name, with their sizes as recorded. */
function attachmentsOf(events: PackageEvent[]): { sha256: string; sizeBytes: number }[] {
  const files = new Map<string, number>()
  for (const e of events) {
    if (e.entity_type !== 'attachment' || e.after_json === null) continue
    const row = JSON.parse(e.after_json) as { sha256: string; size_bytes: number }
    files.set(row.sha256, row.size_bytes)
  }
  return [...files].sort(([a], [b]) => a.localeCompare(b)).map(([sha256, sizeBytes]) => ({ sha256, sizeBytes }))
}

/** The people the carried rows name, with the expert each is, when that expert's record travels too. */
function peopleOf(sqlite: BetterSqlite3.Database, tables: readonly AuditedTable[], events: PackageEvent[]): PackagePerson[] {
  const columns = personColumns(sqlite, tables)
  const ids = new Set<string>()
  const experts = new Set<string>()
  const named = (table: string, row: Record<string, unknown>) => {
    if (table === 'expert') experts.add(row.id as string)
    for (const column of columns.get(table) ?? []) if (typeof row[column] === 'string') ids.add(row[column] as string)
  }
  for (const e of events) {
    const batchTable = batchTableOf(e.entity_type)
    if (batchTable !== null) {
      for (const row of (JSON.parse(e.after_json!) as BatchContent).rows) named(batchTable, row)
      continue
    }
    for (const json of [e.before_json, e.after_json]) {
      if (json === null || e.entity_type.includes('.')) continue
      named(e.entity_type, JSON.parse(json) as Record<string, unknown>)
    }
  }
  const find = sqlite.prepare('select id, username, display_name, role, expert_id from app_user where id = ?')
  return [...ids].sort().flatMap((id) => {
    const user = find.get(id) as { id: string; username: string; display_name: string; role: PackagePerson['role']; expert_id: string | null } | undefined
    if (!user) return []
    return [{ id: user.id, username: user.username, displayName: user.display_name, role: user.role, expertId: user.expert_id !== null && experts.has(user.expert_id) ? user.expert_id : null }]
  })
}
