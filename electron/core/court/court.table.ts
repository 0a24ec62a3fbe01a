import type { StampColumns } from '../db/record-stamp'

/** The one row of the court's own particulars (id `court`). */
export interface CourtSettingTable extends StampColumns {
  id: string
  fullName: string
  shortName: string
  tribunal: string
  address: string
  phone: string
  sealPosition: string
}

export interface CourtTables {
  courtSetting: CourtSettingTable
}
