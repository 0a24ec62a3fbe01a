import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Core } from '../../electron/core/core'
import { eventHash, genesisHash, verifyAuditChain, findFingerprint } from '../../electron/core/audit/audit-chain'
import { canonicalJson } from '../../electron/core/audit/canonical-json'
import { staff, testCore } from './support/test-core'

let core: Core

beforeEach(async () => {
  core = await testCore()
  const people = await staff(core)
  await people.admin.must('fields.create', { code: 'karst', nameZh: '喀斯特生态', nameEn: 'Karst ecology', sortOrder: 120, active: true })
})
afterEach(() => core.close())

describe('the audit chain', () => {
  it('hashes canonical JSON, whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}')
    const entry = { actor: { id: 'u', name: 'n' }, at: 't', channel: 'c', entity: { type: 'x', id: 'i' }, before: null, after: { a: 1, b: 2 } }
    expect(eventHash(genesisHash, entry)).toBe(eventHash(genesisHash, { ...entry, after: { b: 2, a: 1 } }))
    expect(eventHash(genesisHash, entry)).not.toBe(eventHash('1'.repeat(64), entry))
  })

  it('links every event to the one before and verifies end to end', async () => {
    const rows = await core.db.selectFrom('auditEvent').selectAll().orderBy('seq').execute()
    expect(rows.map((r) => r.channel)).toEqual(['users.create', 'users.create', 'users.create', 'fields.create'])
    expect(rows[0]!.prevHash).toBe(genesisHash)
    rows.slice(1).forEach((row, i) => expect(row.prevHash).toBe(rows[i]!.hash))
    const verdict = await verifyAuditChain(core.db)
    expect(verdict).toEqual({ ok: true, events: 4, latestHash: rows[3]!.hash })
    expect(await findFingerprint(core.db, rows[3]!.hash)).toMatchObject({ seq: rows[3]!.seq, channel: 'fields.create' })
    expect(await findFingerprint(core.db, 'f'.repeat(64))).toBeUndefined()
  })

  it('names the first altered event when a change is edited', async () => {
    await core.db.updateTable('auditEvent').set({ afterJson: '{"code":"karst","nameZh":"被改动"}' }).where('seq', '=', 4).execute()
    const verdict = await verifyAuditChain(core.db)
    expect(verdict.ok).toBe(false)
    expect(verdict.firstBad).toMatchObject({ seq: 4, channel: 'fields.create', reason: '事件内容与其哈希不符' })
  })

  it('detects an event removed from the middle of the chain', async () => {
    await core.db.deleteFrom('auditEvent').where('seq', '=', 2).execute()
    const verdict = await verifyAuditChain(core.db)
    expect(verdict.firstBad).toMatchObject({ seq: 3, reason: '与前一事件的链接不符' })
  })

  it('detects a forged actor even when the event is rehashed without its successors', async () => {
    const row = await core.db.selectFrom('auditEvent').selectAll().where('seq', '=', 2).executeTakeFirstOrThrow()
    const forged = eventHash(row.prevHash, {
      actor: { id: row.actorId, name: '冒名者' },
      at: row.at,
      channel: row.channel,
      entity: { type: row.entityType, id: row.entityId },
      before: null,
      after: JSON.parse(row.afterJson!)
    })
    await core.db.updateTable('auditEvent').set({ actorName: '冒名者', hash: forged }).where('seq', '=', 2).execute()
    expect((await verifyAuditChain(core.db)).firstBad).toMatchObject({ seq: 3, reason: '与前一事件的链接不符' })
  })

  it('reports unreadable event content instead of crashing', async () => {
    await core.db.updateTable('auditEvent').set({ afterJson: '{broken' }).where('seq', '=', 1).execute()
    expect((await verifyAuditChain(core.db)).firstBad).toMatchObject({ seq: 1, reason: '事件内容无法解析' })
  })
})
