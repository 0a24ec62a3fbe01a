import { z } from 'zod'
import { id, instant, isoDate, keysetPage, optionalText, requiredText, revision, type RecordStamp, type Voiding } from './common'

/** What a sample is of. Water matrices are judged against GB 3838, soil against GB 15618. */
export const matrices = ['surface_water', 'groundwater', 'wastewater', 'soil', 'sediment', 'biota'] as const
export type Matrix = (typeof matrices)[number]

/** The two-letter codes that sample codes carry, e.g. `SW` in `2020-0626-123-SW-001`. */
export const matrixCodes: Record<Matrix, string> = {
  surface_water: 'SW',
  groundwater: 'GW',
  wastewater: 'WW',
  soil: 'SO',
  sediment: 'SD',
  biota: 'BI'
}

/** Water matrices hold mass concentrations (mg/L); the others mass fractions (mg/kg). */
export const waterMatrices: readonly Matrix[] = ['surface_water', 'groundwater', 'wastewater']

/** GB 15618-2018 land-use columns: paddy, orchard, other farmland. */
export const landUses = ['paddy', 'orchard', 'other'] as const
export type LandUse = (typeof landUses)[number]

/** Quality-control role of a sample: a field blank, or a duplicate of another sample. */
export const qcTypes = ['normal', 'field_blank', 'duplicate'] as const
export type QcType = (typeof qcTypes)[number]

/**
 * Who a custody event hands the sample to; it decides the sample's status:
 * a person holds it, a courier has it in transit, a lab or a store keeps it.
 */
export const custodianKinds = ['person', 'courier', 'lab', 'storage'] as const
export type CustodianKind = (typeof custodianKinds)[number]

/** Default sample-code pattern: case short code, matrix code, three-digit sequence per case and matrix. */
export const defaultSampleCodePattern = '{case}-{matrix}-{seq:3}'

/**
 * A case's short code as sample codes carry it: capital letters and digits in
 * groups joined by `-`, e.g. `2020-0626-123`, so codes stay ASCII for labels,
 * QR codes and lab systems.
 */
export const caseShortCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, 'short_code_malformed')
  .max(20, 'short_code_too_long')


const optionalNumber = (min: number, max: number, message: string) =>
  z.number({ message: 'number_required' }).min(min, message).max(max, message).nullable()

/** WGS-84 coordinates as typed or pasted, with their accuracy in metres. */
export const coordinates = z.object({
  latitude: optionalNumber(-90, 90, 'latitude_out_of_range'),
  longitude: optionalNumber(-180, 180, 'longitude_out_of_range'),
  accuracyM: optionalNumber(0, 100_000, 'accuracy_not_negative')
})

export const siteVisitInput = z.object({
  caseId: id,
  visitDate: isoDate,
  peoplePresent: z.array(requiredText(50, 'person_name_required')).min(1, 'people_present_needed').max(50),
  weather: optionalText(100),
  notes: optionalText(2000)
})
export type SiteVisitInput = z.input<typeof siteVisitInput>

/** Field measurements taken on site; each is `null` when not measured. */
export const fieldMeasurements = z.object({
  waterTemperatureC: optionalNumber(-5, 60, 'water_temperature_out_of_range'),
  ph: optionalNumber(0, 14, 'ph_out_of_range'),
  dissolvedOxygenMgL: optionalNumber(0, 30, 'oxygen_out_of_range'),
  conductivityUsCm: optionalNumber(0, 200_000, 'conductivity_not_negative'),
  turbidityNtu: optionalNumber(0, 100_000, 'turbidity_not_negative'),
  transparencyCm: optionalNumber(0, 10_000, 'transparency_not_negative'),
  appearance: optionalText(200)
})
export type FieldMeasurements = z.input<typeof fieldMeasurements>

/**
 * Field measurements of water only. A soil sample is described by its land
 * use, pH and depth (GB 15618-2018 picks its screening values by land use and
 * pH; HJ/T 166-2004 samples soil by layer): a water temperature or DO on it
 * is a slip of the form, and would be kept where nobody sees it.
 */
export const waterOnlyFieldMeasurements = ['waterTemperatureC', 'dissolvedOxygenMgL', 'conductivityUsCm', 'turbidityNtu', 'transparencyCm'] as const

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'attachment_hash_invalid')

export const sampleInput = z
  .object({
    caseId: id,
    visitId: id.nullable(),
    siteId: id,
    matrix: z.enum(matrices, { message: 'matrix_required' }),
    sampledAt: instant,
    depthM: optionalNumber(0, 1000, 'depth_not_negative'),
    sampler: requiredText(50, 'sampler_required'),
    samplerOrganisation: requiredText(100, 'sampler_organisation_required'),
    supervisingInvestigator: optionalText(50),
    container: optionalText(50),
    volumeMl: optionalNumber(0, 100_000, 'volume_not_negative'),
    preservative: optionalText(100),
    qcType: z.enum(qcTypes, { message: 'qc_type_required' }),
    duplicateOfId: id.nullable(),
    sealNumber: optionalText(50),
    /** For soil: the GB 15618 column; pH comes from a lab result, else the field pH. */
    landUse: z.enum(landUses, { message: 'land_use_required' }).nullable(),
    fieldMeasurements,
    photoSha256: z.array(sha256).max(50)
  })
  .superRefine((s, ctx) => {
    if (s.qcType === 'duplicate' && s.duplicateOfId === null) {
      ctx.addIssue({ code: 'custom', path: ['duplicateOfId'], message: 'duplicate_needs_original' })
    }
    if (s.qcType !== 'duplicate' && s.duplicateOfId !== null) {
      ctx.addIssue({ code: 'custom', path: ['duplicateOfId'], message: 'duplicate_of_only_duplicates' })
    }
    if (s.matrix === 'soil') {
      for (const field of waterOnlyFieldMeasurements) {
        if (s.fieldMeasurements[field] !== null) ctx.addIssue({ code: 'custom', path: ['fieldMeasurements', field], message: 'soil_no_water_measurement' })
      }
    }
  })
export type SampleInput = z.input<typeof sampleInput>

/**
 * An edit of a sample. Once the sample has been handed over (its first
 * custody event), what the record says about it is what the receiver
 * relied on: a change then needs `reason`, which the core refuses to go
 * without and keeps in the sample's history. Before that, none is needed.
 */
export const sampleUpdateInput = z.object({ id, revision, sample: sampleInput, reason: optionalText(500).default('') })
export type SampleUpdateInput = z.input<typeof sampleUpdateInput>

/** Evidence is voided with a reason, never deleted. */
export const voidInput = z.object({ id, revision, reason: requiredText(500, 'void_reason_required') })

export const custodyEventInput = z.object({
  sampleId: id,
  relinquishedBy: requiredText(50, 'relinquisher_required'),
  receivedBy: requiredText(50, 'receiver_required'),
  receiverKind: z.enum(custodianKinds, { message: 'receiver_kind_required' }),
  at: instant,
  place: optionalText(200),
  condition: optionalText(200),
  temperatureC: optionalNumber(-40, 60, 'temperature_out_of_range'),
  sealIntact: z.boolean({ message: 'seal_intact_required' })
})
export type CustodyEventInput = z.input<typeof custodyEventInput>

/** A lab result as typed into the entry form; the CSV import produces the same fields. */
export const labResultInput = z
  .object({
    sampleId: id,
    parameterKey: z.string().trim().regex(/^[a-z][a-z0-9_]{0,39}$/, 'parameter_required'),
    value: z.number({ message: 'number_required' }).refine(Number.isFinite, 'number_required'),
    qualifier: z.enum(['<']).nullable(),
    unit: requiredText(20, 'unit_required'),
    detectionLimit: z.number({ message: 'number_required' }).positive('detection_limit_positive').nullable(),
    method: optionalText(200),
    lab: requiredText(100, 'lab_required'),
    reportNumber: requiredText(50, 'report_number_required'),
    analysedAt: instant
  })
  .superRefine((r, ctx) => {
    if (r.qualifier === null && r.detectionLimit !== null && r.value < r.detectionLimit) {
      ctx.addIssue({ code: 'custom', path: ['qualifier'], message: 'below_limit_needs_qualifier' })
    }
  })
export type LabResultInput = z.input<typeof labResultInput>

/** An administrator's edit of one holding time; `null` hours means not verified. */
export const holdingTimeUpdateInput = z.object({
  id,
  revision,
  maxHours: z.number({ message: 'number_required' }).positive('holding_time_positive').max(24 * 366, 'holding_time_too_long').nullable(),
  basis: optionalText(300),
  notes: optionalText(1000)
})

export interface HoldingTime extends RecordStamp {
  id: string
  parameterKey: string
  matrix: Matrix
  /** `null`: not verified; results are reported as "holding time unknown", never flagged. */
  maxHours: number | null
  basis: string
  notes: string
}

/** A stored attachment: the file lives in the data folder under its SHA-256. */
export interface Attachment {
  id: string
  sha256: string
  sizeBytes: number
  mediaType: string
  originalName: string
  createdAt: string
  createdBy: string
}

/** Largest attachment accepted: 50 MB. */
export const maxAttachmentBytes = 50 * 1024 * 1024

export const attachmentRecordInput = z.object({
  sha256,
  mediaType: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/, 'media_type_malformed'),
  originalName: requiredText(255, 'file_name_required')
})
export type AttachmentRecordInput = z.input<typeof attachmentRecordInput>

export const attachmentHashInput = z.object({ sha256 })

/** Result of re-hashing a stored file: `missing` when gone, `tampered` when its bytes changed. */
export type AttachmentCheck =
  | { sha256: string; ok: true }
  | { sha256: string; ok: false; problem: 'missing' | 'tampered'; actualSha256: string | null }

export interface SiteVisit extends RecordStamp {
  id: string
  caseId: string
  visitDate: string
  peoplePresent: string[]
  weather: string
  notes: string
  voided: Voiding | null
}

export interface Sample extends RecordStamp {
  id: string
  code: string
  caseId: string
  visitId: string | null
  siteId: string
  matrix: Matrix
  sampledAt: string
  depthM: number | null
  sampler: string
  samplerOrganisation: string
  supervisingInvestigator: string
  container: string
  volumeMl: number | null
  preservative: string
  qcType: QcType
  duplicateOfId: string | null
  sealNumber: string
  landUse: LandUse | null
  fieldMeasurements: {
    waterTemperatureC: number | null
    ph: number | null
    dissolvedOxygenMgL: number | null
    conductivityUsCm: number | null
    turbidityNtu: number | null
    transparencyCm: number | null
    appearance: string
  }
  photoSha256: string[]
  voided: Voiding | null
}

/** A sample in a list: with its case number and site name, so lists need no second call. */
export interface SampleSummary {
  id: string
  code: string
  caseId: string
  caseNumber: string
  siteId: string
  siteName: string
  visitId: string | null
  matrix: Matrix
  sampledAt: string
  qcType: QcType
  sampler: string
  voided: boolean
}

export interface CustodyEventRecord extends RecordStamp {
  id: string
  sampleId: string
  relinquishedBy: string
  receivedBy: string
  receiverKind: CustodianKind
  at: string
  place: string
  condition: string
  temperatureC: number | null
  sealIntact: boolean
  voided: Voiding | null
}

export interface LabResult extends RecordStamp {
  id: string
  sampleId: string
  parameterKey: string
  value: number
  qualifier: '<' | null
  unit: string
  detectionLimit: number | null
  method: string
  lab: string
  reportNumber: string
  analysedAt: string
  reported: string
  source: 'form' | 'csv'
  voided: Voiding | null
}

export const siteVisitUpdateInput = z.object({ id, revision, visit: siteVisitInput })
export const caseIdQuery = z.object({ caseId: id })
export const idQuery = z.object({ id })

/** Recent samples across cases newest first, or one case's in sampling order. */
export const sampleListQuery = z.object({
  caseId: id.nullable().default(null),
  search: z.string().trim().max(100).default(''),
  ...keysetPage
})
export type SampleListQuery = z.input<typeof sampleListQuery>

export const sampleCodePatternInput = z.object({ pattern: z.string().trim().min(1, 'pattern_required').max(60, 'pattern_too_long'), revision })

export const caseShortCodeInput = z.object({ caseId: id, shortCode: caseShortCode })

/**
 * A lab-results CSV as the user picked it; bytes are base64 so GB18030 files
 * survive the transport, up to 5 MB (the UI's limit). The CLI streams its
 * file to the call instead (no limit) and leaves the bytes empty.
 */
export const labResultImportInput = z.object({
  fileName: requiredText(255, 'file_required'),
  contentBase64: z.string().max(8 * 1024 * 1024, 'file_over_5mb').default('')
})

export const resultSeriesQuery = z.object({
  siteId: id,
  parameterKey: z.string().trim().regex(/^[a-z][a-z0-9_]{0,39}$/, 'parameter_required'),
  targetClass: z.enum(['I', 'II', 'III', 'IV', 'V']).default('III')
})
export type ResultSeriesQuery = z.input<typeof resultSeriesQuery>

/** A case's sample-code settings as the sample form shows them. */
export interface CaseSampleCode {
  caseId: string
  caseNumber: string
  /** `null` until set; the first sample sets the suggestion. */
  shortCode: string | null
  suggested: string
  pattern: string
  patternRevision: number
}

import type { ImportRowError } from './import-problems'
export type { ImportRowError } from './import-problems'

/**
 * The outcome of a results import. All or nothing: with any error nothing
 * is written. `skipped` rows were already stored identically.
 */
export interface LabResultImportReport {
  fileName: string
  imported: number
  skipped: number
  errors: ImportRowError[]
}

export type HoldingTimeFlag = 'within' | 'exceeded' | 'unknown' | 'before_sampling'

/** A result as the sample page shows it: with its holding-time check. */
export interface LabResultView extends LabResult {
  holdingTime: { status: HoldingTimeFlag; maxHours: number | null; elapsedHours: number; exceededByHours: number | null }
  /** Superseded by a later analysis of the same parameter. */
  superseded: boolean
}

export type CustodyStatusKey = 'collected' | 'held' | 'in_transit' | 'at_lab' | 'in_storage'

export interface CustodySummary {
  holder: string
  holderKind: CustodianKind
  status: CustodyStatusKey
  since: string
  broken: boolean
  sealBroken: boolean
  /** From the sampler to a receiving laboratory without a gap, and the laboratory had it before each analysis. */
  complete: boolean
  labReceivedAt: string | null
  /** Each flag's kind and the facts it names (ISO instants, names, a parameter's key); the renderer words them. */
  flags: { kind: 'gap' | 'out_of_order' | 'before_collection' | 'broken_seal' | 'no_lab_receipt' | 'analysed_before_receipt'; eventId: string; facts: Record<string, string> }[]
}

export type WaterClassName = 'I' | 'II' | 'III' | 'IV' | 'V' | '劣V'

/**
 * A lab result an evaluation relied on although it was analysed after its
 * holding time: the evaluation keeps it (dropping it would silently change
 * the class) and says so, with the hours it was late.
 */
export interface PastHoldingTime {
  key: string
  maxHours: number
  exceededByHours: number
}

/** Where an evaluated value comes from: a laboratory result, or the field measurement taken on site. */
export type ValueSource = 'lab' | 'field'

/** Why a sample has no evaluation: the site has no waterbody, no results yet, no soil pH or land use, or a matrix neither standard covers. */
export type EvaluationGap = 'no_waterbody' | 'no_gb3838_results' | 'no_soil_ph' | 'no_land_use' | 'no_gb15618_results' | 'matrix_not_evaluated'

/** The evaluation shown on a sample page; `reason` says why there is none. */
export type SampleEvaluation =
  | {
      standard: 'gb3838'
      waterbody: 'river' | 'lake'
      class: WaterClassName | null
      deciding: { key: string }[]
      /** The qualitative grade of the 2011 evaluation method (优 … 重度污染). */
      grade: 'excellent' | 'good' | 'lightly_polluted' | 'moderately_polluted' | 'heavily_polluted' | null
      items: { key: string; class: WaterClassName | null; value: number; qualifier: '<' | null; unit: string; source: ValueSource }[]
      indeterminate: string[]
      pastHoldingTime: PastHoldingTime[]
    }
  | {
      standard: 'gb15618'
      ph: number
      phSource: ValueSource
      landUse: LandUse
      overall: 'below_screening' | 'above_screening' | 'above_intervention' | null
      items: {
        key: string
        category: 'below_screening' | 'above_screening' | 'above_intervention' | null
        value: number
        qualifier: '<' | null
        screening: number
        intervention: number | null
      }[]
      indeterminate: string[]
      pastHoldingTime: PastHoldingTime[]
    }
  | { standard: null; reason: EvaluationGap }

/** Everything the sample page and its prints show. */
export interface SampleDetail {
  sample: Sample
  caseNumber: string
  siteName: string
  siteWaterbody: 'river' | 'lake' | null
  siteLatitude: number | null
  siteLongitude: number | null
  siteAccuracyM: number | null
  visitDate: string | null
  duplicateOfCode: string | null
  custodyEvents: CustodyEventRecord[]
  custody: CustodySummary
  results: LabResultView[]
  evaluation: SampleEvaluation
  /** Parameters a result may be entered for, with their canonical units. */
  parameters: { key: string; units: string[] }[]
}

/** A visit with its case and samples, for the visit page and the collection record. */
export interface VisitDetail {
  visit: SiteVisit
  caseNumber: string
  court: string
  samples: (Sample & { siteName: string; siteLatitude: number | null; siteLongitude: number | null; siteAccuracyM: number | null })[]
}

/** A parameter's values at a site over time, and the target class's limit for the chart's line. */
export interface ResultSeries {
  siteId: string
  siteName: string
  parameterKey: string
  unit: string
  targetClass: 'I' | 'II' | 'III' | 'IV' | 'V'
  /** `null` when GB 3838 has no numeric limit there, or the site's waterbody is not set. */
  limit: number | null
  points: { sampleId: string; sampleCode: string; sampledAt: string; value: number; qualifier: '<' | null }[]
}
