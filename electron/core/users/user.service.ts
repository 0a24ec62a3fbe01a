import { AppError } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import type { Call } from '../call'
import { insertRecord, recordFact, replaceLinks, updateRecord } from '../records/records'
import type { Handlers } from '../handler-table'
import type { UserCreateInput } from '../../shared/users'
import { findUser, findUserByUsername, holds } from './user.repository'
import { hashPassword } from './password-hash'
import { storePassword } from './credential.repository'

/**
 * Adds an account with a first password, which the user must replace at
 * their first sign-in; only an administrator may.
 */
export async function createUser(call: Call, input: Required<UserCreateInput>) {
  if (await findUserByUsername(call.db, input.username)) {
    throw new AppError('conflict', `用户名 ${input.username} 已存在`, { username: '用户名已存在' })
  }
  const id = call.newId()
  await insertRecord(call, 'appUser', { id, username: input.username, displayName: input.displayName, role: input.role, active: 1 })
  const extraRoles = input.extraRoles.filter((r) => r !== input.role)
  await replaceLinks(call, 'appUserRole', { userId: id }, extraRoles.map((role) => ({ userId: id, role })))
  const { stored } = await hashPassword(input.password, call.core.passwordCost)
  await storePassword(call.db, id, stored, true, call.now)
  await recordFact(call, 'user.password_set', id, { username: input.username, reason: 'created', mustChange: true })
  return (await findUser(call.db, id))!
}

/**
 * Links an investigator account to the expert of the pool it acts as, so the
 * account signs opinions as that expert; `expertId: null` unlinks it.
 */
export async function linkUserExpert(call: Call, input: { userId: string; expertId: string | null }) {
  const before = await findUser(call.db, input.userId)
  if (!before) throw new AppError('not_found', '找不到该用户')
  if (input.expertId !== null) {
    if (!holds(before, 'investigator')) throw new AppError('invalid_input', '只有技术调查官账户可以关联专家', { expertId: '只有技术调查官账户可以关联专家' })
    const expert = await call.db.selectFrom('expert').select('id').where('id', '=', input.expertId).executeTakeFirst()
    if (!expert) throw new AppError('invalid_input', '找不到该专家', { expertId: '找不到该专家' })
    const other = await call.db.selectFrom('appUser').select('username').where('expertId', '=', input.expertId).where('id', '!=', input.userId).executeTakeFirst()
    if (other) throw new AppError('conflict', `该专家已关联账户 ${other.username}`, { expertId: '该专家已关联其他账户' })
  }
  // The link is set from the administrator's screen without a revision of its own: it applies over the current one.
  const { revision } = await call.db.selectFrom('appUser').select('revision').where('id', '=', input.userId).executeTakeFirstOrThrow()
  await updateRecord(call, 'appUser', input.userId, { revision, set: { expertId: input.expertId } })
  return (await findUser(call.db, input.userId))!
}

export const userHandlers: Handlers<'users.create' | 'users.linkExpert'> = {
  'users.create': { access: permissions.manageUsers, writes: true, run: createUser },
  'users.linkExpert': { access: permissions.manageUsers, writes: true, run: linkUserExpert }
}
