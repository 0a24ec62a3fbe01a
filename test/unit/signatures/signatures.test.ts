import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Core } from '../../../electron/core/core'
import { demoPassword, loadDemo } from '../../../electron/core/demo/load-demo'
import { keyFingerprint } from '../../../electron/core/exchange/partners'
import { Findings } from '../../../electron/core/audit/forensic-report'
import { checkSignatures } from '../../../electron/core/signatures/signature-check'
import { signerLabel } from '../../../electron/shared/signatures'
import { signIn, testCore, type Actor } from '../support/test-core'
import { verifyText } from '../../../electron/shared/verify-reasons'

let core: Core
let admin: Actor
let lin: Actor
beforeEach(async () => {
  core = await testCore()
  await loadDemo(core)
  admin = await signIn(core, 'admin', demoPassword)
  lin = await signIn(core, 'lin.investigator', demoPassword)
}, 60_000)
afterEach(() => core.close())

async function demoOpinion() {
  const courtCase = await core.db.selectFrom('courtCase').select('id').where('caseNumber', '=', '（2020）闽0626刑初123号').executeTakeFirstOrThrow()
  const latest = (await lin.must('opinions.forCase', { caseId: courtCase.id })).at(-1)!
  return lin.must('opinions.get', { id: latest.id })
}

function keysOf(username: string) {
  return core.sqlite
    .prepare('select k.id, k.public_key, k.fingerprint, k.valid_until, k.ended_reason from user_key k join app_user u on u.id = k.user_id where u.username = ? order by k.valid_from')
    .all(username) as { id: string; public_key: string; fingerprint: string; valid_until: string | null; ended_reason: string }[]
}

function verifySignatures(since?: Map<string, Set<string>>) {
  const findings = new Findings()
  const checked = checkSignatures(core.sqlite, findings, since)
  return { checked, messages: findings.kept.map((f) => verifyText(f, 'zh')) }
}

describe('personal signing keys', () => {
  it('gives every demo user an Ed25519 key whose private half rests only encrypted, never in the audit trail', () => {
    for (const username of ['admin', 'chen.clerk', 'lin.investigator', 'chen.investigator', 'wang.judge']) {
      const [key, ...more] = keysOf(username)
      expect(more).toEqual([])
      expect(key).toMatchObject({ valid_until: null, public_key: expect.stringMatching(/^[0-9a-f]{64}$/) })
      expect(key!.fingerprint).toBe(keyFingerprint(key!.public_key))
    }
    const sealed = core.sqlite.prepare('select key_ciphertext, key_iv, key_tag from user_credential').all() as { key_ciphertext: string }[]
    expect(sealed).toHaveLength(5)
    const trail = (core.sqlite.prepare('select group_concat(after_json) as t from audit_event').get() as { t: string }).t
    for (const s of sealed) {
      expect(s.key_ciphertext.length).toBeGreaterThan(40)
      expect(trail).not.toContain(s.key_ciphertext)
    }
    expect(trail).not.toContain('PRIVATE KEY')
  })

  it('keeps the same key through a password change, and ends it at an administrator’s reset; old signatures stay valid', async () => {
    const before = keysOf('lin.investigator')
    await lin.must('session.changePassword', { currentPassword: demoPassword, newPassword: 'lin-new-password' })
    expect(keysOf('lin.investigator')).toEqual(before)
    const opinion = await demoOpinion()
    expect(await lin.call('opinions.sign', { id: opinion.id, revision: opinion.revision, password: demoPassword })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fieldErrors: { password: '密码错误' } }
    })
    await lin.must('opinions.sign', { id: opinion.id, revision: opinion.revision, password: 'lin-new-password' })

    const linId = (await admin.must('users.all', {})).find((u) => u.username === 'lin.investigator')!.id
    await admin.must('users.resetPassword', { userId: linId, password: 'reset-by-admin' })
    const [ended] = keysOf('lin.investigator')
    expect(ended).toMatchObject({ id: before[0]!.id, valid_until: expect.any(String), ended_reason: 'password_reset' })
    const again = await signIn(core, 'lin.investigator', 'reset-by-admin')
    await again.must('session.changePassword', { currentPassword: 'reset-by-admin', newPassword: 'lin-own-password' })
    const [, fresh, ...none] = keysOf('lin.investigator')
    expect(none).toEqual([])
    expect(fresh).toMatchObject({ valid_until: null })
    expect(fresh!.public_key).not.toBe(before[0]!.public_key)
    // The signature made with the ended key still verifies, and still names it.
    expect(verifySignatures().messages).toEqual([])
    const [signature] = (await lin.must('signatures.list', { subjectIds: [opinion.id] }))
    expect(signature).toMatchObject({ purpose: 'opinion.sign', username: 'lin.investigator', keyFingerprint: before[0]!.fingerprint })
  })
})

describe('signing', () => {
  it('signs the opinion with the signer’s key over the hash of its content; a wrong password changes nothing', async () => {
    const opinion = await demoOpinion()
    const events = () => (core.sqlite.prepare('select count(*) as n from audit_event').get() as { n: number }).n
    const before = events()
    expect(await lin.call('opinions.sign', { id: opinion.id, revision: opinion.revision, password: 'not-my-password' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fieldErrors: { password: '密码错误' } }
    })
    expect(await lin.must('opinions.get', { id: opinion.id })).toEqual(opinion)
    // Only the failed attempt is recorded (it counts toward the account lock).
    expect(events()).toBe(before + 1)
    expect(core.sqlite.prepare("select count(*) as n from signature where purpose = 'opinion.sign'").get()).toEqual({ n: 0 })

    await lin.must('opinions.sign', { id: opinion.id, revision: opinion.revision, password: demoPassword })
    const [signature] = await lin.must('signatures.list', { subjectIds: [opinion.id] })
    expect(signature).toMatchObject({
      purpose: 'opinion.sign',
      username: 'lin.investigator',
      expertName: '林永华',
      keyFingerprint: keysOf('lin.investigator')[0]!.fingerprint,
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/)
    })
    expect(signerLabel(signature!)).toMatch(/^林永华（.+，账户 lin\.investigator）$/)
    const all = verifySignatures()
    // The demo's custody handovers and its issued order are signed too.
    expect(all.checked).toBeGreaterThanOrEqual(3)
    expect(all.messages).toEqual([])
  })

  it('finds a signed opinion altered in its table: verify names the signature', async () => {
    const opinion = await demoOpinion()
    await lin.must('opinions.sign', { id: opinion.id, revision: opinion.revision, password: demoPassword })
    core.sqlite.prepare("update opinion set findings = findings || '（篡改）' where id = ?").run(opinion.id)
    expect(verifySignatures().messages).toEqual([expect.stringContaining('所签署的记录在签名后被改动')])
  })

  it('incremental verify checks again only the signatures the changes since its point could touch', async () => {
    const opinion = await demoOpinion()
    await lin.must('opinions.sign', { id: opinion.id, revision: opinion.revision, password: demoPassword })
    const signature = core.sqlite.prepare("select id, signer_key_id from signature where purpose = 'opinion.sign'").get() as { id: string; signer_key_id: string }
    core.sqlite.prepare("update opinion set findings = findings || '（篡改）' where id = ?").run(opinion.id)
    const found = [expect.stringContaining('所签署的记录在签名后被改动')]
    // Nothing since that reaches it: the signature waits for the full check.
    expect(verifySignatures(new Map([['field', new Set(['x'])]]))).toEqual({ checked: 0, messages: [] })
    expect(verifySignatures(new Map([['opinion', new Set([opinion.id])]])).messages).toEqual(found)
    expect(verifySignatures(new Map([['signature', new Set([signature.id])]])).messages).toEqual(found)
    expect(verifySignatures(new Map([['user_key', new Set([signature.signer_key_id])]])).messages).toEqual(found)
    // A link row the signed content reads (which samples the opinion relies on) rechecks the purpose's signatures.
    const viaLink = verifySignatures(new Map([['opinion_sample', new Set(['any'])]]))
    expect(viaLink).toEqual({ checked: 1, messages: found })
  })
})

describe('the link between an account and an expert', () => {
  it('refuses a forgery: a new account named like the expert and linked by the administrator cannot sign as them', async () => {
    const opinion = await demoOpinion()
    const real = (await lin.must('session.current', {})).user!
    expect(real).toMatchObject({ expertLinkConfirmed: true })
    const expertId = real.expertId!
    const fake = await admin.must('users.create', { username: 'lin.yonghua', displayName: '林永华', role: 'investigator', extraRoles: [], password: 'first-password' })
    expect(await admin.call('users.linkExpert', { userId: fake.id, expertId })).toMatchObject({ ok: false, error: { code: 'conflict' } })
    // Moving the expert away from the real account takes a reason, and is told in the trail.
    expect(await admin.call('users.linkExpert', { userId: real.id, expertId: null })).toMatchObject({ ok: false, error: { fieldErrors: { reason: '请填写更改关联的原因' } } })
    await admin.must('users.linkExpert', { userId: real.id, expertId: null, reason: '账户调整' })
    const linked = await admin.must('users.linkExpert', { userId: fake.id, expertId })
    expect(linked).toMatchObject({ expertId, expertLinkConfirmed: false })
    const fact = core.sqlite.prepare("select after_json from audit_event where entity_type = 'user.expert_link_change'").get() as { after_json: string }
    expect(JSON.parse(fact.after_json)).toMatchObject({ username: 'lin.investigator', from: expertId, to: null, reason: '账户调整' })

    // The administrator knows the first password and completes the forced change, yet the unconfirmed link does not make the account the expert.
    const impostor = await signIn(core, 'lin.yonghua', 'first-password')
    await impostor.must('session.changePassword', { currentPassword: 'first-password', newPassword: 'impostor-password' })
    expect(await impostor.call('opinions.sign', { id: opinion.id, revision: opinion.revision, password: 'impostor-password' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('尚未经您本人以密码确认') }
    })
    expect(core.sqlite.prepare("select count(*) as n from signature where purpose = 'opinion.sign'").get()).toEqual({ n: 0 })
    // Its key is its own, not the expert's real account's, and the real account's signatures stay where they were.
    expect(keysOf('lin.yonghua')[0]!.fingerprint).not.toBe(keysOf('lin.investigator')[0]!.fingerprint)
    const custody = (core.sqlite.prepare('select id from custody_event').all() as { id: string }[]).map((r) => r.id)
    const handovers = await admin.must('signatures.list', { subjectIds: custody })
    expect(handovers.length).toBeGreaterThan(0)
    expect(handovers.every((h) => h.username === 'lin.investigator' && h.keyFingerprint === keysOf('lin.investigator')[0]!.fingerprint)).toBe(true)

    // Should that account's user confirm (here the administrator, who set its password), what it signs names that account and its key: never the real one.
    await impostor.must('users.confirmExpertLink', { password: 'impostor-password' })
    await impostor.must('opinions.sign', { id: opinion.id, revision: opinion.revision, password: 'impostor-password' })
    const [signature] = await admin.must('signatures.list', { subjectIds: [opinion.id] })
    expect(signature).toMatchObject({ username: 'lin.yonghua', keyFingerprint: keysOf('lin.yonghua')[0]!.fingerprint })
    expect(signerLabel(signature!)).toContain('账户 lin.yonghua')
    expect(verifySignatures().messages).toEqual([])
  })

  it('asks the user, not the administrator, to confirm; a wrong password confirms nothing', async () => {
    expect(await admin.call('users.confirmExpertLink', { password: demoPassword })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    const chen = await signIn(core, 'chen.investigator', demoPassword)
    expect(await chen.call('users.confirmExpertLink', { password: demoPassword })).toMatchObject({ ok: false, error: { code: 'conflict' } })
    const real = (await lin.must('session.current', {})).user!
    await admin.must('users.linkExpert', { userId: real.id, expertId: null, reason: '更正' })
    await admin.must('users.linkExpert', { userId: real.id, expertId: real.expertId!, reason: '更正' })
    expect(await lin.call('users.confirmExpertLink', { password: 'wrong-password' })).toMatchObject({ ok: false, error: { fieldErrors: { password: '密码错误' } } })
    expect((await lin.must('session.current', {})).user).toMatchObject({ expertLinkConfirmed: false })
    expect(await lin.must('users.confirmExpertLink', { password: demoPassword })).toMatchObject({ expertLinkConfirmed: true })
  })
})
