import type { StampColumns } from '../db/record-stamp'

/** Reference data an administrator edits; `maxHours` stays `null` until a verified value is entered. */
export interface HoldingTimeTable extends StampColumns {
  id: string
  parameterKey: string
  matrix: string
  maxHours: number | null
  basis: string
  notes: string
}

export interface HoldingTimeTables {
  holdingTime: HoldingTimeTable
}
