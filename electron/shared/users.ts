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
  .min(minPasswordLength, 'password_too_short')
  .max(128, 'password_too_long')

export const username = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_.-]{1,31}$/, 'username_malformed')

const roleList = z
  .array(z.enum(roles, { message: 'role_required' }))
  .max(roles.length)
  .refine((list) => new Set(list).size === list.length, 'roles_repeated')

export const userCreateInput = z.object({
  username,
  displayName: requiredText(50, 'person_name_required'),
  role: z.enum(roles, { message: 'role_required' }),
  /** Roles held besides the primary one (an administrator who is also a clerk). */
  extraRoles: roleList.default([]),
  /** The first password, told to the user in person; they must choose their own at the first sign-in. */
  password
})
export type UserCreateInput = z.input<typeof userCreateInput>

/** `session.setup`: the first run names the administrator and sets their password (no built-in default password). */
export const setupInput = z.object({ username, displayName: requiredText(50, 'person_name_required'), password }).strict()

export const signInInput = z
  .object({
    username: z.string().trim().min(1, 'username_required').max(64),
    password: z.string().min(1, 'password_required').max(128),
    /** The role to act in; the primary role when left out. */
    role: z.enum(roles).optional()
  })
  .strict()
export const passwordInput = z.object({ password: z.string().min(1, 'password_required').max(128) }).strict()
export const passwordChangeInput = z
  .object({ currentPassword: z.string().min(1, 'current_password_required').max(128), newPassword: password })
  .strict()
  .refine((v) => v.currentPassword !== v.newPassword, { message: 'password_unchanged', path: ['newPassword'] })
export const roleInput = z.object({ role: z.enum(roles, { message: 'role_required' }) }).strict()
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
  displayName: requiredText(50, 'person_name_required'),
  role: z.enum(roles, { message: 'role_required' }),
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
  idleLockMinutes: z.number().int().min(1, 'minutes_at_least').max(240, 'minutes_at_most'),
  maxFailedAttempts: z.number().int().min(3, 'times_at_least').max(20, 'times_at_most'),
  lockMinutes: z.number().int().min(1, 'minutes_at_least').max(24 * 60, 'minutes_at_most'),
  revision: z.number().int().nonnegative()
})
