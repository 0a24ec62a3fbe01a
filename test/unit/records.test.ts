import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import type { Core } from '../../electron/core/core'
import type { ExpertInput } from '../../electron/shared/experts'
import type { Role } from '../../electron/shared/roles'
import { insertRecord, recordFact, replaceLinks, updateRecord, voidRecord, type RecordWriter } from '../../electron/core/records/records'
import { listAuditedTables, rowKey } from '../../electron/core/records/record-tables'
import { expertInput } from './support/expert-fixtures'
import { assignToCase, staff, testCore, type Actor } from './support/test-core'
import { pondCase } from './support/case-fixtures'

let core: Core
let people: Record<Role, Actor>
let fieldIds: Record<string, string>

beforeEach(async () => {
  core = await testCore()
  people = await staff(core)
  const fields = await people.clerk.must('fields.list', {})
  fieldIds = Object.fromEntries(fields.map((f) => [f.code, f.id]))
})
afterEach(() => core.close())

const expert = (overrides: Partial<ExpertInput> = {}): ExpertInput =>
  expertInput([fieldIds.water!, fieldIds.monitoring!], { affiliations: [{ organisation: '漳州市环境监测站', relation: '兼职顾问' }], ...overrides })

/** The stored row, raw: SQLite column names, values as stored. */
async function storedRow(table: string, id: string) {
  const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)} where id = ${id}`.execute(core.db.withoutPlugins())
  return rows.rows[0]
}

async function events() {
  return core.db.selectFrom('auditEvent').selectAll().orderBy('seq').execute()
}

/** Runs `work` as a write of the administrator, in one transaction as the handler table does. */
async function asWrite<T>(work: (writer: RecordWriter) => Promise<T>): Promise<T> {
  const admin = await core.db.selectFrom('appUser').selectAll().where('username', '=', 'admin').executeTakeFirstOrThrow()
  return core.db.transaction().execute((trx) =>
    work({ db: trx, user: admin, channel: 'test.write', now: '2026-03-02T02:00:00.000Z', newId: core.newId })
  )
}

describe('the records module', () => {
  it('appends the stored row itself, keyed by SQLite column names, with the table as entity type', async () => {
    const created = await people.clerk.must('experts.create', expert())
    const stored = await storedRow('expert', created.id)
    const event = (await events()).find((e) => e.entityType === 'expert' && e.entityId === created.id)!
    expect(event.beforeJson).toBeNull()
    expect(JSON.parse(event.afterJson!)).toEqual(stored)
    expect(stored).toMatchObject({ status_reason: '', max_concurrent_cases: 3, revision: 0 })
  })

  it('audits each link row under its composite key', async () => {
    const created = await people.clerk.must('experts.create', expert())
    const linkEvents = (await events()).filter((e) => e.entityType === 'expert_field')
    expect(linkEvents.map((e) => e.entityId).sort()).toEqual(
      [JSON.stringify([created.id, fieldIds.water]), JSON.stringify([created.id, fieldIds.monitoring])].sort()
    )
    const affiliation = (await events()).find((e) => e.entityType === 'expert_affiliation')!
    expect(affiliation.entityId).toBe(JSON.stringify([created.id, 0]))
    expect(JSON.parse(affiliation.afterJson!)).toEqual({ expert_id: created.id, position: 0, organisation: '漳州市环境监测站', relation: '兼职顾问' })
  })

  it('replacing links deletes, inserts and changes rows, each audited, and leaves an unchanged row alone', async () => {
    const created = await people.clerk.must('experts.create', expert())
    const seqBefore = (await events()).at(-1)!.seq
    await people.clerk.must('experts.update', {
      id: created.id,
      revision: 0,
      expert: expert({ fieldIds: [fieldIds.monitoring!, fieldIds.soil!], primaryFieldId: fieldIds.monitoring! })
    })
    const later = (await events()).filter((e) => e.seq > seqBefore)
    const summary = later.map((e) => ({
      type: e.entityType,
      id: e.entityId,
      change: e.beforeJson === null ? 'insert' : e.afterJson === null ? 'delete' : 'update'
    }))
    expect(summary).toEqual([
      { type: 'expert', id: created.id, change: 'update' },
      { type: 'expert_field', id: JSON.stringify([created.id, fieldIds.water]), change: 'delete' },
      { type: 'expert_field', id: JSON.stringify([created.id, fieldIds.monitoring]), change: 'update' },
      { type: 'expert_field', id: JSON.stringify([created.id, fieldIds.soil]), change: 'insert' }
    ])
    const promoted = later.find((e) => e.entityId === JSON.stringify([created.id, fieldIds.monitoring]))!
    expect([JSON.parse(promoted.beforeJson!).is_primary, JSON.parse(promoted.afterJson!).is_primary]).toEqual([0, 1])
    const rows = await core.db.selectFrom('expertField').selectAll().where('expertId', '=', created.id).orderBy('fieldId').execute()
    expect(rows.map((r) => r.fieldId).sort()).toEqual([fieldIds.monitoring, fieldIds.soil].sort())
  })

  it('refuses a stale revision with one conflict message and writes nothing', async () => {
    const created = await people.clerk.must('experts.create', expert())
    await people.clerk.must('experts.update', { id: created.id, revision: 0, expert: expert({ title: '教授' }) })
    const rowBefore = await storedRow('expert', created.id)
    const count = (await events()).length
    const stale = await people.clerk.call('experts.update', { id: created.id, revision: 0, expert: expert({ title: '研究员', affiliations: [] }) })
    expect(stale.ok || stale.error).toEqual({ code: 'conflict', reason: 'stale_revision', message: '该记录已被他人修改，请刷新后重试' })
    expect(await storedRow('expert', created.id)).toEqual(rowBefore)
    expect(await core.db.selectFrom('expertAffiliation').select('organisation').where('expertId', '=', created.id).execute()).toHaveLength(1)
    expect(await events()).toHaveLength(count)
  })

  it('a failed write leaves no half row and no event', async () => {
    const count = (await events()).length
    const attempt = asWrite(async (writer) => {
      const id = writer.newId()
      await insertRecord(writer, 'expert', {
        id,
        name: '半条记录',
        nameSort: 'ban4 tiao2 ji4 lu4',
        organisation: '',
        title: '',
        phone: '',
        email: '',
        termStart: '2025-01-01',
        termEnd: '2027-12-31',
        status: 'active',
        statusReason: '',
        maxConcurrentCases: 1,
        notes: ''
      })
      await replaceLinks(writer, 'expertField', { expertId: id }, [{ expertId: id, fieldId: 'no-such-field', isPrimary: 1 }])
    })
    await expect(attempt).rejects.toThrow(/FOREIGN KEY/)
    expect(await core.db.selectFrom('expert').select('id').where('name', '=', '半条记录').execute()).toEqual([])
    expect(await events()).toHaveLength(count)
  })

  it('voids a record with who, when and why; the row stays; voiding again is refused', async () => {
    const courtCase = await people.clerk.must('cases.create', pondCase())
    await assignToCase(people, people.investigator, courtCase.id)
    const visit = await people.investigator.must('visits.create', { caseId: courtCase.id, visitDate: '2020-05-12', peoplePresent: ['林调查官'], weather: '晴', notes: '' })
    const voided = await asWrite((writer) => voidRecord(writer, 'siteVisit', visit.id, { revision: visit.revision, reason: '录入了错误的日期' }))
    expect(voided).toMatchObject({ voidedAt: '2026-03-02T02:00:00.000Z', voidReason: '录入了错误的日期', revision: visit.revision + 1 })
    const stored = await storedRow('site_visit', visit.id)
    expect(stored).toMatchObject({ void_reason: '录入了错误的日期', voided_at: '2026-03-02T02:00:00.000Z' })
    const event = (await events()).at(-1)!
    expect(event).toMatchObject({ entityType: 'site_visit', entityId: visit.id, channel: 'test.write' })
    expect(JSON.parse(event.beforeJson!).voided_at).toBeNull()
    expect(JSON.parse(event.afterJson!)).toEqual(stored)
    await expect(asWrite((writer) => voidRecord(writer, 'siteVisit', visit.id, { revision: visit.revision + 1, reason: '再次' }))).rejects.toThrow('该记录已作废')
  })

  it('an update states its revision; one that skips the check is a programming error', async () => {
    const created = await people.clerk.must('experts.create', expert())
    await expect(asWrite((writer) => updateRecord(writer, 'expert', created.id, { set: { title: '教授' } }))).rejects.toThrow(/revision/)
    await expect(asWrite((writer) => updateRecord(writer, 'expert', 'missing', { revision: 0, set: { title: '教授' } }))).rejects.toMatchObject({ code: 'not_found' })
  })

  it('records a fact only under a dotted type', async () => {
    await asWrite((writer) => recordFact(writer, 'session.sign_in', 'admin', { username: 'admin' }))
    expect((await events()).at(-1)).toMatchObject({ entityType: 'session.sign_in', entityId: 'admin', beforeJson: null, afterJson: '{"username":"admin"}' })
    await expect(asWrite((writer) => recordFact(writer, 'expert', 'x', {}))).rejects.toThrow(/dot/)
  })

  it('refuses to write outside a transaction', async () => {
    const admin = await core.db.selectFrom('appUser').selectAll().where('username', '=', 'admin').executeTakeFirstOrThrow()
    const writer = { db: core.db, user: admin, channel: 'test.read', now: '2026-03-02T02:00:00.000Z', newId: core.newId }
    await expect(recordFact(writer, 'session.sign_in', 'admin', {})).rejects.toThrow(/transaction/)
  })
})

describe('the registry of audited tables', () => {
  it('lists every table of the schema but the audit trail and the migrator, each with its key', async () => {
    const tables = await listAuditedTables(core.db)
    const names = tables.map((t) => t.table)
    expect(names).toContain('expert')
    expect(names).toContain('court_case')
    expect(names).not.toContain('audit_event')
    expect(names.some((n) => n.startsWith('kysely_') || n.startsWith('sqlite_'))).toBe(false)
    expect(tables.find((t) => t.table === 'expert')!.keyColumns).toEqual(['id'])
    expect(tables.find((t) => t.table === 'expert_affiliation')!.keyColumns).toEqual(['expert_id', 'position'])
  })

  it('names a row by its key: a single value as text, a composite key as a JSON array in key order', () => {
    expect(rowKey({ table: 'expert', keyColumns: ['id'] }, { id: 'a', name: 'x' })).toBe('a')
    expect(rowKey({ table: 'expert_affiliation', keyColumns: ['expert_id', 'position'] }, { position: 2, expert_id: 'a' })).toBe('["a",2]')
    expect(() => rowKey({ table: 'expert', keyColumns: ['id'] }, { name: 'x' })).toThrow(/key column id/)
  })
})
