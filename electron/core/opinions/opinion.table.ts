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

export interface OpinionTables {
  damageEstimate: DamageEstimateTable
  opinion: OpinionTable
  opinionSignature: OpinionSignatureTable
  opinionDraftOrder: OpinionDraftOrderTable
}
