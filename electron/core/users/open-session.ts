import { AppError, errorFields } from '../../shared/errors'
import type { Role } from '../../shared/roles'
import type { Core } from '../core'
import { newSession, type ClientKind, type Session } from '../call'
import { dispatch } from '../handler-table'

/**
 * A session signed in through `session.signIn` with the user's password, for
 * clients that are not a window or a browser (a CLI run, the demo loader):
 * the same channel, the same checks, the same audit fact.
 *
 * @throws AppError the sign-in's refusal.
 */
export async function openSession(core: Core, client: ClientKind, username: string, password: string, role?: Role): Promise<Session> {
  const session = newSession(client)
  const reply = await dispatch(core, session, 'session.signIn', role ? { username, password, role } : { username, password })
  if (!reply.ok) throw new AppError(reply.error.code, reply.error.reason, reply.error.params, errorFields(reply.error))
  return session
}
