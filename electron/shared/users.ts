import { z } from 'zod'
import { roles, type Role } from './roles'
import { id, requiredText } from './common'

export interface User {
  id: string
  username: string
  displayName: string
  role: Role
  active: boolean
  /** The expert of the pool this investigator account acts as (signs opinions as); `null` when not linked. */
  expertId: string | null
}

export const userCreateInput = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_.-]{1,31}$/, '用户名须以小写字母开头，2–32 位字母、数字或 _ . -'),
  displayName: requiredText(50, '请填写姓名'),
  role: z.enum(roles, { message: '请选择角色' })
})
export type UserCreateInput = z.input<typeof userCreateInput>

export const signInInput = z.object({ userId: id })
export const emptyInput = z.object({}).strict()

/** `users.linkExpert`: the administrator links an investigator account to the expert it signs as, or unlinks it. */
export const userExpertLinkInput = z.object({ userId: id, expertId: id.nullable() })
