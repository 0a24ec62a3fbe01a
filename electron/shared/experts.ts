import { z } from 'zod'
import { id, isoDate, keysetPage, optionalText, requiredText, revision, type RecordStamp } from './common'
import type { ImportRowError } from './import-problems'

export const expertStatuses = ['active', 'suspended'] as const
export type ExpertStatus = (typeof expertStatuses)[number]

/** A declared tie to an organisation, checked against parties for recusal. */
export const affiliation = z.object({
  organisation: requiredText(100, 'affiliation_organisation_required'),
  relation: requiredText(50, 'affiliation_relation_required')
})
export type Affiliation = z.infer<typeof affiliation>

/**
 * 近亲属 as 《中华人民共和国民法典》art. 1045 lists them: spouse, parents,
 * children, siblings, grandparents (paternal and maternal) and grandchildren.
 * The Criminal Procedure Law (art. 108(6)) names a narrower set; recusal of a
 * technical investigator follows all three procedure laws (法释〔2019〕2号
 * art. 4), so the wider civil set is declared and checked.
 */
export const nearRelations = ['spouse', 'parent', 'child', 'sibling', 'grandparent', 'grandchild'] as const
export type NearRelation = (typeof nearRelations)[number]

/** A near relative the expert declared, checked against the parties and their agents for recusal. */
export const nearRelative = z.object({
  name: requiredText(50, 'relative_name_required'),
  relation: z.enum(nearRelations, { message: 'relation_required' })
})
export type NearRelative = z.infer<typeof nearRelative>

export const expertInput = z
  .object({
    name: requiredText(50, 'person_name_required'),
    organisation: requiredText(100, 'employer_required'),
    title: optionalText(50),
    fieldIds: z.array(id).min(1, 'fields_needed'),
    primaryFieldId: id.or(z.literal('')),
    phone: z
      .string()
      .trim()
      .regex(/^$|^[0-9+\-\s()]{5,20}$/, 'phone_malformed'),
    email: z.string().trim().pipe(z.email({ message: 'email_malformed' }).or(z.literal(''))),
    termStart: isoDate,
    termEnd: isoDate,
    maxConcurrentCases: z
      .number({ message: 'number_required' })
      .int('whole_number_required')
      .min(1, 'number_at_least')
      .max(50, 'number_at_most'),
    affiliations: z.array(affiliation).max(50),
    relatives: z.array(nearRelative).max(50).default([]),
    notes: optionalText(2000)
  })
  .superRefine((e, ctx) => {
    if (!e.fieldIds.includes(e.primaryFieldId)) {
      ctx.addIssue({ code: 'custom', path: ['primaryFieldId'], message: 'primary_field_not_chosen' })
    }
    if (e.termEnd < e.termStart) {
      ctx.addIssue({ code: 'custom', path: ['termEnd'], message: 'term_end_before_start' })
    }
  })
export type ExpertInput = z.input<typeof expertInput>

export const expertUpdateInput = z.object({ id, revision, expert: expertInput })
export type ExpertUpdateInput = z.input<typeof expertUpdateInput>

export const expertStatusChangeInput = z.object({
  id,
  revision,
  reason: requiredText(500, 'reason_required')
})

export const expertListQuery = z.object({
  search: z.string().trim().max(50).default(''),
  fieldId: id.nullable().default(null),
  status: z.enum(expertStatuses).nullable().default(null),
  ...keysetPage
})
export type ExpertListQuery = z.input<typeof expertListQuery>

export interface ExpertField {
  fieldId: string
  primary: boolean
}

export interface Expert extends RecordStamp {
  id: string
  name: string
  organisation: string
  title: string
  phone: string
  email: string
  termStart: string
  termEnd: string
  status: ExpertStatus
  statusReason: string
  maxConcurrentCases: number
  notes: string
  fields: ExpertField[]
  affiliations: Affiliation[]
  relatives: NearRelative[]
}

export const idInput = z.object({ id })

/**
 * The columns of the expert-pool import, in template order: the columns the
 * expert list exports (专家库.xlsx), so an exported pool imports again. The
 * header may name a column by its key, its Chinese name or both
 * (`姓名(name)`). Fields are named as the 领域 list names them, the other
 * fields separated by 、 or ；.
 */
export const expertImportColumns = [
  { key: 'name', zh: '姓名', aliases: [], required: true },
  { key: 'organisation', zh: '工作单位', aliases: ['单位'], required: true },
  { key: 'title', zh: '职称', aliases: [], required: false },
  { key: 'primary_field', zh: '主专业领域', aliases: ['主要领域'], required: true },
  { key: 'other_fields', zh: '其他领域', aliases: ['其他专业领域'], required: false },
  { key: 'phone', zh: '电话', aliases: [], required: false },
  { key: 'email', zh: '电子邮箱', aliases: ['邮箱'], required: false },
  { key: 'term_start', zh: '聘期起', aliases: ['聘任起始日'], required: true },
  { key: 'term_end', zh: '聘期止', aliases: ['聘任期满日'], required: true },
  { key: 'status', zh: '状态', aliases: [], required: false },
  { key: 'max_concurrent_cases', zh: '最多同时承办案件数', aliases: ['最多同时承办'], required: true },
  { key: 'notes', zh: '备注', aliases: [], required: false }
] as const
export type ExpertImportColumn = (typeof expertImportColumns)[number]['key']

/** The import template: its header (`姓名(name)`…) and one example row; the CSV and Excel templates are made from it. */
export const expertImportTemplate: string[][] = [
  expertImportColumns.map((c) => `${c.zh}(${c.key})`),
  ['张三', '福建农林大学资源与环境学院', '教授', '土壤环境', '水环境', '0591-83789000', 'zhangsan@example.cn', '2025-01-01', '2027-12-31', '在库', '3', '示例行，导入前请删除']
]

/** An expert-pool file (CSV or .xlsx) as the user picked it, as base64. */
export const expertImportInput = z.object({
  fileName: requiredText(255, 'file_required'),
  contentBase64: z.string().max(8 * 1024 * 1024, 'file_over_5mb').min(1, 'file_empty')
})

/** The outcome of an expert-pool import. All or nothing; `skipped` experts (same name and organisation) were already in the pool. */
export interface ExpertImportReport {
  fileName: string
  imported: number
  skipped: number
  errors: ImportRowError[]
}
