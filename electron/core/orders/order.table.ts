import type { ColumnType } from 'kysely'
import type { StampColumns, VoidColumns } from '../db/record-stamp'

/** `order_type`: reference data, seeded with the five order types. */
export interface OrderTypeTable extends StampColumns {
  id: string
  code: string
  nameZh: string
  nameEn: string
  /** The restoration method the type orders, apart from the order's name (0016). */
  methodZh: string
  /** The rule the type rests on; '' where none was verified. */
  source: string
  sortOrder: number
  active: number
}

/**
 * `restoration_order` (修复令); `order` is reserved in SQL. The `…Json` columns hold lists of values that travel with the revision; lists of records are link tables.
 * Voided: a draft discarded instead of issued. A section not ordered (upkeep, labour, restocking) has its columns null.
 */
export interface RestorationOrderTable extends StampColumns, VoidColumns {
  id: string
  orderNumber: string
  orderTypeId: string
  caseId: string
  judgmentReference: string
  issuedBy: string | null
  issuedOn: string | null
  obligor: string
  executor: string
  method: string
  methodItemsJson: string
  standardTargetsJson: string
  measurableTargetsJson: string
  restorationFeeFen: number
  restorationFeePaid: number
  bondFen: number
  bondPaid: number
  fallbackCostFen: number
  deadline: string
  samplesCountFrom: string | null
  upkeepMonths: number | null
  survivalThresholdPct: number | null
  labourHours: number | null
  labourRateFen: number | null
  /** Null when the order orders no restocking. */
  restockingApprovedBy: string | null
  restockingApprovalReference: ColumnType<string, string | undefined, string>
  restockingItemsJson: ColumnType<string, string | undefined, string>
  supervisingAgenciesJson: string
  status: string
  statusReason: string
  notes: string
}

/** Voided: removed from the order. `changeReason`: why it was last changed after issue, so its history holds it. */
export interface MilestoneTable extends StampColumns, VoidColumns {
  id: string
  orderId: string
  position: number
  title: string
  dueDate: string
  criterionText: string
  sampleCriterionJson: string | null
  progress: string
  doneOn: string | null
  note: string
  changeReason: ColumnType<string, string | undefined, string>
}

/** An inspection (回访): evidence, voided with a reason and never deleted. */
export interface InspectionTable extends StampColumns, VoidColumns {
  id: string
  orderId: string
  milestoneId: string | null
  inspectedOn: string
  investigatorId: string
  findings: string
  samplesTakenJson: string
}

/** A deviation (偏差) found at an inspection; open while `closedOn` is null. */
export interface DeviationTable extends StampColumns, VoidColumns {
  id: string
  inspectionId: string
  orderId: string
  milestoneId: string | null
  description: string
  severity: string
  correctiveAction: string
  dueDate: string
  closedOn: string | null
  closingNote: string
}

export interface AcceptanceTable extends StampColumns {
  id: string
  orderId: string
  acceptingBody: string
  acceptedOn: string
  result: string
  survivalRatePct: number | null
  notes: string
  reportSha256: string
}

/** The members of the joint acceptance team (联合验收组), in the order given. */
export interface AcceptanceMemberTable {
  acceptanceId: string
  position: number
  role: string
  name: string
  organisation: string
}

/** The restored site handed over after a passed acceptance (移交). */
export interface OrderHandoverTable extends StampColumns {
  id: string
  orderId: string
  handedOverTo: string
  handedOverOn: string
  notes: string
}

/** A list of records under an order, a milestone, an inspection or a deviation, in the order given. */
export interface OrderSiteTable {
  orderId: string
  position: number
  siteId: string
}

export interface OrderSupervisorTable {
  orderId: string
  position: number
  userId: string
}

/** The attachments proving a milestone done by hand. */
export interface MilestoneEvidenceTable {
  milestoneId: string
  position: number
  sha256: string
}

/** The samples whose results met a sample-based milestone when it was marked done. */
export interface MilestoneSampleTable {
  milestoneId: string
  position: number
  sampleId: string
}

export interface InspectionPhotoTable {
  inspectionId: string
  position: number
  sha256: string
}

/** The attachments proving a deviation corrected. */
export interface DeviationEvidenceTable {
  deviationId: string
  position: number
  sha256: string
}

export interface OrderTables {
  orderType: OrderTypeTable
  restorationOrder: RestorationOrderTable
  milestone: MilestoneTable
  inspection: InspectionTable
  deviation: DeviationTable
  acceptance: AcceptanceTable
  acceptanceMember: AcceptanceMemberTable
  orderHandover: OrderHandoverTable
  orderSite: OrderSiteTable
  orderSupervisor: OrderSupervisorTable
  milestoneEvidence: MilestoneEvidenceTable
  milestoneSample: MilestoneSampleTable
  inspectionPhoto: InspectionPhotoTable
  deviationEvidence: DeviationEvidenceTable
}
