import type { ColumnType } from 'kysely'
import type { StampColumns } from '../db/record-stamp'

/** `court_case`: the word `case` is reserved in SQL. */
export interface CourtCaseTable extends StampColumns {
  id: string
  caseNumber: string
  /** ASCII code sample codes carry, e.g. `2020-0626-123`; `null` until the first sample. */
  shortCode: ColumnType<string | null, string | null | undefined, string | null>
  year: number
  type: string
  stage: string
  cause: string
  court: string
  judgeId: string | null
  clerkId: string | null
  status: string
  filedOn: string
  hearingOn: string
  judgedOn: string
  closedOn: string
  matterId: string
  notes: string
}

/** A party of a case; the rows travel with the case's revision. */
export interface CasePartyTable {
  caseId: string
  position: number
  name: string
  role: string
  organisation: string
}

/** An agent, defender, witness, appraiser or translator of a case; the rows travel with the case's revision. */
export interface CaseParticipantTable {
  caseId: string
  position: number
  role: string
  name: string
  organisation: string
  partyPosition: number | null
}

/** A closed case reopened by its judge, with the reason and the closing date it undid. */
export interface CaseReopeningTable extends StampColumns {
  id: string
  caseId: string
  reason: string
  closedOn: string
}

export interface CaseTables {
  courtCase: CourtCaseTable
  caseParty: CasePartyTable
  caseParticipant: CaseParticipantTable
  caseReopening: CaseReopeningTable
}
