import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, statSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely'
import { openCore, type Core } from '../../../electron/core/core'
import { migrations } from '../../../electron/core/db/migrations'
import { eventHash, genesisHash } from '../../../electron/core/audit/event-hash'
import { chainPointSignatureValid } from '../../../electron/core/audit/installation'
import { headFileName, readHeadFile, signChainHead } from '../../../electron/core/audit/chain-head'
import { checkOpenChains } from '../../../electron/core/audit/forensic-check'
import { verifyCommand } from '../../../electron/cli/verify'
import { signIn, staff, testCore, testPasswordCost } from '../support/test-core'
import { verifyText } from '../../../electron/shared/verify-reasons'

const messages = (core: Core) => checkOpenChains(core).findings.kept.map((f) => verifyText(f, 'zh')).join('\n')

/**
 * The position of `fields.create` after the baseline: {@link staff} first writes the first run (the
 * administrator renamed, the password set, the sign-in, the administrator's signing key), then for each
 * of three users their creation, first password, sign-in and forced password change (the password and
 * the signing key it seals).
 */
const fieldsEvent = 4 + 3 * 5 + 1

/** How many events a fresh folder starts with: the baseline events of the rows its migrations seeded. */
const baselineCount = async (core: Core) => (await core.db.selectFrom('auditEvent').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n

describe('one chain per installation', () => {
  let core: Core
  /** The chain position of the n-th event after the baseline. */
  let at: (n: number) => number
  beforeEach(async () => {
    core = await testCore()
    const base = await baselineCount(core)
    at = (n) => base + n
    const people = await staff(core)
    await people.admin.must('fields.create', { code: 'karst', nameZh: '喀斯特生态', nameEn: 'Karst ecology', sortOrder: 120, active: true })
  })
  afterEach(() => core.close())

  it('numbers, links, hashes and signs every event in the installation chain', async () => {
    const installation = await core.db.selectFrom('installation').selectAll().where('local', '=', 1).executeTakeFirstOrThrow()
    const all = await core.db.selectFrom('auditEvent').selectAll().orderBy('seq').execute()
    // The migrations' baseline comes first, written before the identity existed: hash rule 1, unsigned, then the head signed on open that vouches for it.
    const baseline = all.slice(0, at(0) - 1)
    expect(new Set(baseline.map((r) => r.channel))).toEqual(new Set(['migration.baseline']))
    expect(baseline.every((r) => r.hashVersion === 1 && r.signature === null)).toBe(true)
    expect(all[at(0) - 1]).toMatchObject({ entityType: 'chain.head', hashVersion: 2 })
    expect(all[0]!.prevHash).toBe(genesisHash)
    all.slice(1).forEach((row, i) => expect(row.prevHash).toBe(all[i]!.hash))
    const rows = all.slice(at(0))
    const person = ['users.create', 'users.create', 'session.signIn', 'session.changePassword', 'session.changePassword']
    expect(rows.map((r) => r.channel)).toEqual([...Array(4).fill('session.setup'), ...person, ...person, ...person, 'fields.create'])
    expect(rows.map((r) => [r.installationId, r.chainSeq, r.hashVersion])).toEqual(rows.map((_, i) => [installation.id, at(i + 1), 2]))
    for (const row of rows) {
      expect(chainPointSignatureValid(installation.publicKey, { installationId: installation.id, seq: row.chainSeq!, hash: row.hash }, row.signature!)).toBe(true)
    }
    expect(checkOpenChains(core)).toMatchObject({ ok: true, events: at(fieldsEvent) })
  })

  it('names the event whose content was edited', async () => {
    await core.db.updateTable('auditEvent').set({ afterJson: '{"code":"karst","nameZh":"被改动"}' }).where('chainSeq', '=', at(fieldsEvent)).execute()
    expect(messages(core)).toMatch(new RegExp(`第 ${at(fieldsEvent)} 号事件（fields\\.create.*的内容与其哈希不符`))
  })

  it('finds an event removed from the middle', async () => {
    await core.db.deleteFrom('auditEvent').where('chainSeq', '=', at(2)).execute()
    expect(messages(core)).toContain(`缺少第 ${at(2)} 号事件：事件被删除`)
  })

  it('finds two events swapped', async () => {
    const [second, third] = await core.db.selectFrom('auditEvent').selectAll().where('chainSeq', 'in', [at(2), at(3)]).orderBy('chainSeq').execute()
    const content = ({ seq: _seq, chainSeq: _chainSeq, ...rest }: typeof second & object) => rest
    await core.db.updateTable('auditEvent').set({ id: 'swap', hash: 'swap' }).where('seq', '=', second!.seq).execute()
    await core.db.updateTable('auditEvent').set(content(second!)).where('seq', '=', third!.seq).execute()
    await core.db.updateTable('auditEvent').set(content(third!)).where('seq', '=', second!.seq).execute()
    expect(messages(core)).toMatch(new RegExp(`第 ${at(2)} 号事件.*与前一事件的链接不符：事件被删除、插入或调换了次序`))
  })

  it('finds a changed actor even when that event is rehashed, and a forged event appended with a correct hash but no key', async () => {
    const row = await core.db.selectFrom('auditEvent').selectAll().where('chainSeq', '=', at(fieldsEvent)).executeTakeFirstOrThrow()
    const forged = {
      hashVersion: 2,
      id: 'forged-event',
      installationId: row.installationId!,
      chainSeq: at(fieldsEvent + 1),
      prevHash: row.hash,
      actor: { id: row.actorId, name: row.actorName },
      at: '2026-03-02T02:00:00.000Z',
      channel: 'users.update',
      entity: { type: 'session.sign_in', id: 'x' },
      before: null,
      after: { note: '伪造' }
    }
    await core.db
      .insertInto('auditEvent')
      .values({
        id: forged.id,
        at: forged.at,
        actorId: row.actorId,
        actorName: row.actorName,
        channel: forged.channel,
        entityType: forged.entity.type,
        entityId: forged.entity.id,
        beforeJson: null,
        afterJson: JSON.stringify(forged.after),
        prevHash: forged.prevHash,
        hash: eventHash(forged),
        installationId: forged.installationId,
        chainSeq: at(fieldsEvent + 1),
        hashVersion: 2,
        signature: 'ab'.repeat(64)
      })
      .execute()
    expect(messages(core)).toMatch(new RegExp(`第 ${at(fieldsEvent + 1)} 号事件（users\\.update，.*）的签名无效：事件是伪造的`))
    expect(messages(core)).not.toContain('哈希不符')

    const third = await core.db.selectFrom('auditEvent').selectAll().where('chainSeq', '=', at(3)).executeTakeFirstOrThrow()
    const rehashed = eventHash({
      hashVersion: 2,
      id: third.id,
      installationId: third.installationId!,
      chainSeq: at(3),
      prevHash: third.prevHash,
      actor: { id: third.actorId, name: '冒名者' },
      at: third.at,
      channel: third.channel,
      entity: { type: third.entityType, id: third.entityId },
      before: null,
      after: JSON.parse(third.afterJson!)
    })
    await core.db.updateTable('auditEvent').set({ actorName: '冒名者', hash: rehashed }).where('chainSeq', '=', at(3)).execute()
    expect(messages(core)).toMatch(new RegExp(`第 ${at(4)} 号事件.*与前一事件的链接不符`))
    expect(messages(core)).toMatch(new RegExp(`第 ${at(3)} 号事件.*的签名无效`))
  })

  it('keeps signed heads in the chain, and finds a chain recomputed after one', async () => {
    const head = await signChainHead(core, 'backup')
    const tip = await core.db.selectFrom('auditEvent').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow()
    expect(tip).toMatchObject({ entityType: 'chain.head', chainSeq: at(fieldsEvent + 1) })
    expect(JSON.parse(tip.afterJson!)).toEqual(head)
    expect(head).toMatchObject({ installationId: tip.installationId, seq: at(fieldsEvent), reason: 'backup' })
    const fourth = await core.db.selectFrom('auditEvent').select('hash').where('chainSeq', '=', at(fieldsEvent)).executeTakeFirstOrThrow()
    expect(head.hash).toBe(fourth.hash)
    expect(checkOpenChains(core).ok).toBe(true)

    // Rewrite event 2 and recompute every hash after it, heads included: the signed head no longer matches.
    const rows = await core.db.selectFrom('auditEvent').selectAll().orderBy('chainSeq').execute()
    let prev = rows[0]!.hash
    for (const row of rows.slice(1)) {
      const actorName = row.chainSeq === at(2) ? '冒名者' : row.actorName
      const hash = eventHash({
        hashVersion: 2,
        id: row.id,
        installationId: row.installationId!,
        chainSeq: row.chainSeq!,
        prevHash: prev,
        actor: { id: row.actorId, name: actorName },
        at: row.at,
        channel: row.channel,
        entity: { type: row.entityType, id: row.entityId },
        before: row.beforeJson && JSON.parse(row.beforeJson),
        after: row.afterJson && JSON.parse(row.afterJson)
      })
      await core.db.updateTable('auditEvent').set({ actorName, prevHash: prev, hash }).where('seq', '=', row.seq).execute()
      prev = hash
    }
    expect(messages(core)).toMatch(new RegExp(`第 ${at(fieldsEvent)} 号事件与签于 .*（备份）的链头不符：签名之后链被改动或重算`))
  })
})

describe('the installation identity', () => {
  it('is made on first open: a UUIDv7 and an Ed25519 key readable by its owner only, kept on reopen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecocase-id-'))
    const first = await openCore({ passwordCost: testPasswordCost, dataDir: dir })
    const installation = await first.db.selectFrom('installation').selectAll().executeTakeFirstOrThrow()
    await first.close()
    expect(installation).toMatchObject({ local: 1, id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/), publicKey: expect.stringMatching(/^[0-9a-f]{64}$/) })
    expect(statSync(join(dir, 'installation-key.pem')).mode & 0o777).toBe(0o600)
    expect(readFileSync(join(dir, 'installation-key.pem'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/)

    const again = await openCore({ passwordCost: testPasswordCost, dataDir: dir })
    expect(await again.db.selectFrom('installation').selectAll().execute()).toEqual([installation])
    await again.close()
  })

  it('starts a chain of its own when the key is gone (a database copied without it); the old chain still verifies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecocase-id-'))
    const first = await openCore({ passwordCost: testPasswordCost, dataDir: dir })
    const people = await staff(first)
    await people.admin.must('fields.create', { code: 'karst', nameZh: '喀斯特生态', nameEn: 'Karst ecology', sortOrder: 120, active: true })
    await first.close()
    unlinkSync(join(dir, 'installation-key.pem'))
    unlinkSync(join(dir, headFileName))

    const second = await openCore({ passwordCost: testPasswordCost, dataDir: dir })
    const installations = await second.db.selectFrom('installation').select(['id', 'local']).orderBy('createdAt').execute()
    expect(installations.map((i) => i.local).sort()).toEqual([0, 1])
    await (await signIn(second, 'admin')).must('fields.create', { code: 'urban', nameZh: '城市生态', nameEn: 'Urban ecology', sortOrder: 130, active: true })
    const chains = await second.db.selectFrom('auditEvent').select(['installationId', 'chainSeq']).where('chainSeq', '=', 1).execute()
    expect(chains).toHaveLength(2)
    expect(checkOpenChains(second).ok).toBe(true)
    await second.close()
  })

  it('writes the signed head beside the database, and verify finds a chain cut short after it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecocase-id-'))
    const core = await openCore({ passwordCost: testPasswordCost, dataDir: dir })
    await staff(core)
    const last = await core.db.selectFrom('auditEvent').select('chainSeq').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow()
    await core.close()
    // Closing signs a head over the accounts made after the head signed on open.
    const headSeq = last.chainSeq! + 1
    const file = readHeadFile(dir)
    expect(file).toMatchObject({ seq: headSeq })
    const sqlite = new BetterSqlite3(join(dir, 'ecocase.sqlite'))
    sqlite.prepare('delete from audit_event where chain_seq >= ?').run(headSeq - 1)
    sqlite.close()
    const verdict = await verifyCommand(dir, {})
    expect(verdict.code).toBe(1)
    expect(verdict.output).toMatch(new RegExp(`审计链被截断：.* 签名的链头记录到第 ${headSeq} 号事件，链中只剩到第 ${headSeq - 2} 号（末尾 2 个事件被删除）`))
  })
})

/** The rule of EcoCase before hash versions: sorted-key JSON.stringify, SHA-256 over the previous hash and it. */
function oldRuleHash(prevHash: string, entry: object): string {
  const sortKeys = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sortKeys)
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]))
    }
    return value
  }
  return createHash('sha256').update(prevHash).update(JSON.stringify(sortKeys(entry))).digest('hex')
}

describe('0008-installation-chain over a folder of the previous schema', () => {
  it('keeps the old events verifying under hash rule 1 as the start of the new installation chain, which goes on under rule 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecocase-mig8-'))
    const sqlite = new BetterSqlite3(join(dir, 'ecocase.sqlite'))
    sqlite.pragma('journal_mode = WAL')
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [new CamelCasePlugin()] })
    const names = Object.keys(migrations).filter((n) => n < '0008')
    for (const name of names) await migrations[name]!.up(db)
    sqlite.exec('create table kysely_migration (name varchar(255) not null primary key, timestamp varchar(255) not null); create table kysely_migration_lock (id varchar(255) not null primary key, is_locked integer not null default 0)')
    const insertMigration = sqlite.prepare('insert into kysely_migration (name, timestamp) values (?, ?)')
    for (const name of names) insertMigration.run(name, '2026-01-01T00:00:00.000Z')
    let prev = genesisHash
    const insert = sqlite.prepare(
      'insert into audit_event (id, at, actor_id, actor_name, channel, entity_type, entity_id, before_json, after_json, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
    )
    for (let i = 1; i <= 3; i++) {
      const entry = { actor: { id: 'u', name: '管理员' }, at: `2026-01-0${i}T00:00:00.000Z`, channel: 'fields.update', entity: { type: 'field', id: `f${i}` }, before: null, after: { sortOrder: i, nameZh: `领域${i}` } }
      const hash = oldRuleHash(prev, entry)
      insert.run(`e${i}`, entry.at, 'u', '管理员', entry.channel, 'field', `f${i}`, null, JSON.stringify(entry.after), prev, hash)
      prev = hash
    }
    await db.destroy()

    const core = await openCore({ passwordCost: testPasswordCost, dataDir: dir })
    const people = await staff(core)
    const rows = await core.db.selectFrom('auditEvent').selectAll().orderBy('seq').execute()
    expect(rows.slice(0, 3).map((r) => [r.chainSeq, r.hashVersion, r.signature])).toEqual([
      [1, 1, null],
      [2, 1, null],
      [3, 1, null]
    ])
    // Later migrations' own events (0014 re-keys the reference rows) follow under rule 1, unsigned; the first open
    // signs a head over all of them, then the chain goes on under the new rule.
    const head = rows.findIndex((r) => r.entityType === 'chain.head')
    expect(rows.slice(3, head).every((r) => r.channel.startsWith('migration') && r.hashVersion === 1)).toBe(true)
    expect(rows[head]).toMatchObject({ chainSeq: head + 1, hashVersion: 2, prevHash: rows[head - 1]!.hash })
    expect(rows.slice(head + 1).every((r) => r.hashVersion === 2 && r.signature !== null)).toBe(true)
    expect(people).toBeDefined()
    expect(checkOpenChains(core)).toMatchObject({ ok: true })
    await core.close()
  })
})
