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
    .regex(/^[a-z][a-z0-9_]{1,31}$/, 'code_malformed'),
  nameZh: requiredText(30, 'name_zh_required'),
  nameEn: requiredText(60, 'name_en_required'),
  sortOrder: z.number().int().min(0).max(999),
  active: z.boolean()
})
export type FieldInput = z.input<typeof fieldInput>

export const fieldUpdateInput = fieldInput.extend({ id, revision })
