import { openCore, type Core } from '../../../electron/core/core'
import { dispatch } from '../../../electron/core/handler-table'
import type { Session } from '../../../electron/core/call'
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

/** Deterministic, well-formed UUIDv7 text: same run, same ids. */
export function sequentialIds() {
  let n = 0
  return () => `01900000-0000-7000-8000-${(++n).toString(16).padStart(12, '0')}`
}

/** A fresh in-memory database with a fixed clock and id generator. */
export function testCore(start?: string): Promise<Core> {
  return openCore({ dataDir: ':memory:', now: fixedClock(start), newId: sequentialIds() })
}

export interface Actor {
  session: Session
  call<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<ReplyOf<C>>>
  /** Calls and fails the test unless the reply is ok. */
  must<C extends Channel>(channel: C, input: InputOf<C>): Promise<ReplyOf<C>>
}

export function actor(core: Core, userId: string | null): Actor {
  const session: Session = { userId }
  const call = <C extends Channel>(channel: C, input: InputOf<C>) =>
    dispatch(core, session, channel, input) as Promise<Result<ReplyOf<C>>>
  return {
    session,
    call,
    must: async (channel, input) => {
      const reply = await call(channel, input)
      if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply.error)}`)
      return reply.value
    }
  }
}

/** The seeded administrator plus one user of every other role. */
export async function staff(core: Core): Promise<Record<Role, Actor>> {
  const admin = await core.db.selectFrom('appUser').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow()
  const adminActor = actor(core, admin.id)
  const make = async (username: string, displayName: string, role: Role) =>
    actor(core, (await adminActor.must('users.create', { username, displayName, role })).id)
  return {
    admin: adminActor,
    clerk: await make('clerk', '陈书记员', 'clerk'),
    investigator: await make('investigator', '林调查官', 'investigator'),
    judge: await make('judge', '王法官', 'judge')
  }
}
