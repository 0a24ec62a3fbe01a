import { afterEach, describe, expect, it } from 'vitest'
import { openCore, type Core } from '../../../electron/core/core'
import { anonymous, manualClock, person, sequentialIds, setupAdmin, signIn, testCore, testPassword, testPasswordCost } from '../support/test-core'

let core: Core
afterEach(() => core?.close())

describe('an administrator manages the accounts', () => {
  it('resets a password: the old one stops working, and the user must choose a new one before anything else', async () => {
    core = await testCore()
    const admin = await setupAdmin(core)
    const clerk = await person(admin, 'chen.clerk', '陈晓雯', 'clerk')
    expect(await clerk.call('users.resetPassword', { userId: admin.session.userId!, password: 'taken-over-1' })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    await admin.must('users.resetPassword', { userId: clerk.userId, password: 'temporary-123' })

    expect(await anonymous(core).call('session.signIn', { username: 'chen.clerk', password: testPassword })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
    const back = anonymous(core)
    expect(await back.must('session.signIn', { username: 'chen.clerk', password: 'temporary-123' })).toMatchObject({ mustChangePassword: true })
    expect(await back.call('experts.list', {})).toMatchObject({ ok: false, error: { code: 'must_change_password' } })
    expect(await back.call('session.changePassword', { currentPassword: 'temporary-123', newPassword: 'temporary-123' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fieldErrors: { newPassword: '新密码不能与当前密码相同' } }
    })
    expect(await back.must('session.changePassword', { currentPassword: 'temporary-123', newPassword: 'chen-own-password' })).toMatchObject({ mustChangePassword: false })
    expect(await back.call('experts.list', {})).toMatchObject({ ok: true })
    expect(await signIn(core, 'chen.clerk', 'chen-own-password')).toBeTruthy()
    const facts = await core.db.selectFrom('auditEvent').select(['entityType', 'actorName']).where('entityType', 'in', ['user.password_reset', 'user.password_change']).orderBy('seq').execute()
    expect(facts).toEqual([
      { entityType: 'user.password_change', actorName: '陈晓雯' },
      { entityType: 'user.password_reset', actorName: '系统管理员' },
      { entityType: 'user.password_change', actorName: '陈晓雯' }
    ])
  })

  it('deactivates a user, whose open session ends and who can no longer sign in, and reactivates them', async () => {
    core = await testCore()
    const admin = await setupAdmin(core)
    const judge = await person(admin, 'wang.judge', '王建明', 'judge')
    const before = (await admin.must('users.all', {})).find((u) => u.username === 'wang.judge')!
    const off = await admin.must('users.deactivate', { id: judge.userId, revision: before.revision })
    expect(off.active).toBe(false)
    expect(await judge.call('orders.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
    expect(await anonymous(core).call('session.signIn', { username: 'wang.judge', password: testPassword })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: '该账户已停用，请联系管理员' }
    })
    // A wrong password is told as wrong, so a guesser cannot learn that the account exists but is deactivated.
    expect(await anonymous(core).call('session.signIn', { username: 'wang.judge', password: 'wrong-password' })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
    expect((await admin.must('users.list', {})).map((u) => u.username)).not.toContain('wang.judge')
    expect((await admin.must('users.all', {})).map((u) => u.username)).toContain('wang.judge')

    await admin.must('users.reactivate', { id: judge.userId, revision: off.revision })
    expect(await signIn(core, 'wang.judge')).toBeTruthy()
  })

  it('edits names and roles but never removes the last administrator', async () => {
    core = await testCore()
    const admin = await setupAdmin(core)
    const self = (await admin.must('users.all', {}))[0]!
    expect(await admin.call('users.deactivate', { id: self.id, revision: self.revision })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await admin.call('users.update', { id: self.id, revision: self.revision, displayName: '周管理员', role: 'clerk', extraRoles: [] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
    const edited = await admin.must('users.update', { id: self.id, revision: self.revision, displayName: '周管理员', role: 'admin', extraRoles: ['clerk'] })
    expect(edited).toMatchObject({ displayName: '周管理员', username: 'admin', roles: ['admin', 'clerk'] })
    expect(await admin.call('users.update', { id: self.id, revision: self.revision, displayName: '过时', role: 'admin', extraRoles: [] })).toMatchObject({
      ok: false,
      error: { code: 'conflict' }
    })
  })

  it('sets the idle lock and the failed-attempt policy', async () => {
    const clock = manualClock()
    core = await openCore({ dataDir: ':memory:', now: clock.now, newId: sequentialIds(), passwordCost: testPasswordCost })
    const admin = await setupAdmin(core)
    const clerk = await person(admin, 'chen.clerk', '陈晓雯', 'clerk')
    expect(await clerk.call('security.update', { idleLockMinutes: 5, maxFailedAttempts: 3, lockMinutes: 10, revision: 0 })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await admin.must('security.update', { idleLockMinutes: 5, maxFailedAttempts: 3, lockMinutes: 10, revision: 0 })).toEqual({
      idleLockMinutes: 5,
      maxFailedAttempts: 3,
      lockMinutes: 10,
      revision: 0
    })
    expect(await clerk.must('session.current', {})).toMatchObject({ idleLockMinutes: 5 })
    clock.advance(5 * 60_000)
    expect(await clerk.call('experts.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } })
    await admin.must('session.unlock', { password: testPassword })
    expect(await admin.must('security.update', { idleLockMinutes: 30, maxFailedAttempts: 3, lockMinutes: 10, revision: 0 })).toMatchObject({ revision: 1 })
  })
})
