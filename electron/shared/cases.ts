import { z } from 'zod'
import { id, isoDate, keysetPage, optionalText, requiredText, revision, type RecordStamp } from './common'
import { parseCaseNumber, type CaseKind } from './case-number'

export const caseTypes = ['criminal', 'civil', 'administrative', 'public_interest'] as const
export type CaseType = (typeof caseTypes)[number]
export const caseStages = ['first_instance', 'second_instance', 'retrial', 'enforcement'] as const
export type CaseStage = (typeof caseStages)[number]
/** A case moves forward through these, one step at a time. */
export const caseStatuses = ['registered', 'in_trial', 'judged', 'restoration', 'closed'] as const
export type CaseStatus = (typeof caseStatuses)[number]
export const partyRoles = ['defendant', 'plaintiff', 'procuratorate', 'third_party'] as const
export type PartyRole = (typeof partyRoles)[number]

/** Which case types a case-number kind may carry; enforcement numbers serve every type. */
const typesOfKind: Record<CaseKind, readonly CaseType[]> = {
  criminal: ['criminal', 'public_interest'],
  civil: ['civil', 'public_interest'],
  administrative: ['administrative', 'public_interest'],
  enforcement: caseTypes,
  other: caseTypes
}

const optionalDate = isoDate.or(z.literal(''))

export const party = z.object({
  name: requiredText(100, 'party_name_required'),
  role: z.enum(partyRoles, { message: 'party_role_required' }),
  organisation: optionalText(100)
})
export type Party = z.infer<typeof party>

/**
 * The other people of a case whom recusal looks at: a party's agent ad litem
 * (诉讼代理人) or defender (辩护人), whose near relatives may not serve
 * (《民事诉讼法》art. 47(1)), and the witnesses, appraisers (鉴定人) and
 * translators of the case, who may not serve as its investigator either
 * (《刑事诉讼法》art. 29(3); 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》art. 43(3)).
 */
export const participantRoles = ['agent', 'defender', 'witness', 'appraiser', 'translator'] as const
export type ParticipantRole = (typeof participantRoles)[number]
/** The roles that act for one party. */
export const representativeRoles: readonly ParticipantRole[] = ['agent', 'defender']

export const participant = z.object({
  role: z.enum(participantRoles, { message: 'participant_role_required' }),
  name: requiredText(100, 'participant_name_required'),
  organisation: optionalText(100),
  /** The party an agent or defender acts for, by its index in `parties`; null for the others. */
  partyPosition: z.number().int().min(0).nullable().default(null)
})
export type Participant = z.input<typeof participant>

export const caseInput = z
  .object({
    caseNumber: z.string().trim().max(40, 'case_number_too_long'),
    type: z.enum(caseTypes, { message: 'case_type_required' }),
    stage: z.enum(caseStages, { message: 'stage_required' }),
    cause: requiredText(100, 'cause_required'),
    court: requiredText(100, 'court_required'),
    judgeId: id.nullable(),
    clerkId: id.nullable(),
    filedOn: isoDate,
    hearingOn: optionalDate,
    judgedOn: optionalDate,
    closedOn: optionalDate,
    /** Another case of the same matter (an earlier or later stage); null for a matter of its own. */
    sameMatterAs: id.nullable(),
    parties: z.array(party).min(1, 'parties_needed').max(100),
    participants: z.array(participant).max(200).default([]),
    notes: optionalText(2000)
  })
  .superRefine((c, ctx) => {
    const reading = parseCaseNumber(c.caseNumber)
    if (!reading.ok) {
      ctx.addIssue({ code: 'custom', path: ['caseNumber'], message: reading.reason, params: reading.params })
      return
    }
    const { kind, impliedStage, typeWord } = reading.value
    if (!typesOfKind[kind].includes(c.type)) {
      ctx.addIssue({ code: 'custom', path: ['type'], message: 'case_type_word_mismatch', params: { typeWord } })
    }
    if (impliedStage && impliedStage !== c.stage) {
      ctx.addIssue({ code: 'custom', path: ['stage'], message: 'case_stage_word_mismatch', params: { typeWord } })
    }
    c.participants.forEach((p, i) => {
      const acts = representativeRoles.includes(p.role)
      if (acts && (p.partyPosition === null || p.partyPosition >= c.parties.length)) {
        ctx.addIssue({ code: 'custom', path: ['participants', i, 'partyPosition'], message: 'represented_party_required' })
      }
      if (!acts && p.partyPosition !== null) {
        ctx.addIssue({ code: 'custom', path: ['participants', i, 'partyPosition'], message: 'participant_represents_nobody' })
      }
    })
    for (const [key, reason] of [['hearingOn', 'hearing_before_filing'], ['judgedOn', 'judged_before_filing'], ['closedOn', 'closed_before_filing']] as const) {
      if (c[key] && c[key] < c.filedOn) ctx.addIssue({ code: 'custom', path: [key], message: reason })
    }
  })
export type CaseInput = z.input<typeof caseInput>

export const caseUpdateInput = z.object({ id, revision, courtCase: caseInput })
export type CaseUpdateInput = z.input<typeof caseUpdateInput>

export const caseStatusInput = z.object({ id, revision, status: z.enum(caseStatuses, { message: 'status_required' }) })

export const caseReopenInput = z.object({ id, revision, reason: requiredText(500, 'reopen_reason_required') })
export type CaseReopenInput = z.input<typeof caseReopenInput>

/** A reopening of a closed case: the judge's reason and the closing date it undid. */
export interface CaseReopening {
  reason: string
  closedOn: string
  reopenedAt: string
  reopenedBy: string
}

export const caseListQuery = z.object({
  /** Words each found in the case number, the cause, the notes, or a party's name or organisation. */
  search: z.string().trim().max(50).default(''),
  status: z.enum(caseStatuses).nullable().default(null),
  type: z.enum(caseTypes).nullable().default(null),
  year: z.number().int().min(1949).max(2099).nullable().default(null),
  judgeId: id.nullable().default(null),
  ...keysetPage
})
export type CaseListQuery = z.input<typeof caseListQuery>

export interface CaseParty extends Party {
  position: number
}

export interface CaseParticipant {
  position: number
  role: ParticipantRole
  name: string
  organisation: string
  partyPosition: number | null
}

/** Another case of the same matter, as the case page lists it. */
export interface LinkedCase {
  id: string
  caseNumber: string
  type: CaseType
  stage: CaseStage
  status: CaseStatus
}

export interface CourtCase extends RecordStamp {
  id: string
  caseNumber: string
  year: number
  type: CaseType
  stage: CaseStage
  cause: string
  court: string
  judgeId: string | null
  judgeName: string
  clerkId: string | null
  clerkName: string
  status: CaseStatus
  filedOn: string
  hearingOn: string
  judgedOn: string
  closedOn: string
  matterId: string
  notes: string
  parties: CaseParty[]
  participants: CaseParticipant[]
  linkedCases: LinkedCase[]
  reopenings: CaseReopening[]
}

/** The status a case may move to next, or null once closed. */
export function nextCaseStatus(status: CaseStatus): CaseStatus | null {
  return caseStatuses[caseStatuses.indexOf(status) + 1] ?? null
}
