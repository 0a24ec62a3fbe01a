import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../db/database'
import type { HistoryEvent } from '../../shared/history'
import { shanghaiDayStartUtc } from './shanghai-range'
import type { KeysetPage } from '../../shared/common'
import { countUpTo, readKeysetPage, type KeysetOrder } from '../db/keyset'

/**
 * The link tables whose rows belong to a record (their key starts with the
 * record's id), so a record's history shows its fields, parties, photos and
 * signatures changing with it.
 */
const linkTables: Record<string, string[]> = {
  expert: ['expert_field', 'expert_affiliation'],
  court_case: ['case_party'],
  sample: ['sample_photo', 'sample_amendment'],
  opinion: ['opinion_signature', 'opinion_visit', 'opinion_sample', 'opinion_draft_order']
}

function toEvent(row: Selectable<Database['auditEvent']>): HistoryEvent {
  return {
    seq: row.seq,
    at: row.at,
    actorId: row.actorId,
    actorName: row.actorName,
    channel: row.channel,
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.beforeJson === null ? null : (JSON.parse(row.beforeJson) as HistoryEvent['before']),
    after: row.afterJson === null ? null : (JSON.parse(row.afterJson) as HistoryEvent['after'])
  }
}

/**
 * A record's events, oldest first: the row's own and those of its link rows
 * (a composite key is the JSON array of its values, so a link row of the
 * record has an id starting `["<id>",`: a range on the entity index).
 */
export async function listRecordHistory(db: Kysely<Database>, entityType: string, entityId: string): Promise<HistoryEvent[]> {
  const prefix = `[${JSON.stringify(entityId)},`
  const links = linkTables[entityType] ?? []
  const rows = await db
    .selectFrom('auditEvent')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('entityType', '=', entityType), eb('entityId', '=', entityId)]),
        ...links.map((table) =>
          eb.and([eb('entityType', '=', table), eb.or([eb('entityId', '=', entityId), eb.and([eb('entityId', '>=', prefix), eb('entityId', '<', `${prefix}\uffff`)])])])
        )
      ])
    )
    .orderBy('seq')
    .limit(2000)
    .execute()
  return rows.map(toEvent)
}

export interface AuditLogFilter {
  actorId?: string
  channel?: string
  from?: string
  to?: string
  entityType?: string
  entityId?: string
  after: string | null
  limit: number
}

/**
 * The log's order, newest first by the event's time, then by storage order
 * (`seq`, the rowid, which every index of `audit_event` ends with): each
 * filter of the log screen has an index on its column then `at` (migration 0021).
 */
const auditLogOrder: KeysetOrder = { columns: ['at', 'seq'], direction: 'desc' }

/** A keyset page of the audit log, newest first, and (for the first page) the count of all that match, up to the list cap. */
export async function listAuditLog(db: Kysely<Database>, filter: AuditLogFilter): Promise<KeysetPage<HistoryEvent>> {
  let query = db.selectFrom('auditEvent')
  if (filter.actorId) query = query.where('actorId', '=', filter.actorId)
  if (filter.channel) query = query.where('channel', '=', filter.channel)
  if (filter.entityType) query = query.where('entityType', '=', filter.entityType)
  if (filter.entityId) query = query.where('entityId', '=', filter.entityId)
  // Days are Asia/Shanghai calendar days; `at` is UTC ISO text, so the range is on text.
  if (filter.from) query = query.where('at', '>=', shanghaiDayStartUtc(filter.from))
  if (filter.to) query = query.where('at', '<', shanghaiDayStartUtc(filter.to, 1))
  const total = filter.after === null ? await countUpTo(db, query) : null
  const { rows, next } = await readKeysetPage(query.selectAll(), auditLogOrder, filter)
  return { items: rows.map(toEvent), next, total }
}
