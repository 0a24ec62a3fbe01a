import type { StampColumns } from '../db/record-stamp'

export interface FieldTable extends StampColumns {
  id: string
  code: string
  nameZh: string
  nameEn: string
  sortOrder: number
  active: number
}

export interface FieldTables {
  field: FieldTable
}
