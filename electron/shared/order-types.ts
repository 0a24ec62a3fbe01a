import { z } from 'zod'
import { id, optionalText, requiredText, revision } from './common'

/**
 * An order type (修复令类型): reference data seeded with the five the courts
 * use; administrators add more. The order's name as the court issues it
 * (`nameZh`, e.g. 补植复绿令) is kept apart from the restoration method it
 * orders (`methodZh`, e.g. 补植复绿); `source` names the rule the type rests
 * on, and is empty where no source was verified (the administrator fills it in).
 */
export interface OrderType {
  id: string
  code: string
  nameZh: string
  nameEn: string
  methodZh: string
  source: string
  sortOrder: number
  active: boolean
  revision: number
}

/** The seeded types whose orders need a section of their own (see `refuseMissingTypeSections` in core). */
export const orderTypeCodes = { replanting: 'replanting', restocking: 'fish_restocking', labour: 'labour_in_lieu' } as const

export const orderTypeInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,31}$/, 'code_malformed'),
  nameZh: requiredText(30, 'name_zh_required'),
  nameEn: requiredText(60, 'name_en_required'),
  methodZh: optionalText(50).default(''),
  source: optionalText(300).default(''),
  sortOrder: z.number().int().min(0).max(999),
  active: z.boolean()
})
export type OrderTypeInput = z.input<typeof orderTypeInput>
export const orderTypeUpdateInput = orderTypeInput.extend({ id, revision })
