import { z } from 'zod'
import { roles, type Role } from './roles'
import { id, requiredText } from './common'

export interface User {
  id: string
  username: string
  displayName: string
  /** The role this session acts in; for a user read from a list, the primary role (offered first at login). */
  role: Role
  /** Every role the user holds, the primary one first; one is active per session. */
  roles: Role[]
  active: boolean
  /** The expert of the pool this investigator account acts as (signs opinions as); `null` when not linked. */
  expertId: string | null
  /** Whether the user confirmed the link with their password: until then the account is not treated as the expert and cannot sign as them. */
  expertLinkConfirmed: boolean
  revision: number
}

/** Who the client is and what the session needs from them next. */
export interface SessionState {
  user: User | null
  /** No account holds a password yet: the first run asks for the administrator's name and password. */
  firstRun: boolean
  /** The screen is locked (idle, or by the user); the same user's password unlocks it. */
  locked: boolean
  /** The administrator reset the password: nothing else is allowed until the user chooses a new one. */
  mustChangePassword: boolean
  /** Idle time after which the session locks. */
  idleLockMinutes: number
}

/** Minimum password length (NIST SP 800-63B §5.1.1.2: at least 8 characters for a memorised secret chosen by the user). */
export const minPasswordLength = 8

export const password = z
  .string()
  .min(minPasswordLength, `密码至少 ${minPasswordLength} 位`)
  .max(128, '密码不能超过 128 位')

export const username = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_.-]{1,31}$/, '用户名须以小写字母开头，2–32 位字母、数字或 _ . -')

const roleList = z
  .array(z.enum(roles, { message: '请选择角色' }))
  .max(roles.length)
  .refine((list) => new Set(list).size === list.length, '角色重复')

export const userCreateInput = z.object({
  username,
  displayName: requiredText(50, '请填写姓名'),
  role: z.enum(roles, { message: '请选择角色' }),
  /** Roles held besides the primary one (an administrator who is also a clerk). */
  extraRoles: roleList.default([]),
  /** The first password, told to the user in person; they must choose their own at the first sign-in. */
  password
})
export type UserCreateInput = z.input<typeof userCreateInput>

/** `session.setup`: the first run names the administrator and sets their password (no built-in default password). */
export const setupInput = z.object({ username, displayName: requiredText(50, '请填写姓名'), password }).strict()

export const signInInput = z
  .object({
    username: z.string().trim().min(1, '请填写用户名').max(64),
    password: z.string().min(1, '请填写密码').max(128),
    /** The role to act in; the primary role when left out. */
    role: z.enum(roles).optional()
  })
  .strict()
export const passwordInput = z.object({ password: z.string().min(1, '请填写密码').max(128) }).strict()
export const passwordChangeInput = z
  .object({ currentPassword: z.string().min(1, '请填写当前密码').max(128), newPassword: password })
  .strict()
  .refine((v) => v.currentPassword !== v.newPassword, { message: '新密码不能与当前密码相同', path: ['newPassword'] })
export const roleInput = z.object({ role: z.enum(roles, { message: '请选择角色' }) }).strict()
export const emptyInput = z.object({}).strict()

/** `users.linkExpert`: the administrator links an investigator account to the expert it signs as, or unlinks it. */
export const userExpertLinkInput = z.object({
  userId: id,
  expertId: id.nullable(),
  /** Why a link already set is changed; not needed for the first link. */
  reason: z.string().trim().max(500).default('')
})

/** `users.update`: the administrator edits a name and the roles; the username never changes, the audit trail names it. */
export const userUpdateInput = z.object({
  id,
  revision: z.number().int().nonnegative(),
  displayName: requiredText(50, '请填写姓名'),
  role: z.enum(roles, { message: '请选择角色' }),
  extraRoles: roleList.default([])
})
export type UserUpdateInput = z.input<typeof userUpdateInput>

/** `users.deactivate` / `users.reactivate`. */
export const userStatusInput = z.object({ id, revision: z.number().int().nonnegative() })

/** `users.resetPassword`: a first password told in person; the user must choose a new one at the next sign-in. */
export const passwordResetInput = z.object({ userId: id, password })

export interface SecuritySettings {
  idleLockMinutes: number
  maxFailedAttempts: number
  lockMinutes: number
  /** 0 while the defaults apply (no row yet). */
  revision: number
}

export const securitySettingsInput = z.object({
  idleLockMinutes: z.number().int().min(1, '至少 1 分钟').max(240, '不超过 240 分钟'),
  maxFailedAttempts: z.number().int().min(3, '至少 3 次').max(20, '不超过 20 次'),
  lockMinutes: z.number().int().min(1, '至少 1 分钟').max(24 * 60, '不超过 1440 分钟'),
  revision: z.number().int().nonnegative()
})
