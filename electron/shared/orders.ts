import type { OverdueNotice } from './assignments'
import { z } from 'zod'
import { id, isoDate, keysetPage, optionalText, requiredText, revision, type RecordStamp, type Voiding } from './common'
import type { Acceptance, Handover } from './acceptance'
import type { ErrorPart } from './errors'

/** Restoration order (修复令) status: draft → issued → in progress → accepted, failed or closed. */
export const orderStatuses = ['draft', 'issued', 'in_progress', 'accepted', 'failed', 'closed'] as const
export type OrderStatus = (typeof orderStatuses)[number]

/**
 * The moves each status allows. An issued order may be closed before work
 * starts (withdrawn, or replaced by a payment the court orders); accepted,
 * failed and closed are final: a new order is issued rather than a finished
 * one reopened, so the record of what was accepted never changes.
 */
export const orderTransitions: Record<OrderStatus, readonly OrderStatus[]> = {
  draft: ['issued'],
  issued: ['in_progress', 'closed'],
  in_progress: ['accepted', 'failed', 'closed'],
  accepted: [],
  failed: [],
  closed: []
}

/** Issued and not yet finished: inspections, deviations and milestone progress are recorded, and the dashboard follows it. */
export const liveOrderStatuses: readonly OrderStatus[] = ['issued', 'in_progress']

/** The statuses with no move left ({@link orderTransitions}): how the order ended is never changed. */
export const finalOrderStatuses: readonly OrderStatus[] = orderStatuses.filter((s) => orderTransitions[s].length === 0)

/**
 * A milestone's stored progress. Only what a person decides is stored:
 * starting work and confirming it done (with evidence, or from a sample-based
 * criterion the investigator confirms). "Overdue" follows from the due date
 * and today, and "deviated" from the open deviations of its inspections, so
 * both are derived and can never go stale (see `milestoneStatus`).
 */
export const milestoneProgresses = ['pending', 'in_progress', 'done'] as const
export type MilestoneProgress = (typeof milestoneProgresses)[number]

/** What a milestone shows: its progress, or the derived overdue / deviated. */
export type MilestoneStatus = MilestoneProgress | 'overdue' | 'deviated'

export const deviationSeverities = ['minor', 'major', 'critical'] as const
export type DeviationSeverity = (typeof deviationSeverities)[number]

/**
 * A sample-based acceptance criterion, e.g. "site S1 meets GB 3838 class IV
 * for COD, NH3-N and TP in two consecutive samplings at least 30 days apart".
 * `parameters` are GB 3838-2002 item keys (`cod`, `nh3_n`, `tp`); `lake` covers
 * lakes, reservoirs and ponds.
 */
export const sampleCriterion = z.object({
  siteId: id,
  standard: z.literal('gb3838', { message: 'only_gb3838' }),
  waterbody: z.enum(['river', 'lake'], { message: 'waterbody_required' }),
  targetClass: z.enum(['I', 'II', 'III', 'IV', 'V'], { message: 'target_class_required' }),
  parameters: z
    .array(z.string().min(1), { message: 'target_item_required' })
    .min(1, 'target_items_needed')
    .max(24)
    .refine((keys) => new Set(keys).size === keys.length, 'target_items_repeated'),
  consecutive: z.number({ message: 'times_required' }).int('whole_number_required').min(1, 'times_at_least').max(12, 'times_at_most'),
  minDaysApart: z.number({ message: 'days_required' }).int('whole_number_required').min(0, 'number_not_negative').max(3650, 'days_at_most')
})
export type SampleCriterion = z.infer<typeof sampleCriterion>

// ---------------------------------------------------------------------------
// Restoration orders: the contract of the orders, milestones, inspections,
// deviations, acceptance and dashboard channels.

/**
 * The canonical text of an order number: half-width brackets become
 * full-width, as court documents print them, so `(2020)闽0626执修1号` and
 * `（2020）闽0626执修1号` are the same number.
 */
export function canonicalOrderNumber(raw: string): string {
  return raw.trim().replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）')
}

/** An order number such as （2020）闽0626执修1号: a year in brackets, then the court's own words, ending in 号. */
export const orderNumber = z
  .string()
  .transform(canonicalOrderNumber)
  .pipe(
    z
      .string()
      .min(1, 'order_number_required')
      .max(40, 'order_number_too_long')
      .regex(/^（(19|20)\d{2}）\S+号$/, 'order_number_malformed')
  )

/** A planting, release or other quantity of the restoration method, e.g. 苦草 2000 株. */
export const methodItem = z.object({
  species: requiredText(50, 'species_required'),
  quantity: z.number({ message: 'quantity_required' }).positive('quantity_positive').max(1e9, 'quantity_too_large'),
  unit: requiredText(10, 'unit_required')
})
export type MethodItem = z.infer<typeof methodItem>

/** A water-quality target: named parameters at a named site meet a GB 3838 class. */
export const standardTarget = sampleCriterion.pick({ siteId: true, standard: true, waterbody: true, targetClass: true, parameters: true })
export type StandardTarget = z.infer<typeof standardTarget>

export const comparators = ['>=', '<=', '='] as const
export type Comparator = (typeof comparators)[number]

/** A measurable target other than a standard, e.g. 植物成活率 ≥ 85 %, 放流鱼苗 = 20000 尾 (体长 ≥ 3 cm). */
export const measurableTarget = z.object({
  description: requiredText(100, 'target_required'),
  comparator: z.enum(comparators, { message: 'comparator_required' }),
  value: z.number({ message: 'figure_required' }).refine(Number.isFinite, 'figure_required'),
  unit: optionalText(20)
})
export type MeasurableTarget = z.infer<typeof measurableTarget>

const fen = (missing: string) => z.number({ message: missing }).int('amount_whole_fen').nonnegative('fen_not_negative').max(1e13, 'fen_too_large')

/**
 * Upkeep (管护) after the works are complete, e.g. replanting: one year of
 * upkeep, then acceptance at a survival rate the judgment fixes. The
 * threshold is the order's own figure (no reference fixes one); null when the
 * order sets none.
 */
export const upkeepInput = z.object({
  months: z.number({ message: 'upkeep_months_required' }).int('upkeep_whole_months').min(1, 'upkeep_months_at_least').max(120, 'upkeep_months_at_most'),
  survivalThresholdPct: z.number({ message: 'survival_required' }).gt(0, 'survival_positive').max(100, 'survival_at_most_100').nullable()
})
export type UpkeepInput = z.infer<typeof upkeepInput>

/** Labour in lieu (劳务代偿): hours of public-interest labour at an hourly rate, offsetting hours × rate of the restoration fee. */
export const labourInput = z.object({
  hours: z.number({ message: 'labour_hours_required' }).int('labour_hours_whole').min(1, 'labour_hours_at_least').max(100_000, 'labour_hours_too_many'),
  hourlyRateFen: fen('hourly_rate_required').refine((v) => v > 0, 'hourly_rate_positive')
})
export type LabourInput = z.infer<typeof labourInput>

/** Fish restocking (增殖放流): the species and quantities the fishery authority approved, and who approved them. */
export const restockingInput = z.object({
  approvedBy: requiredText(100, 'fishery_authority_required'),
  approvalReference: optionalText(100),
  items: z.array(methodItem).min(1, 'restocking_needs_species').max(20)
})
export type RestockingInput = z.infer<typeof restockingInput>

/** A restoration order as the judge drafts it; money in integer fen (the form converts yuan with `parseYuan`). */
export const orderInput = z
  .object({
    orderNumber,
    orderTypeId: id,
    caseId: id,
    judgmentReference: optionalText(200),
    obligor: requiredText(100, 'obligor_required'),
    executor: optionalText(100),
    siteIds: z.array(id).min(1, 'order_sites_needed').max(20),
    method: requiredText(4000, 'restoration_method_required'),
    methodItems: z.array(methodItem).max(50),
    standardTargets: z.array(standardTarget).max(10),
    measurableTargets: z.array(measurableTarget).max(20),
    restorationFeeFen: fen('restoration_fee_required'),
    restorationFeePaid: z.boolean(),
    bondFen: fen('bond_required'),
    bondPaid: z.boolean(),
    fallbackCostFen: fen('fallback_cost_required'),
    deadline: isoDate,
    /** The judge's first day from which samplings count toward sample-based milestones; null: the day after issue. */
    samplesCountFrom: isoDate.nullable().default(null),
    upkeep: upkeepInput.nullable().default(null),
    labour: labourInput.nullable().default(null),
    restocking: restockingInput.nullable().default(null),
    supervisorIds: z.array(id).max(10),
    supervisingAgencies: z.array(requiredText(100, 'agency_name_required')).max(10),
    notes: optionalText(2000)
  })
  .superRefine((o, ctx) => {
    if (o.standardTargets.length === 0 && o.measurableTargets.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['standardTargets'], message: 'targets_needed' })
    }
    o.standardTargets.forEach((t, i) => {
      if (!o.siteIds.includes(t.siteId)) {
        ctx.addIssue({ code: 'custom', path: ['standardTargets', i, 'siteId'], message: 'target_site_not_order_site' })
      }
    })
  })
export type OrderInput = z.input<typeof orderInput>

export const orderUpdateInput = z.object({ id, revision, order: orderInput })
export const orderIssueInput = z.object({ id, revision, issuedOn: isoDate })
/** Starting work, or closing an order (withdrawn, or replaced by payment); accepted and failed come from acceptance. */
export const orderStatusInput = z.object({
  id,
  revision,
  status: z.enum(['in_progress', 'closed'], { message: 'status_required' }),
  reason: optionalText(500)
})
export const orderListQuery = z.object({
  status: z.enum(orderStatuses).nullable().default(null),
  orderTypeId: id.nullable().default(null),
  caseId: id.nullable().default(null),
  ...keysetPage
})
export type OrderListQuery = z.input<typeof orderListQuery>
export const orderIdInput = z.object({ id })
/** Discarding a draft order that will not be issued: the row stays, voided with who, when and why. */
export const orderDiscardInput = z.object({ id, revision, reason: requiredText(500, 'void_reason_required') })

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'attachment_hash_invalid')

export const milestoneInput = z.object({
  title: requiredText(100, 'milestone_title_required'),
  dueDate: isoDate,
  criterionText: requiredText(1000, 'criterion_required'),
  /** When set, the milestone is verified from lab results rather than confirmed by hand. */
  sampleCriterion: sampleCriterion.nullable()
})
export type MilestoneInput = z.input<typeof milestoneInput>
export const milestoneCreateInput = z.object({ orderId: id, milestone: milestoneInput })
/** `reason`: required once the order is issued, and kept with the change in the milestone's history. */
export const milestoneUpdateInput = z.object({ id, revision, milestone: milestoneInput, reason: optionalText(500) })
export const milestoneRemoveInput = z.object({ id, revision, reason: optionalText(500) })
/** Starting a milestone, or confirming it done with evidence (attachments and a note). */
export const milestoneProgressInput = z.object({
  id,
  revision,
  progress: z.enum(milestoneProgresses, { message: 'progress_required' }),
  doneOn: isoDate.nullable(),
  evidenceSha256: z.array(sha256).max(50),
  note: optionalText(1000)
})
export type MilestoneProgressInput = z.input<typeof milestoneProgressInput>

/** An inspection (回访) by the investigator who records it. */
export const inspectionInput = z.object({
  orderId: id,
  milestoneId: id.nullable(),
  inspectedOn: isoDate,
  findings: requiredText(4000, 'inspection_findings_required'),
  photoSha256: z.array(sha256).max(50),
  samplesTaken: z.array(requiredText(40, 'sample_code_required')).max(50)
})
export type InspectionInput = z.input<typeof inspectionInput>

export const deviationInput = z.object({
  inspectionId: id,
  description: requiredText(1000, 'deviation_required'),
  severity: z.enum(deviationSeverities, { message: 'severity_required' }),
  correctiveAction: requiredText(1000, 'corrective_action_required'),
  dueDate: isoDate
})
export type DeviationInput = z.input<typeof deviationInput>
export const deviationCloseInput = z.object({
  id,
  revision,
  closedOn: isoDate,
  closingNote: requiredText(1000, 'closing_note_required'),
  evidenceSha256: z.array(sha256).max(50)
})
export type DeviationCloseInput = z.input<typeof deviationCloseInput>

/** Evidence is voided with a reason, never deleted. */
export const evidenceVoidInput = z.object({ id, revision, reason: requiredText(500, 'void_reason_required') })

export const dashboardQuery = z.object({
  /** Milestones due within this many days (today included) count as due soon. */
  dueSoonDays: z.number().int().min(1).max(90).default(14)
})

/** Every overdue milestone of the live orders, a keyset page at a time, the longest overdue first: the dashboard's list in full. */
export const overdueMilestonesQuery = z.object({ ...keysetPage })
export type OverdueMilestonesQuery = z.input<typeof overdueMilestonesQuery>

export interface Deviation extends RecordStamp {
  id: string
  inspectionId: string
  orderId: string
  milestoneId: string | null
  description: string
  severity: DeviationSeverity
  correctiveAction: string
  dueDate: string
  closedOn: string | null
  closingNote: string
  evidenceSha256: string[]
  voided: Voiding | null
  /** Open and past its correction due date (derived from today). */
  overdue: boolean
}

export interface Inspection extends RecordStamp {
  id: string
  orderId: string
  milestoneId: string | null
  inspectedOn: string
  investigatorId: string
  investigatorName: string
  findings: string
  photoSha256: string[]
  samplesTaken: string[]
  voided: Voiding | null
  deviations: Deviation[]
}

/** One sampling's verdict against a sample-based criterion (see `evaluateSampleCriterion`). */
export interface SamplingVerdictView {
  sampleId: string
  sampleCode: string
  sampledOn: string
  meets: boolean
  failingParameters: string[]
  notProven: string[]
}

export interface CriterionEvaluationView {
  met: boolean
  satisfyingSamples: { sampleId: string; sampleCode: string; sampledOn: string }[]
  perSample: SamplingVerdictView[]
  /** Why it is or is not met: reasons of the catalog (electron/shared/criterion-reasons.ts) with the samplings' facts. */
  explanation: ErrorPart
}

export interface Milestone extends RecordStamp {
  id: string
  orderId: string
  position: number
  title: string
  dueDate: string
  criterionText: string
  sampleCriterion: SampleCriterion | null
  progress: MilestoneProgress
  doneOn: string | null
  evidenceSha256: string[]
  /** For a sample-based milestone confirmed done: the samplings that satisfied it. */
  satisfyingSampleIds: string[]
  note: string
  /** Derived on `today`: never stored. */
  status: MilestoneStatus
  overdue: boolean
  deviated: boolean
  openDeviations: number
  /** The sample-based criterion evaluated now from the lab results; null for a criterion confirmed by hand. */
  evaluation: CriterionEvaluationView | null
}

/** A milestone removed from the order, shown apart with why (its history keeps the rest). */
export interface RemovedMilestone {
  id: string
  title: string
  dueDate: string
  voided: Voiding
}

export interface RestorationOrder extends RecordStamp {
  id: string
  orderNumber: string
  orderTypeId: string
  /** The type's Chinese and English names (reference data; the renderer shows its language's). */
  orderTypeName: string
  orderTypeNameEn: string
  caseId: string
  caseNumber: string
  judgmentReference: string
  issuedBy: string | null
  issuedByName: string
  issuedOn: string | null
  obligor: string
  executor: string
  siteIds: string[]
  sites: { id: string; name: string; waterbody: 'river' | 'lake' | null }[]
  method: string
  methodItems: MethodItem[]
  standardTargets: StandardTarget[]
  measurableTargets: MeasurableTarget[]
  restorationFeeFen: number
  restorationFeePaid: boolean
  bondFen: number
  bondPaid: boolean
  fallbackCostFen: number
  deadline: string
  samplesCountFrom: string | null
  /** The first day whose samplings count toward sample-based milestones (derived); null before issue. */
  countsSamplesFrom: string | null
  upkeep: UpkeepInput | null
  /** The last day of upkeep, counted from the day the last milestone was done (derived); null while works are open. */
  upkeepEndsOn: string | null
  labour: (LabourInput & { offsetFen: number }) | null
  restocking: RestockingInput | null
  supervisorIds: string[]
  supervisors: { id: string; name: string }[]
  supervisingAgencies: string[]
  status: OrderStatus
  statusReason: string
  notes: string
  /** A draft discarded rather than issued: who, when, why. */
  discarded: Voiding | null
  /** The Asia/Shanghai day the derived statuses were computed on. */
  today: string
  milestones: Milestone[]
  removedMilestones: RemovedMilestone[]
  inspections: Inspection[]
  acceptance: Acceptance | null
  handover: Handover | null
  /** Why the order cannot be accepted yet; empty when nothing blocks. */
  acceptanceBlockers: AcceptanceBlocker[]
}

/** What keeps an order from acceptance (验收): an open deviation, or a milestone not done. */
export type AcceptanceBlocker =
  | { kind: 'open_deviation'; description: string; severity: DeviationSeverity; correctiveAction: string; dueDate: string }
  | { kind: 'milestone_not_done'; title: string; progress: MilestoneStatus }

export interface OrderListItem {
  id: string
  orderNumber: string
  orderTypeId: string
  /** The type's Chinese and English names (reference data; the renderer shows its language's). */
  orderTypeName: string
  orderTypeNameEn: string
  caseId: string
  caseNumber: string
  obligor: string
  status: OrderStatus
  discarded: boolean
  issuedOn: string | null
  deadline: string
  milestones: number
  overdueMilestones: number
  openDeviations: number
}

export interface DashboardMilestone {
  milestoneId: string
  title: string
  dueDate: string
  /** Negative when overdue: days from today to the due date. */
  daysLeft: number
  status: MilestoneStatus
  orderId: string
  orderNumber: string
  orderTypeName: string
  orderTypeNameEn: string
}

export interface DashboardDeviation {
  deviationId: string
  description: string
  severity: DeviationSeverity
  correctiveAction: string
  dueDate: string
  overdue: boolean
  inspectedOn: string
  orderId: string
  orderNumber: string
}

export interface Dashboard {
  today: string
  overdue: DashboardMilestone[]
  dueSoon: DashboardMilestone[]
  openDeviations: DashboardDeviation[]
  /** Assignments whose parties were not notified within 3 days (法释〔2019〕2号 art. 3). */
  overdueNotices: OverdueNotice[]
  byStatus: { status: OrderStatus; count: number }[]
  byType: { orderTypeId: string; name: string; count: number }[]
  /** How many there are of each list above, which carries only the first 20 (the rest are reached from the full, paged lists). */
  counts: { overdue: number; dueSoon: number; openDeviations: number; overdueNotices: number }
}
