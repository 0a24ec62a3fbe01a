import type { StampColumns, VoidColumns } from '../db/record-stamp'

/** `order_type`: reference data, seeded with the five order types. */
export interface OrderTypeTable extends StampColumns {
  id: string
  code: string
  nameZh: string
  nameEn: string
  sortOrder: number
  active: number
}

/** `restoration_order` (修复令); `order` is reserved in SQL. The `…Json` columns hold lists of values that travel with the revision; lists of records are link tables. */
export interface RestorationOrderTable extends StampColumns {
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
  supervisingAgenciesJson: string
  status: string
  statusReason: string
  notes: string
}

export interface MilestoneTable extends StampColumns {
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
  notes: string
  reportSha256: string
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
  orderSite: OrderSiteTable
  orderSupervisor: OrderSupervisorTable
  milestoneEvidence: MilestoneEvidenceTable
  milestoneSample: MilestoneSampleTable
  inspectionPhoto: InspectionPhotoTable
  deviationEvidence: DeviationEvidenceTable
}
