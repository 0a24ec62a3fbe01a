import { afterEach, describe, expect, it, vi } from 'vitest'
import { expertInput } from '../support/expert-fixtures'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Core } from '../../../electron/core/core'
import type { Session } from '../../../electron/core/call'
import { verifyCommand } from '../../../electron/cli/verify'
import { fixedClock, sequentialIds, testPasswordCost } from '../support/test-core'
import { pondCase } from '../support/case-fixtures'
import { labHandover, pondWater } from '../support/sample-fixtures'

const coreModule = '../../../electron/core/core'
const migrationsModule = '../../../electron/core/db/migrations'
type CoreModule = typeof import('../../../electron/core/core')

afterEach(() => {
  vi.doUnmock(migrationsModule)
  vi.resetModules()
})

/** Today's modules, or those of an EcoCase whose newest migration came before 0019 (personal signatures). */
async function modules(beforeSignatures: boolean) {
  vi.resetModules()
  if (beforeSignatures) {
    vi.doMock(migrationsModule, async (importOriginal) => {
      const real = await importOriginal<typeof import('../../../electron/core/db/migrations')>()
      return { migrations: Object.fromEntries(Object.entries(real.migrations).filter(([name]) => name < '0019')) }
    })
  } else vi.doUnmock(migrationsModule)
  return {
    core: (await import(coreModule)) as CoreModule,
    dispatch: (await import('../../../electron/core/handler-table')).dispatch,
    call: await import('../../../electron/core/call'),
    hash: await import('../../../electron/core/users/password-hash'),
    credentials: await import('../../../electron/core/users/credential.repository'),
    records: await import('../../../electron/core/records/records')
  }
}

const own = 'own-password-1'

describe('a data folder from before personal signatures (migration 0019)', () => {
  it('keeps its users and signed-off records: each user signs in, gets a key at their next own password, signs, and verify passes', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecocase-before-0019-'))

    // The folder as that EcoCase left it: accounts, passwords (scrypt, as since 0013), a case, its sample and a lab handover, no keys.
    const old = await modules(true)
    const before: Core = await old.core.openCore({ dataDir: dir, now: fixedClock(), newId: sequentialIds(), passwordCost: testPasswordCost })
    expect(before.sqlite.prepare("select count(*) from sqlite_master where name in ('user_key', 'signature')").pluck().get()).toBe(0)
    const adminId = before.sqlite.prepare("select id from app_user where role = 'admin'").pluck().get() as string
    const setPassword = async (userId: string, password: string, mustChange: boolean) =>
      old.credentials.storePassword(before.db, userId, (await old.hash.hashPassword(password, testPasswordCost)).stored, mustChange, before.now().toISOString())
    await setPassword(adminId, own, false)
    // That EcoCase's sessions came from its sign-in; the calls below need only a session naming the user and role.
    const session = (userId: string, role: Session['role']): Session => ({ ...old.call.newSession('internal'), userId, role, lastActiveAt: before.now().getTime() })
    const must = async (s: Session, channel: string, input: unknown) => {
      const reply = await old.dispatch(before, s, channel as never, input)
      if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`)
      return reply.value as Record<string, unknown> & { id: string }
    }
    const admin = session(adminId, 'admin')
    const clerk = await must(admin, 'users.create', { username: 'chen.clerk', displayName: '陈书记员', role: 'clerk', extraRoles: [], password: 'first-password' })
    const investigator = await must(admin, 'users.create', { username: 'lin.investigator', displayName: '林调查官', role: 'investigator', extraRoles: [], password: 'first-password' })
    // The investigator chose their own password before the upgrade; the clerk still has the administrator's.
    await setPassword(investigator.id, own, false)
    const caseId = (await must(session(clerk.id, 'clerk'), 'cases.create', pondCase())).id
    // The court's administrator records the site and the sample (the investigator is assigned to the case only after the upgrade).
    const site = await must(admin, 'sites.create', { caseId, site: { name: '池塘', address: '', latitude: 24.1, longitude: 117.6, accuracyM: 5, waterbody: 'lake', notes: '' } })
    const sample = await must(admin, 'samples.create', pondWater({ caseId, siteId: site.id }))
    // The handover as that EcoCase recorded it: the row and its audit event, with no personal signature.
    const handover = labHandover(sample.id)
    await before.db.transaction().execute((trx) =>
      old.records.insertRecord({ db: trx, user: { id: investigator.id, displayName: '林调查官' }, channel: 'custody.record', now: before.now().toISOString(), newId: before.newId }, 'custodyEvent', {
        ...handover,
        id: before.newId(),
        at: new Date(handover.at).toISOString(),
        sealIntact: 1
      } as never)
    )
    await before.close()

    const today = await modules(false)
    let n = 9000
    const core: Core = await today.core.openCore({ dataDir: dir, now: fixedClock('2026-04-01T01:00:00.000Z'), newId: () => `01900000-0000-7000-8000-${(++n).toString(16).padStart(12, '0')}`, passwordCost: testPasswordCost })
    try {
      const keys = () => core.sqlite.prepare('select u.username from user_key k join app_user u on u.id = k.user_id order by u.username').pluck().all()
      expect(keys()).toEqual([])
      const signIn = async (username: string, password: string) => {
        const s = today.call.newSession('internal')
        const reply = await today.dispatch(core, s, 'session.signIn', { username, password })
        if (!reply.ok) throw new Error(`sign-in ${username}: ${JSON.stringify(reply.error)}`)
        return { s, value: reply.value as { mustChangePassword?: boolean } }
      }
      // Own passwords: the key is made at the first sign-in after the upgrade.
      await signIn('admin', own)
      const linIn = await signIn('lin.investigator', own)
      expect(keys()).toEqual(['admin', 'lin.investigator'])
      // The administrator's first password makes no key; the clerk's own new one does.
      const chenIn = await signIn('chen.clerk', 'first-password')
      expect(keys()).toEqual(['admin', 'lin.investigator'])
      const changed = await today.dispatch(core, chenIn.s, 'session.changePassword', { currentPassword: 'first-password', newPassword: own })
      expect(changed.ok).toBe(true)
      expect(keys()).toEqual(['admin', 'chen.clerk', 'lin.investigator'])
      // The investigator is assigned to the case (access follows the case): linked to their expert, confirmed with their own password, designated and notified.
      const todayMust = async (s: Session, channel: string, input: unknown) => {
        const reply = await today.dispatch(core, s, channel as never, input)
        if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`)
        return reply.value as Record<string, unknown> & { id: string; revision: number }
      }
      const water = (core.sqlite.prepare("select id from field where code = 'water'").pluck().get() as string)
      const expert = await todayMust(chenIn.s, 'experts.create', expertInput([water], { name: '林调查官', termStart: '2000-01-01', termEnd: '2099-12-31' }))
      await todayMust((await signIn('admin', own)).s, 'users.linkExpert', { userId: investigator.id, expertId: expert.id })
      await todayMust(linIn.s, 'users.confirmExpertLink', { password: own })
      const proposed = await todayMust(chenIn.s, 'assignments.designate', { caseId, expertId: expert.id, fieldId: water, overrideReason: '', replacesAssignmentId: null })
      await todayMust(chenIn.s, 'assignments.notify', { id: proposed.id, revision: proposed.revision })
      // The old handover stands as it was; a new one is signed with the investigator's key.
      const signed = await today.dispatch(core, linIn.s, 'custody.record', { ...labHandover(sample.id, { at: '2020-05-13T06:00:00.000Z', relinquishedBy: '漳州市环境监测中心', receivedBy: '漳州市环境监测中心分析室' }), password: own })
      expect(signed.ok).toBe(true)
      expect(core.sqlite.prepare("select count(*) from signature where purpose = 'custody.handover' and signer_user_id = ?").pluck().get(investigator.id)).toBe(1)
      expect(core.sqlite.prepare('select count(*) from custody_event').pluck().get()).toBe(2)
    } finally {
      await core.close()
    }
    const verified = await verifyCommand(dir, { full: true, stateDir: mkdtempSync(join(tmpdir(), 'ecocase-verified-')) })
    expect(verified.output).toContain('结论：通过')
    expect(verified.code).toBe(0)
  })
})
