import { AppError } from '../../shared/errors'
import type { Handlers } from '../handler-table'
import { findUser, listUsers } from './user.repository'

/**
 * The current-user picker: until real accounts arrive, a transport session
 * names its user, and every role check in core reads that user from the database.
 */
export const sessionHandlers: Handlers<'session.current' | 'session.signIn' | 'users.list'> = {
  'session.current': { access: 'anyone', run: async (call) => call.user },
  'session.signIn': {
    access: 'anyone',
    run: async (call, input) => {
      const user = await findUser(call.db, input.userId)
      if (!user) throw new AppError('not_found', '找不到该用户')
      if (!user.active) throw new AppError('forbidden', '该用户已停用')
      call.session.userId = user.id
      return user
    }
  },
  'users.list': { access: 'anyone', run: async (call) => (await listUsers(call.db)).filter((u) => u.active) }
}
