import type { StampColumns, VoidColumns } from '../db/record-stamp'

/** The one row of sampling settings an administrator edits. */
export interface SamplingSettingTable extends StampColumns {
  id: 'sampling'
  sampleCodePattern: string
}

export interface SiteVisitTable extends StampColumns, VoidColumns {
  id: string
  caseId: string
  visitDate: string
  /** JSON array of names. */
  peoplePresent: string
  weather: string
  notes: string
}

export interface SampleTable extends StampColumns, VoidColumns {
  id: string
  code: string
  /** The sequence the code was made from, per case and matrix. */
  seq: number
  caseId: string
  visitId: string | null
  siteId: string
  matrix: string
  sampledAt: string
  depthM: number | null
  sampler: string
  samplerOrganisation: string
  supervisingInvestigator: string
  container: string
  volumeMl: number | null
  preservative: string
  qcType: string
  duplicateOfId: string | null
  sealNumber: string
  landUse: string | null
  waterTemperatureC: number | null
  ph: number | null
  dissolvedOxygenMgL: number | null
  conductivityUsCm: number | null
  turbidityNtu: number | null
  transparencyCm: number | null
  appearance: string
}

/** A sample's photos, in the order taken; the files are in the attachment store. */
export interface SamplePhotoTable {
  sampleId: string
  position: number
  sha256: string
}

/** Why a sample was changed after its first handover: one row per such change, by the revision it produced. */
export interface SampleAmendmentTable {
  sampleId: string
  sampleRevision: number
  reason: string
}

/** Appended, never edited: only voided. */
export interface CustodyEventTable extends StampColumns, VoidColumns {
  id: string
  sampleId: string
  relinquishedBy: string
  receivedBy: string
  receiverKind: string
  at: string
  place: string
  condition: string
  temperatureC: number | null
  sealIntact: number
}

export interface LabResultTable extends StampColumns, VoidColumns {
  id: string
  sampleId: string
  parameterKey: string
  /** In the parameter's canonical unit. */
  value: number
  qualifier: '<' | null
  unit: string
  detectionLimit: number | null
  method: string
  lab: string
  reportNumber: string
  analysedAt: string
  /** What the lab wrote, as typed or as the CSV had it. */
  reported: string
  source: 'form' | 'csv'
}

export interface SamplingTables {
  samplingSetting: SamplingSettingTable
  siteVisit: SiteVisitTable
  sample: SampleTable
  samplePhoto: SamplePhotoTable
  sampleAmendment: SampleAmendmentTable
  custodyEvent: CustodyEventTable
  labResult: LabResultTable
}
