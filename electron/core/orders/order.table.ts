import type { StampColumns } from '../db/record-stamp'

/** `order_type`: reference data, seeded with the five order types. */
export interface OrderTypeTable extends StampColumns {
  id: string
  code: string
  nameZh: string
  nameEn: string
  sortOrder: number
  active: number
}

/** `restoration_order` (修复令); `order` is reserved in SQL. The `…Json` columns hold lists that travel with the revision. */
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
  siteIdsJson: string
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
  supervisorIdsJson: string
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
  evidenceJson: string
  satisfyingSampleIdsJson: string
  note: string
}

/** An inspection (回访): evidence, voided with a reason and never deleted. */
export interface InspectionTable extends StampColumns {
  id: string
  orderId: string
  milestoneId: string | null
  inspectedOn: string
  investigatorId: string
  findings: string
  photosJson: string
  samplesTakenJson: string
  voided: number
  voidReason: string
}

/** A deviation (偏差) found at an inspection; open while `closedOn` is null. */
export interface DeviationTable extends StampColumns {
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
  evidenceJson: string
  voided: number
  voidReason: string
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

export interface OrderTables {
  orderType: OrderTypeTable
  restorationOrder: RestorationOrderTable
  milestone: MilestoneTable
  inspection: InspectionTable
  deviation: DeviationTable
  acceptance: AcceptanceTable
}
