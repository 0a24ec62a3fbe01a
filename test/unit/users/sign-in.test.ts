import { afterEach, describe, expect, it } from 'vitest'
import { openCore, type Core } from '../../../electron/core/core'
import { startPreviewServer, type PreviewServer } from '../../../electron/preview/preview-server'
import { anonymous, manualClock, person, sequentialIds, setupAdmin, signIn, testCore, testPassword, testPasswordCost } from '../support/test-core'

let core: Core
afterEach(() => core?.close())

async function clockedCore() {
  const clock = manualClock()
  core = await openCore({ dataDir: ':memory:', now: clock.now, newId: sequentialIds(), passwordCost: testPasswordCost })
  return clock
}

async function facts(types: string[]) {
  return (await core.db.selectFrom('auditEvent').select(['entityType', 'actorName', 'afterJson']).where('entityType', 'in', types).orderBy('seq').execute()).map((e) => ({
    type: e.entityType,
    actor: e.actorName,
    ...(JSON.parse(e.afterJson ?? '{}') as object)
  }))
}

describe('the first run', () => {
  it('has no default password: nothing but setup works until the administrator sets one, and setup works only once', async () => {
    core = await testCore()
    const nobody = anonymous(core)
    expect(await nobody.must('session.current', {})).toMatchObject({ user: null, firstRun: true })
    expect(await nobody.call('session.signIn', { username: 'admin', password: 'anything-at-all' })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
    expect(await nobody.call('experts.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
    expect(await nobody.call('session.setup', { username: 'admin', displayName: '管理员', password: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fieldErrors: { password: '密码至少 8 位' } }
    })

    const state = await nobody.must('session.setup', { username: 'zhou.admin', displayName: '周管理员', password: testPassword })
    expect(state).toMatchObject({ firstRun: false, user: { username: 'zhou.admin', displayName: '周管理员', role: 'admin' } })
    expect(await anonymous(core).call('session.setup', { username: 'evil', displayName: '冒名者', password: 'another-password' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' }
    })
    expect((await signIn(core, 'zhou.admin')).session).toMatchObject({ role: 'admin' })
  })
})

describe('signing in', () => {
  it('signs in with the password, refuses a wrong one and an unknown user alike, and audits each attempt without the hash', async () => {
    core = await testCore()
    const admin = await setupAdmin(core)
    await person(admin, 'chen.clerk', '陈晓雯', 'clerk')
    const nobody = anonymous(core)
    const wrong = await nobody.call('session.signIn', { username: 'chen.clerk', password: 'not-the-password' })
    const unknown = await nobody.call('session.signIn', { username: 'nobody.here', password: 'not-the-password' })
    expect(wrong).toEqual(unknown)
    expect(wrong).toMatchObject({ ok: false, error: { code: 'unauthenticated', message: '用户名或密码错误' } })
    expect(nobody.session.userId).toBeNull()

    const clerk = await signIn(core, 'chen.clerk')
    expect(await clerk.must('session.current', {})).toMatchObject({ user: { username: 'chen.clerk', role: 'clerk' }, locked: false })
    await clerk.must('session.signOut', {})
    expect(await clerk.call('experts.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })

    expect(await facts(['session.sign_in', 'session.sign_in_failed', 'session.sign_out'])).toEqual([
      { type: 'session.sign_in', actor: '系统管理员', username: 'admin', role: 'admin', client: 'internal' },
      { type: 'session.sign_in', actor: '陈晓雯', username: 'chen.clerk', role: 'clerk', client: 'internal' },
      { type: 'session.sign_in_failed', actor: '（未登录）', username: 'chen.clerk', client: 'internal', reason: 'wrong_password', failedAttempts: 1, lockedUntil: null },
      { type: 'session.sign_in_failed', actor: '（未登录）', username: 'nobody.here', client: 'internal', reason: 'unknown_user' },
      { type: 'session.sign_in', actor: '陈晓雯', username: 'chen.clerk', role: 'clerk', client: 'internal' },
      { type: 'session.sign_out', actor: '陈晓雯', username: 'chen.clerk', client: 'internal' }
    ])
    const hash = (await core.db.selectFrom('userCredential').select('hash').executeTakeFirstOrThrow()).hash
    const trail = (await core.db.selectFrom('auditEvent').select(['beforeJson', 'afterJson']).execute()).map((e) => `${e.beforeJson}${e.afterJson}`).join()
    expect(trail).not.toContain(hash)
  })

  it('makes each failure wait longer and locks the account after the policy’s number of failures, even for the right password', async () => {
    const clock = await clockedCore()
    const admin = await setupAdmin(core)
    await person(admin, 'lin.investigator', '林永华', 'investigator')
    const nobody = anonymous(core)
    const attempt = (password: string) => nobody.call('session.signIn', { username: 'lin.investigator', password })

    expect(await attempt('wrong-password-1')).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
    expect(await attempt(testPassword)).toMatchObject({ ok: false, error: { code: 'too_many_attempts', message: '密码错误后须等待：请 1 秒后再试' } })
    clock.advance(1000)
    expect(await attempt('wrong-password-2')).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
    clock.advance(1000)
    expect(await attempt('wrong-password-3')).toMatchObject({ ok: false, error: { message: '密码错误后须等待：请 1 秒后再试' } })
    clock.advance(1000)
    expect(await attempt('wrong-password-3')).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
    clock.advance(3000)
    expect(await attempt(testPassword)).toMatchObject({ ok: false, error: { message: '密码错误后须等待：请 1 秒后再试' } })
    clock.advance(1000)
    // Three failures, a right password after the wait: signed in, and the count starts again.
    expect(await attempt(testPassword)).toMatchObject({ ok: true })

    for (let i = 1; i <= 5; i++) {
      expect(await anonymous(core).call('session.signIn', { username: 'lin.investigator', password: `wrong-${i}-password` })).toMatchObject({ ok: false })
      clock.advance(60_000)
    }
    expect(await attempt(testPassword)).toMatchObject({ ok: false, error: { code: 'too_many_attempts', message: expect.stringContaining('账户已锁定至') } })
    clock.advance(30 * 60_000)
    expect(await attempt(testPassword)).toMatchObject({ ok: true })
    const failures = await facts(['session.sign_in_failed'])
    expect(failures.at(-1)).toMatchObject({ failedAttempts: 5, lockedUntil: '2026-03-02T01:34:07.000Z' })
  })

  it('lets a user of several roles act in one at a time, chosen at sign-in, and audits a change of role', async () => {
    core = await testCore()
    const admin = await setupAdmin(core)
    await person(admin, 'wu.admin', '吴书记员', 'admin', ['clerk'])
    const asClerk = await signIn(core, 'wu.admin', testPassword, 'clerk')
    expect(await asClerk.call('users.create', { username: 'x.y', displayName: '某', role: 'judge', password: testPassword })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' }
    })
    expect(await asClerk.must('session.switchRole', { role: 'admin' })).toMatchObject({ user: { role: 'admin', roles: ['admin', 'clerk'] } })
    expect(await asClerk.call('session.switchRole', { role: 'judge' })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await anonymous(core).call('session.signIn', { username: 'wu.admin', password: testPassword, role: 'judge' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' }
    })
    expect(await facts(['session.role_change'])).toEqual([{ type: 'session.role_change', actor: '吴书记员', username: 'wu.admin', from: 'clerk', to: 'admin', client: 'internal' }])
  })
})

describe('the idle lock', () => {
  it('locks a session idle for 15 minutes; only the same user’s password unlocks it', async () => {
    const clock = await clockedCore()
    const admin = await setupAdmin(core)
    await person(admin, 'chen.clerk', '陈晓雯', 'clerk')
    const clerk = await signIn(core, 'chen.clerk')
    clock.advance(14 * 60_000)
    expect(await clerk.call('experts.list', {})).toMatchObject({ ok: true })
    clock.advance(15 * 60_000)
    expect(await clerk.call('experts.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } })
    expect(await clerk.must('session.current', {})).toMatchObject({ locked: true, user: { username: 'chen.clerk' } })
    expect(await clerk.call('session.unlock', { password: 'someone-elses' })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
    expect(await clerk.call('experts.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } })
    clock.advance(1000)
    expect(await clerk.must('session.unlock', { password: testPassword })).toMatchObject({ locked: false })
    expect(await clerk.call('experts.list', {})).toMatchObject({ ok: true })
    expect((await facts(['session.lock', 'session.unlock'])).map((f) => f.type)).toEqual(['session.lock', 'session.unlock'])
  })
})

describe('two browsers on one preview', () => {
  let preview: PreviewServer
  afterEach(() => preview?.close())

  it('keeps a session per browser by an HttpOnly SameSite=Strict cookie: two users at once, each acting as themselves', async () => {
    core = await testCore()
    const admin = await setupAdmin(core)
    await person(admin, 'chen.clerk', '陈晓雯', 'clerk')
    await person(admin, 'lin.investigator', '林永华', 'investigator')
    preview = await startPreviewServer(core, '/nonexistent')
    const origin = new URL(preview.url).origin
    const browser = () => {
      let cookie = ''
      return {
        get cookie() {
          return cookie
        },
        call: async (channel: string, input: unknown) => {
          const res = await fetch(`${origin}/api/${channel}`, {
            method: 'POST',
            headers: { 'x-ecocase-token': preview.token, 'content-type': 'application/json', cookie },
            body: JSON.stringify(input)
          })
          const set = res.headers.get('set-cookie')
          if (set) cookie = set.split(';')[0]!
          return { set, body: (await res.json()) as { ok: boolean; value?: { user?: { username: string } }; error?: { code: string } } }
        }
      }
    }
    const clerkBrowser = browser()
    const investigatorBrowser = browser()
    const signedIn = await clerkBrowser.call('session.signIn', { username: 'chen.clerk', password: testPassword })
    expect(signedIn.set).toMatch(/^ecocase_session_\d+=[0-9a-f]{64}; HttpOnly; SameSite=Strict; Path=\/$/)
    await investigatorBrowser.call('session.signIn', { username: 'lin.investigator', password: testPassword })
    expect(clerkBrowser.cookie).not.toBe(investigatorBrowser.cookie)

    expect((await clerkBrowser.call('session.current', {})).body.value?.user?.username).toBe('chen.clerk')
    expect((await investigatorBrowser.call('session.current', {})).body.value?.user?.username).toBe('lin.investigator')
    expect((await clerkBrowser.call('cases.create', {})).body.error?.code).toBe('invalid_input')
    expect((await investigatorBrowser.call('cases.create', {})).body.error?.code).toBe('forbidden')

    // A cookie the server never issued, or one signed out, is nobody's.
    const forged = await fetch(`${origin}/api/session.current`, {
      method: 'POST',
      headers: { 'x-ecocase-token': preview.token, 'content-type': 'application/json', cookie: `${clerkBrowser.cookie.split('=')[0]}=${'0'.repeat(64)}` },
      body: '{}'
    })
    expect(((await forged.json()) as { value: { user: unknown } }).value.user).toBeNull()
    const stale = clerkBrowser.cookie
    expect((await clerkBrowser.call('session.signOut', {})).set).toMatch(/Max-Age=0/)
    const replay = await fetch(`${origin}/api/experts.list`, {
      method: 'POST',
      headers: { 'x-ecocase-token': preview.token, 'content-type': 'application/json', cookie: stale },
      body: '{}'
    })
    expect(((await replay.json()) as { error: { code: string } }).error.code).toBe('unauthenticated')
    expect((await investigatorBrowser.call('session.current', {})).body.value?.user?.username).toBe('lin.investigator')
  })
})
