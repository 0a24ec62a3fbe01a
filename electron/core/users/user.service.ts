import { AppError } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import type { Call } from '../call'
import { insertRecord, recordFact, replaceLinks, updateRecord } from '../records/records'
import type { Handlers } from '../handler-table'
import type { UserCreateInput, UserUpdateInput } from '../../shared/users'
import { findUser, findUserByUsername, holds, listUsers } from './user.repository'
import { hashPassword } from './password-hash'
import { storePassword } from './credential.repository'
import { endUserKey } from '../signatures/user-key'
import { noCase } from '../access/case-scope'

/**
 * Adds an account with a first password, which the user must replace at
 * their first sign-in; only an administrator may.
 */
export async function createUser(call: Call, input: Required<UserCreateInput>) {
  if (await findUserByUsername(call.db, input.username)) {
    throw new AppError('conflict', 'username_taken', { username: input.username }, { username: 'field_username_taken' })
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
 * Links an investigator account to the expert of the pool it acts as. The
 * link counts only once the user confirms it with their password
 * (`users.confirmExpertLink`), so an administrator alone can never make an
 * account sign as an expert. It is set once; changing or removing it later
 * needs a reason, is told by a `user.expert_link_change` fact, and asks for
 * the user's confirmation again. Signatures already made keep the account,
 * key and expert they were made with.
 */
export async function linkUserExpert(call: Call, input: { userId: string; expertId: string | null; reason?: string }) {
  const before = await findUser(call.db, input.userId)
  if (!before) throw new AppError('not_found', 'user_not_found')
  if (before.expertId === input.expertId) throw new AppError('invalid_input', input.expertId === null ? 'account_has_no_expert' : 'account_has_this_expert')
  const reason = input.reason?.trim() ?? ''
  if (before.expertId !== null && reason === '') {
    throw new AppError('invalid_input', 'expert_link_change_needs_reason', {}, { reason: 'field_expert_link_reason' })
  }
  if (input.expertId !== null) {
    if (!holds(before, 'investigator')) throw new AppError('invalid_input', 'link_expert_investigator_only', {}, { expertId: 'link_expert_investigator_only' })
    const expert = await call.db.selectFrom('expert').select('id').where('id', '=', input.expertId).executeTakeFirst()
    if (!expert) throw new AppError('invalid_input', 'expert_not_found', {}, { expertId: 'expert_not_found' })
    const other = await call.db.selectFrom('appUser').select('username').where('expertId', '=', input.expertId).where('id', '!=', input.userId).executeTakeFirst()
    if (other) throw new AppError('conflict', 'expert_linked_elsewhere', { username: other.username }, { expertId: 'field_expert_linked_elsewhere' })
  }
  // The link is set from the administrator's screen without a revision of its own: it applies over the current one.
  const { revision } = await call.db.selectFrom('appUser').select('revision').where('id', '=', input.userId).executeTakeFirstOrThrow()
  await updateRecord(call, 'appUser', input.userId, { revision, set: { expertId: input.expertId, expertLinkConfirmedAt: null } })
  if (before.expertId !== null) {
    await recordFact(call, 'user.expert_link_change', input.userId, { username: before.username, from: before.expertId, to: input.expertId, reason })
  }
  return (await findUser(call.db, input.userId))!
}

/** The user confirms, with their password (checked before the call, see `signs`), the expert their account was linked to. */
async function confirmExpertLink(call: Call) {
  const user = (await findUser(call.db, call.user.id))!
  if (user.expertId === null) throw new AppError('invalid_input', 'expert_link_missing')
  if (user.expertLinkConfirmed) throw new AppError('conflict', 'expert_link_already_confirmed')
  const { revision } = await call.db.selectFrom('appUser').select('revision').where('id', '=', user.id).executeTakeFirstOrThrow()
  await updateRecord(call, 'appUser', user.id, { revision, set: { expertLinkConfirmedAt: call.now } })
  return (await findUser(call.db, user.id))!
}

/** Edits the name and roles; the username stays, since the audit trail and signatures name it. */
async function updateUser(call: Call, input: Required<UserUpdateInput>) {
  const before = await findUser(call.db, input.id)
  if (!before) throw new AppError('not_found', 'user_not_found')
  if (before.roles.includes('admin') && ![input.role, ...input.extraRoles].includes('admin')) await refuseLastAdmin(call, input.id)
  await updateRecord(call, 'appUser', input.id, { revision: input.revision, set: { displayName: input.displayName, role: input.role } })
  const extraRoles = input.extraRoles.filter((r) => r !== input.role)
  await replaceLinks(call, 'appUserRole', { userId: input.id }, extraRoles.map((role) => ({ userId: input.id, role })))
  return (await findUser(call.db, input.id))!
}

/** Nobody may remove the last active administrator, or the app could never be administered again. */
async function refuseLastAdmin(call: Call, userId: string) {
  const admins = (await listUsers(call.db)).filter((u) => u.active && u.roles.includes('admin') && u.id !== userId)
  if (admins.length === 0) throw new AppError('invalid_input', 'last_admin')
}

async function setActive(call: Call, input: { id: string; revision: number }, active: boolean) {
  const before = await findUser(call.db, input.id)
  if (!before) throw new AppError('not_found', 'user_not_found')
  if (before.active === active) throw new AppError('invalid_input', active ? 'account_already_active' : 'account_already_inactive')
  if (!active) await refuseLastAdmin(call, input.id)
  await updateRecord(call, 'appUser', input.id, { revision: input.revision, set: { active: active ? 1 : 0 } })
  return (await findUser(call.db, input.id))!
}

/**
 * An administrator sets a first password for a user who forgot theirs; the
 * user must choose a new one at the next sign-in, and any lock is lifted.
 */
async function resetPassword(call: Call, input: { userId: string; password: string }) {
  const user = await findUser(call.db, input.userId)
  if (!user) throw new AppError('not_found', 'user_not_found')
  const { stored } = await hashPassword(input.password, call.core.passwordCost)
  await storePassword(call.db, user.id, stored, true, call.now)
  // The administrator knows this password: the old key ends, and the user's new key is made under the password they choose next.
  await endUserKey(call, user.id, 'password_reset')
  await recordFact(call, 'user.password_reset', user.id, { username: user.username, mustChange: true })
  return user
}

export const userHandlers: Handlers<
  'users.create' | 'users.update' | 'users.deactivate' | 'users.reactivate' | 'users.resetPassword' | 'users.linkExpert' | 'users.confirmExpertLink' | 'users.all'
> = {
  'users.create': { scope: noCase, access: permissions.manageUsers, writes: true, run: createUser },
  'users.update': { scope: noCase, access: permissions.manageUsers, writes: true, run: updateUser },
  'users.deactivate': { scope: noCase, access: permissions.manageUsers, writes: true, run: (call, input) => setActive(call, input, false) },
  'users.reactivate': { scope: noCase, access: permissions.manageUsers, writes: true, run: (call, input) => setActive(call, input, true) },
  'users.resetPassword': { scope: noCase, access: permissions.manageUsers, writes: true, run: resetPassword },
  'users.linkExpert': { scope: noCase, access: permissions.manageUsers, writes: true, run: linkUserExpert },
  'users.confirmExpertLink': { scope: noCase, access: ['investigator'], writes: true, signs: true, run: confirmExpertLink },
  /** Every account, deactivated ones included, for the administrator's screen. */
  'users.all': { scope: noCase, access: permissions.manageUsers, writes: false, run: (call) => listUsers(call.db) }
}
