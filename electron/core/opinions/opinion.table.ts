import type { StampColumns } from '../db/record-stamp'

/** A damage estimate, written once (see `DamageEstimate`). */
export interface DamageEstimateTable extends StampColumns {
  id: string
  caseId: string
  kind: string
  methodVersion: string
  inputJson: string
  methodJson: string | null
  lowFen: number
  highFen: number
  stepsJson: string
}

/** One version of a case's opinion; a signed version is never updated again. */
export interface OpinionTable extends StampColumns {
  id: string
  caseId: string
  version: number
  previousVersionId: string | null
  status: string
  questionsJson: string
  findings: string
  virtualEstimateId: string | null
  actualEstimateId: string | null
  optionsJson: string
  statement: string
  submittedAt: string | null
  submittedBy: string | null
}

/** An investigator's signature on one opinion version: who, as which expert, when. */
export interface OpinionSignatureTable {
  opinionId: string
  expertId: string
  userId: string
  signedAt: string
}

/** The draft restoration order made from an opinion version's recommended option. */
export interface OpinionDraftOrderTable {
  opinionId: string
  orderId: string
  createdAt: string
  createdBy: string
}

/** A site visit an opinion version relies on; `snapshotJson` holds the `OpinionVisit` as signed. */
export interface OpinionVisitTable {
  opinionId: string
  visitId: string
  position: number
  snapshotJson: string | null
}

/** A sample an opinion version relies on; `snapshotJson` holds the `OpinionSample` as signed. */
export interface OpinionSampleTable {
  opinionId: string
  sampleId: string
  position: number
  snapshotJson: string | null
}

export interface OpinionTables {
  damageEstimate: DamageEstimateTable
  opinion: OpinionTable
  opinionSignature: OpinionSignatureTable
  opinionDraftOrder: OpinionDraftOrderTable
  opinionVisit: OpinionVisitTable
  opinionSample: OpinionSampleTable
}
