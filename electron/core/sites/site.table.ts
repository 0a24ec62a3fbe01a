import type { StampColumns } from '../db/record-stamp'

export interface SiteTable extends StampColumns {
  id: string
  caseId: string
  name: string
  address: string
  latitude: number | null
  longitude: number | null
  accuracyM: number | null
  waterbody: string | null
  notes: string
}

export interface SiteTables {
  site: SiteTable
}
