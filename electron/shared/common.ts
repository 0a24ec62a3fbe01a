import { z } from 'zod'

/** Record ids are UUIDv7 text so records made offline on different machines merge. */
export const id = z.uuid({ message: '编号格式不正确' })

/** A calendar day as the court writes it, YYYY-MM-DD. */
export const isoDate = z.iso.date({ message: '请填写有效日期（YYYY-MM-DD）' })

/** Optimistic concurrency: an update names the revision it was based on. */
export const revision = z.number().int().nonnegative()

export const optionalText = (max: number) =>
  z.string().trim().max(max, `不能超过 ${max} 个字`)

export const requiredText = (max: number, missing: string) =>
  z.string().trim().min(1, missing).max(max, `不能超过 ${max} 个字`)

export const page = {
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(500).default(50)
}

export interface Page<T> {
  items: T[]
  total: number
}

/** Columns every editable record carries, for merging packages between machines. */
export interface RecordStamp {
  createdAt: string
  updatedAt: string
  updatedBy: string
  revision: number
}

/** Who voided an evidence record, when and why; `null` while it stands. */
export interface Voiding {
  voidedAt: string
  voidedBy: string
  reason: string
}
