import { AppError } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import { newStamp, type Call } from '../call'
import type { Handlers } from '../handler-table'
import type { UserCreateInput } from '../../shared/users'
import { findUser, findUserByUsername } from './user.repository'

/** Adds an account to the picker; only an administrator may. */
export async function createUser(call: Call, input: Required<UserCreateInput>) {
  if (await findUserByUsername(call.db, input.username)) {
    throw new AppError('conflict', `用户名 ${input.username} 已存在`, { username: '用户名已存在' })
  }
  const id = call.newId()
  await call.db.insertInto('appUser').values({ id, ...input, active: 1, ...newStamp(call) }).execute()
  const user = (await findUser(call.db, id))!
  await call.audit({ type: 'user', id }, null, user)
  return user
}

export const userHandlers: Handlers<'users.create'> = {
  'users.create': { access: permissions.manageUsers, writes: true, run: createUser }
}
