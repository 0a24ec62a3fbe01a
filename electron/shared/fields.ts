import { z } from 'zod'
import { id, requiredText, revision } from './common'

/** An ecological field (领域) of the expert pool: editable reference data. */
export interface Field {
  id: string
  code: string
  nameZh: string
  nameEn: string
  sortOrder: number
  active: boolean
  revision: number
}

export const fieldInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,31}$/, '代码须以小写字母开头，2–32 位字母、数字或下划线'),
  nameZh: requiredText(30, '请填写中文名称'),
  nameEn: requiredText(60, '请填写英文名称'),
  sortOrder: z.number().int().min(0).max(999),
  active: z.boolean()
})
export type FieldInput = z.input<typeof fieldInput>

export const fieldUpdateInput = fieldInput.extend({ id, revision })
