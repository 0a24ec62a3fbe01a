import type { StampColumns } from '../db/record-stamp'

export interface ExpertTable extends StampColumns {
  id: string
  name: string
  /** {@link nameSortKey} of the name: the list sorts by it. */
  nameSort: string
  organisation: string
  title: string
  phone: string
  email: string
  termStart: string
  termEnd: string
  status: string
  statusReason: string
  maxConcurrentCases: number
  notes: string
}

/** An expert's qualification in a field; exactly one row per expert is primary. */
export interface ExpertFieldTable {
  expertId: string
  fieldId: string
  isPrimary: number
}

export interface ExpertAffiliationTable {
  expertId: string
  position: number
  organisation: string
  relation: string
}

/** A near relative the expert declared (近亲属), by name and relation. */
export interface ExpertRelativeTable {
  expertId: string
  position: number
  name: string
  relation: string
}

export interface ExpertTables {
  expert: ExpertTable
  expertField: ExpertFieldTable
  expertAffiliation: ExpertAffiliationTable
  expertRelative: ExpertRelativeTable
}
