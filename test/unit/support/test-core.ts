import { openCore, type Core } from '../../../electron/core/core'
import { expertInput } from './expert-fixtures'
import { dispatch } from '../../../electron/core/handler-table'
import { newSession, type Session } from '../../../electron/core/call'
import type { Channel } from '../../../electron/shared/channels'
import type { InputOf, ReplyOf } from '../../../electron/shared/contract'
import type { Result } from '../../../electron/shared/errors'
import type { Role } from '../../../electron/shared/roles'

/** A clock that starts at a fixed instant and moves one second per reading. */
export function fixedClock(start = '2026-03-02T01:00:00.000Z') {
  let t = Date.parse(start)
  return () => {
    const d = new Date(t)
    t += 1000
    return d
  }
}

/** A clock that stands still until the test moves it: for delays, locks and idle time. */
export function manualClock(start = '2026-03-02T01:00:00.000Z') {
  let t = Date.parse(start)
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms
    }
  }
}

/** Deterministic, well-formed UUIDv7 text: same run, same ids. */
export function sequentialIds() {
  let n = 0
  return () => `01900000-0000-7000-8000-${(++n).toString(16).padStart(12, '0')}`
}

/** scrypt at a tiny cost, so the many sign-ins of the tests stay fast; production uses the real cost. */
export const testPasswordCost = { n: 16, r: 1, p: 1 }

/** The password of every account the test helpers make. */
export const testPassword = 'test-password'

/** A fresh in-memory database with a fixed clock and id generator. */
export function testCore(start?: string): Promise<Core> {
  return openCore({ dataDir: ':memory:', now: fixedClock(start), newId: sequentialIds(), passwordCost: testPasswordCost })
}

export interface Actor {
  core: Core
  session: Session
  call<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<ReplyOf<C>>>
  /** Calls and fails the test unless the reply is ok. */
  must<C extends Channel>(channel: C, input: InputOf<C>): Promise<ReplyOf<C>>
}

/** Calls channels over one session. */
export function actorOf(core: Core, session: Session): Actor {
  const call = <C extends Channel>(channel: C, input: InputOf<C>) =>
    dispatch(core, session, channel, input) as Promise<Result<ReplyOf<C>>>
  return {
    core,
    session,
    call,
    must: async (channel, input) => {
      const reply = await call(channel, input)
      if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply.error)}`)
      return reply.value
    }
  }
}

/** A client nobody has signed in to. */
export function anonymous(core: Core): Actor {
  return actorOf(core, newSession('internal'))
}

/** Signs in through `session.signIn` with the password, as every client does. */
export async function signIn(core: Core, username: string, password = testPassword, role?: Role): Promise<Actor> {
  const actor = anonymous(core)
  await actor.must('session.signIn', role ? { username, password, role } : { username, password })
  return actor
}

/** The first run: names the seeded administrator `admin` and sets the test password. */
export async function setupAdmin(core: Core): Promise<Actor> {
  const actor = anonymous(core)
  await actor.must('session.setup', { username: 'admin', displayName: '系统管理员', password: testPassword })
  return actor
}

/**
 * An account made by the administrator with a first password, signed in and
 * moved to the test password as the forced change at first sign-in asks.
 */
export async function person(admin: Actor, username: string, displayName: string, role: Role, extraRoles: Role[] = []): Promise<Actor & { userId: string }> {
  const first = `${testPassword}-first`
  const user = await admin.must('users.create', { username, displayName, role, extraRoles, password: first })
  const actor = await signIn(admin.core, username, first)
  await actor.must('session.changePassword', { currentPassword: first, newPassword: testPassword })
  return Object.assign(actor, { userId: user.id })
}

/** The administrator (first run done) plus one signed-in user of every other role. */
export async function staff(core: Core): Promise<Record<Role, Actor>> {
  const admin = await setupAdmin(core)
  return {
    admin,
    clerk: await person(admin, 'clerk', '陈书记员', 'clerk'),
    investigator: await person(admin, 'investigator', '林调查官', 'investigator'),
    judge: await person(admin, 'judge', '王法官', 'judge')
  }
}

/**
 * Makes `investigator` an investigator of the case, as the court does
 * (access follows the case, issue 11): the administrator links their account
 * to a new expert of the water field, they confirm it with their password,
 * and the clerk designates, notifies and activates the assignment.
 */
export async function assignToCase(people: Pick<Record<Role, Actor>, 'admin' | 'clerk'>, investigator: Actor, caseId: string): Promise<{ expertId: string; assignmentId: string }> {
  const me = (await investigator.must('session.current', {})).user!
  let expertId = me.expertId
  const water = (await people.clerk.must('fields.list', {})).find((f) => f.code === 'water')!.id
  if (expertId === null) {
    const expert = await people.clerk.must('experts.create',
      // A term around every test clock, from the 2020 pond case to today's.
      expertInput([water], { name: me.displayName, termStart: '2000-01-01', termEnd: '2099-12-31', maxConcurrentCases: 5 })
    )
    expertId = expert.id
    await people.admin.must('users.linkExpert', { userId: me.id, expertId })
    await investigator.must('users.confirmExpertLink', { password: testPassword })
  }
  const proposed = await people.clerk.must('assignments.designate', { caseId, expertId, fieldId: water, overrideReason: '', replacesAssignmentId: null })
  const notified = await people.clerk.must('assignments.notify', { id: proposed.id, revision: proposed.revision })
  await people.clerk.must('assignments.activate', { id: notified.id, revision: notified.revision })
  return { expertId, assignmentId: proposed.id }
}
