import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { Readable } from 'node:stream'
import type BetterSqlite3 from 'better-sqlite3'
import { sql, type Kysely, type Transaction } from 'kysely'
import { AppError, type ErrorPart, type ErrorParams } from '../../shared/errors'
import type { PackageReason } from '../../shared/package-reasons'
import type { ImportReport } from '../../shared/exchange'
import type { Call } from '../call'
import type { Database } from '../db/database'
import { isConstraintError } from '../db/sqlite'
import { eventHash } from '../audit/event-hash'
import { chainPointSignatureValid } from '../audit/installation'
import { storeAttachment } from '../attachments/attachment-store'
import { listAuditedTables, rowKey, type AuditedTable } from '../records/record-tables'
import type { BatchContent } from '../audit/batch-events'
import { insertRecord, type RecordWriter } from '../records/records'
import { localCard } from './partners'
import { batchTableOf, localOnlyTables, resolutionFact } from './package-scope'
import { manifestSignatureValid, openPackageFile, packageEventColumns, packageSealValid, PackageRefused, writePackageFile, type OpenedPackage, type PackageEvent, type PackageManifest } from './package-file'
import { recordPackage } from './package-record'
import { schemaVersion } from './versions'
import { mergeRow } from './merge-row'
import { defaultReceiptFile, receiptFor, type SignedReceipt } from './receipt'


/** How far apart the two clocks may be before an import warns: holding times and custody order are read off them. */
export const clockDriftWarningMs = 10 * 60 * 1000

/** Packages that arrived before one they depend on wait here, and are imported once it arrives. */
export function pendingDir(dataDir: string): string {
  return join(dataDir, 'exchange', 'pending')
}

/** Where the app keeps a package uploaded for import. */
export function inboxDir(dataDir: string): string {
  return join(dataDir, 'exchange', 'inbox')
}

/** A package that depends on an earlier one not yet imported; it waits in {@link pendingDir}. */
export class PackageWaits extends PackageRefused {}

interface Checked {
  opened: OpenedPackage
  manifest: PackageManifest
  partnerName: string
  fresh: PackageEvent[]
  alreadyPresent: number
  warnings: ErrorPart[]
}

/**
 * Imports a package: checks everything first and changes nothing when
 * anything is wrong (signature, pairing, schema, every event's hash and
 * chain, every attachment); then, in one transaction, keeps every new event
 * in its own installation's chain and merges its row by key: a row changed
 * on the other side only takes that side's row; a row changed on both sides
 * since they last agreed (the event's `before` is not the row here) becomes
 * a conflict for a person, and is never overwritten. Makes a receipt for the
 * source. A package that arrives before one it depends on waits, and is
 * imported as soon as that one is.
 *
 * @throws AppError `invalid_input` naming the cause of a refusal (nothing changed).
 */
export async function importPackage(call: Call, input: { file?: string; inboxName?: string; receiptFile?: string }): Promise<ImportReport> {
  const file = input.file ? resolve(input.file) : join(inboxDir(call.core.dataDir), input.inboxName!)
  const report = await importFile(call, file, input.receiptFile)
  // An uploaded package is a copy the app made for this import: once imported, its events are in the database.
  if (input.inboxName) rmSync(file, { force: true })
  for (const imported of await importWaiting(call)) report.warnings.push({ reason: 'package_waiting_imported', params: { packageId: imported.packageId, events: imported.events } })
  return report
}

async function importFile(call: Call, file: string, receiptFile: string | undefined): Promise<ImportReport> {
  let checked: Checked
  try {
    // One connection for the whole check: what it reads is not written meanwhile by this process.
    checked = await call.core.db.connection().execute((db) => check(call, db, file))
  } catch (error) {
    if (error instanceof PackageWaits) {
      mkdirSync(pendingDir(call.core.dataDir), { recursive: true })
      const waiting = join(pendingDir(call.core.dataDir), basename(file))
      if (resolve(file) !== resolve(waiting)) copyFileSync(file, waiting)
    }
    if (error instanceof PackageRefused) throw new AppError('invalid_input', 'package_refused', { why: [{ reason: error.reason, params: error.params }] })
    throw error
  }
  try {
    return await merge(call, checked, file, receiptFile)
  } finally {
    checked.opened.close()
  }
}

/** Whether a refusal is the package waiting for an earlier one: it stays where it waits. */
function stillWaits(error: AppError): boolean {
  const why = error.params.why
  return Array.isArray(why) && why.some((part) => 'reason' in part && part.reason === 'package_waits')
}

/** Imports the waiting packages that can now be imported, until none can. */
async function importWaiting(call: Call): Promise<ImportReport[]> {
  const dir = pendingDir(call.core.dataDir)
  const done: ImportReport[] = []
  for (let progressed = true; progressed && existsSync(dir); ) {
    progressed = false
    for (const name of readdirSync(dir)) {
      const file = join(dir, name)
      try {
        done.push(await importFile(call, file, undefined))
        rmSync(file)
        progressed = true
      } catch (error) {
        if (!(error instanceof AppError)) throw error
        if (!stillWaits(error)) rmSync(file)
      }
    }
  }
  return done
}

async function check(call: Call, db: Kysely<Database>, file: string): Promise<Checked> {
  const { core } = call
  const sqlite = core.sqlite
  const opened = openPackageFile(file)
  try {
    const { manifest } = opened
    const local = await localCard(db)
    const refuse = (reason: PackageReason, params?: ErrorParams): never => {
      throw new PackageRefused(reason, params)
    }
    if (manifest.destination?.installationId !== local.installationId) {
      refuse('package_wrong_destination', { destination: String(manifest.destination?.installationId), local: local.installationId })
    }
    const partner = sqlite.prepare('select name, public_key from partner where installation_id = ?').get(manifest.source?.installationId) as { name: string; public_key: string } | undefined
    if (!partner) refuse('package_unpaired_source', { source: String(manifest.source?.installationId), name: String(manifest.source?.name) })
    if (manifest.source.publicKey !== partner!.public_key || !manifestSignatureValid(opened, partner!.public_key)) {
      refuse('package_signature_not_partner', { partner: partner!.name })
    }
    const ours = schemaVersion()
    if (manifest.schemaVersion !== ours) {
      refuse(manifest.schemaVersion > ours ? 'package_schema_newer' : 'package_schema_older', { theirs: manifest.schemaVersion, ours })
    }
    if (sqlite.prepare("select 1 from exchange_package where id = ? and direction = 'in'").get(manifest.packageId)) {
      refuse('package_replayed', { packageId: manifest.packageId })
    }
    const warnings: ErrorPart[] = []
    const drift = Date.parse(manifest.createdAt) - core.now().getTime()
    if (Math.abs(drift) > clockDriftWarningMs) {
      warnings.push({ reason: 'package_clock_drift', params: { partner: partner!.name, minutes: Math.round(Math.abs(drift) / 60000) } })
    }
    if (manifest.kind === 'receipt') {
      const sent = sqlite
        .prepare("select 1 from exchange_package where id = ? and direction = 'out' and destination_installation_id = ?")
        .get(manifest.receipt?.acknowledges, manifest.source.installationId)
      if (!sent) refuse('package_receipt_not_ours', { acknowledges: String(manifest.receipt?.acknowledges), partner: partner!.name })
      if (!packageSealValid(file, opened.seal, partner!.public_key)) refuse('package_receipt_altered')
      return { opened, manifest, partnerName: partner!.name, fresh: [], alreadyPresent: 0, warnings }
    }
    if (manifest.kind === 'changes') {
      const covered =
        (sqlite
          .prepare("select max(to_seq) from exchange_package where direction = 'in' and kind = 'changes' and source_installation_id = ?")
          .pluck()
          .get(manifest.source.installationId) as number | null) ?? 0
      if (manifest.coverage.fromSeq > covered) {
        throw new PackageWaits('package_waits', { partner: partner!.name, fromSeq: manifest.coverage.fromSeq, covered, firstMissing: covered + 1 })
      }
    }
    const tables = new Map((await listAuditedTables(db)).map((t) => [t.table, t]))
    const { fresh, alreadyPresent } = checkEvents(sqlite, opened, tables, local.installationId, call.progress)
    checkAttachments(opened)
    // Last, the whole file byte by byte: what the checks above could not name (a byte SQLite leaves unused) is still caught.
    if (!packageSealValid(file, opened.seal, partner!.public_key)) refuse('package_file_altered')
    return { opened, manifest, partnerName: partner!.name, fresh, alreadyPresent, warnings }
  } catch (error) {
    opened.close()
    throw error
  }
}

/** Every event: listed in the signed manifest at its place, its hash its own, its signature valid, continuing its chain here. */
function checkEvents(sqlite: BetterSqlite3.Database, opened: OpenedPackage, tables: Map<string, AuditedTable>, localId: string, progress: Call['progress']) {
  const { manifest } = opened
  const byId = sqlite.prepare('select hash from audit_event where id = ?').pluck()
  const atSeq = sqlite.prepare('select id, hash from audit_event where installation_id = ? and chain_seq = ?')
  const knownKey = sqlite.prepare('select public_key from installation where id = ?').pluck()
  const fresh: PackageEvent[] = []
  const lastInPackage = new Map<string, { seq: number; hash: string }>()
  let position = 0
  let alreadyPresent = 0
  for (const event of opened.events()) {
    const listed = manifest.events[position]
    const where = [{ reason: 'package_event_where' as const, params: { n: position + 1, entityType: event.entity_type, entityId: event.entity_id } }]
    position++
    if (position % 200 === 0) progress?.({ phase: 'checked', done: position, total: manifest.events.length })
    const chain = listed ? manifest.chains[listed[0]] : undefined
    if (!listed || !chain || chain.installationId !== event.installation_id || listed[1] !== event.chain_seq || listed[2] !== event.hash) {
      throw new PackageRefused('package_event_not_listed', { where })
    }
    let recomputed: string
    try {
      recomputed = eventHash({
        hashVersion: event.hash_version,
        id: event.id,
        installationId: event.installation_id,
        chainSeq: event.chain_seq,
        prevHash: event.prev_hash,
        actor: { id: event.actor_id, name: event.actor_name },
        at: event.at,
        channel: event.channel,
        entity: { type: event.entity_type, id: event.entity_id },
        before: event.before_json === null ? null : JSON.parse(event.before_json),
        after: event.after_json === null ? null : JSON.parse(event.after_json)
      })
    } catch {
      throw new PackageRefused('package_event_unparsable', { where })
    }
    if (recomputed !== event.hash) throw new PackageRefused('package_event_hash', { where })
    const publicKey = chain.publicKey ?? (knownKey.get(chain.installationId) as string | undefined)
    if (event.signature !== null && publicKey && !chainPointSignatureValid(publicKey, { installationId: event.installation_id, seq: event.chain_seq, hash: event.hash }, event.signature)) {
      throw new PackageRefused('package_event_signature', { where })
    }
    const previous = lastInPackage.get(event.installation_id)
    if (previous && event.chain_seq <= previous.seq) throw new PackageRefused('package_event_order', { where })
    if (previous && event.chain_seq === previous.seq + 1 && event.prev_hash !== previous.hash) throw new PackageRefused('package_event_link', { where })
    lastInPackage.set(event.installation_id, { seq: event.chain_seq, hash: event.hash })

    const known = byId.get(event.id) as string | undefined
    if (known !== undefined) {
      if (known !== event.hash) throw new PackageRefused('package_event_differs', { where })
      alreadyPresent++
      continue
    }
    if (event.installation_id === localId) throw new PackageRefused('package_event_claims_local', { where })
    const same = atSeq.get(event.installation_id, event.chain_seq) as { id: string; hash: string } | undefined
    if (same) throw new PackageRefused('package_event_seq_taken', { where, installation: event.installation_id, seq: event.chain_seq })
    const before = atSeq.get(event.installation_id, event.chain_seq - 1) as { id: string; hash: string } | undefined
    if (before && before.hash !== event.prev_hash) throw new PackageRefused('package_event_link_local', { where, installation: event.installation_id, seq: event.chain_seq - 1 })
    const table = batchTableOf(event.entity_type) ?? event.entity_type
    if (!event.entity_type.includes('.') && (!tables.has(table) || localOnlyTables.has(table))) {
      throw new PackageRefused('package_event_table', { where, table })
    }
    if (event.entity_type.includes('.') && event.entity_type !== resolutionFact) throw new PackageRefused('package_event_fact', { where, entityType: event.entity_type })
    fresh.push(event)
  }
  progress?.({ phase: 'checked', done: position, total: manifest.events.length })
  if (position !== manifest.events.length) throw new PackageRefused('package_truncated', { position, listed: manifest.events.length })
  return { fresh, alreadyPresent }
}

/** Every attachment the manifest lists is in the package, hashing to its name, and nothing else is. */
function checkAttachments(opened: OpenedPackage) {
  const listed = new Set(opened.manifest.attachments.map((a) => a.sha256))
  for (const name of opened.attachmentNames()) if (!listed.has(name)) throw new PackageRefused('package_attachment_unlisted', { name })
  for (const { sha256, sizeBytes } of opened.manifest.attachments) {
    const content = opened.attachment(sha256)
    if (!content) throw new PackageRefused('package_attachment_missing', { sha256 })
    if (createHash('sha256').update(content).digest('hex') !== sha256 || content.length !== sizeBytes) throw new PackageRefused('package_attachment_altered', { sha256 })
  }
}

async function merge(call: Call, checked: Checked, file: string, receiptFile: string | undefined): Promise<ImportReport> {
  const { core } = call
  const { manifest, opened } = checked
  // Files first (content-addressed, so one already here is kept): a crash before the commit leaves only unreferenced files.
  for (const { sha256 } of manifest.attachments) await storeAttachment(core.dataDir, Readable.from([opened.attachment(sha256)!]), Number.MAX_SAFE_INTEGER)

  const local = await localCard(core.db)
  const receiptId = call.newId()
  const counts: Record<string, number> = {}
  let rowsChanged = 0
  let conflicts = 0
  let receipt: SignedReceipt | null = null
  await refuseClashes(() => core.db.transaction().execute(async (trx) => {
    // A row may arrive before the row it refers to (events of several chains); the keys are checked when the import commits.
    await sql`pragma defer_foreign_keys = on`.execute(trx)
    const writer: RecordWriter = { db: trx, user: call.user, channel: call.channel, now: call.now, newId: call.newId }
    const tables = new Map((await listAuditedTables(trx)).map((t) => [t.table, t]))
    for (const chain of manifest.chains) {
      if (!chain.publicKey) continue
      await trx.insertInto('installation').values({ id: chain.installationId, publicKey: chain.publicKey, local: 0, createdAt: call.now }).onConflict((oc) => oc.column('id').doNothing()).execute()
    }
    await addPeople(trx, writer, manifest)
    const insertEvent = core.sqlite.prepare(
      `insert into audit_event (${packageEventColumns.join(', ')}) values (${packageEventColumns.map((c) => `@${c}`).join(', ')})`
    )
    // Resolutions first: a row event they settle may come before them in the package.
    for (const event of checked.fresh) if (event.entity_type.includes('.')) insertEvent.run(event)
    let written = 0
    for (const event of checked.fresh) {
      if (++written % 200 === 0) call.progress?.({ phase: 'written', done: written, total: checked.fresh.length })
      if (event.entity_type.includes('.')) continue
      insertEvent.run(event)
      for (const [table, rowEvent] of rowEventsOf(event, tables)) {
        const outcome = await mergeRow(core.sqlite, trx, writer, table, rowEvent, manifest.packageId)
        if (outcome === 'changed') {
          rowsChanged++
          counts[table.table] = (counts[table.table] ?? 0) + 1
        }
        if (outcome === 'conflict') conflicts++
      }
    }
    await recordPackage(writer, 'in', manifest, opened, conflicts)
    if (manifest.kind !== 'receipt') {
      receipt = receiptFor(local, manifest, receiptId, call.core.now().toISOString(), call.now, checked.fresh.length, conflicts)
      await recordPackage(writer, 'out', receipt.manifest, { manifestText: receipt.text, signature: receipt.signature })
    }
  }))

  const report: ImportReport = {
    packageId: manifest.packageId,
    kind: manifest.kind,
    source: { installationId: manifest.source.installationId, name: checked.partnerName },
    events: checked.fresh.length,
    alreadyPresent: checked.alreadyPresent,
    rowsChanged,
    conflicts,
    tables: counts,
    warnings: checked.warnings,
    receiptFile: null
  }
  const made = receipt as SignedReceipt | null
  if (made) {
    // Written once the import is committed; the receipt's record was committed with it, so a lost file can be made again from it.
    report.receiptFile = receiptFile ? resolve(receiptFile) : defaultReceiptFile(core.dataDir, file, receiptId)
    writePackageFile(report.receiptFile, made.manifest, made.key, [], () => Buffer.alloc(0))
  }
  return report
}

/**
 * The row changes one event carries: a row event its own; a batch event
 * (audit/batch-events.ts) one insert per row it holds, each merged by its
 * key as a row event would be, under the batch event's id (the event kept
 * in its chain, and named by a held row's record).
 */
function rowEventsOf(event: PackageEvent, tables: Map<string, AuditedTable>): [AuditedTable, PackageEvent][] {
  const batchTable = batchTableOf(event.entity_type)
  if (batchTable === null) return [[tables.get(event.entity_type)!, event]]
  const table = tables.get(batchTable)!
  return (JSON.parse(event.after_json!) as BatchContent).rows.map((row) => [
    table,
    { ...event, entity_type: batchTable, entity_id: rowKey(table, row), before_json: null, after_json: JSON.stringify(row) }
  ])
}

/** A row that cannot sit beside one here (the same unique number for two records, a reference to a record the package lacks): refused by name. */
async function refuseClashes<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (!isConstraintError(error)) throw error
    throw new AppError('invalid_input', 'package_row_conflict', { detail: error.message })
  }
}

/**
 * The people the package's records name, added here as people without an
 * account (inactive, no password, no role granted): the records can name
 * them, nobody can sign in as them. Their usernames are qualified by the
 * installation they come from, since usernames are this machine's.
 */
async function addPeople(trx: Transaction<Database>, writer: RecordWriter, manifest: PackageManifest): Promise<void> {
  for (const person of manifest.people ?? []) {
    if (await trx.selectFrom('appUser').select('id').where('id', '=', person.id).executeTakeFirst()) continue
    const base = `${person.username}@${manifest.source.installationId.slice(0, 8)}`
    let username = base
    for (let n = 2; await trx.selectFrom('appUser').select('id').where('username', '=', username).executeTakeFirst(); n++) username = `${base}-${n}`
    await insertRecord(writer, 'appUser', { id: person.id, username, displayName: person.displayName, role: person.role, active: 0, expertId: person.expertId })
  }
}

