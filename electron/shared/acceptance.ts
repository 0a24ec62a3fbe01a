import { z } from 'zod'
import { id, isoDate, optionalText, requiredText, revision, type RecordStamp } from './common'

/*
 * Acceptance (验收) of a restoration order by a joint team, and the handover
 * (移交) of the restored site after a passed acceptance.
 */

export const acceptanceResults = ['passed', 'failed'] as const
export type AcceptanceResult = (typeof acceptanceResults)[number]

/** Who sits on a joint acceptance team (联合验收组). */
export const acceptanceMemberRoles = ['court', 'procuratorate', 'authority', 'investigator'] as const
export type AcceptanceMemberRole = (typeof acceptanceMemberRoles)[number]

export const acceptanceMember = z.object({
  role: z.enum(acceptanceMemberRoles, { message: 'member_role_required' }),
  name: requiredText(50, 'member_name_required'),
  organisation: requiredText(100, 'member_organisation_required')
})
export type AcceptanceMember = z.infer<typeof acceptanceMember>

/** Acceptance (验收): the joint team's verdict with its report; passing needs every milestone done and no open deviation. */
export const acceptanceInput = z.object({
  orderId: id,
  revision,
  acceptingBody: requiredText(100, 'accepting_body_required'),
  acceptedOn: isoDate,
  result: z.enum(acceptanceResults, { message: 'acceptance_result_required' }),
  members: z.array(acceptanceMember).min(1, 'members_required').max(30),
  /** The survival rate found, for an order with a survival threshold. */
  survivalRatePct: z.number({ message: 'survival_required' }).min(0, 'survival_not_negative').max(100, 'survival_at_most_100').nullable().default(null),
  notes: optionalText(2000),
  reportSha256: z.string().regex(/^[0-9a-f]{64}$/, 'acceptance_report_needed')
})
export type AcceptanceInput = z.input<typeof acceptanceInput>

/** Handing the restored site over after a passed acceptance (移交): to whom, when. */
export const handoverInput = z.object({
  orderId: id,
  handedOverTo: requiredText(100, 'handed_over_to_required'),
  handedOverOn: isoDate,
  notes: optionalText(1000)
})
export type HandoverInput = z.input<typeof handoverInput>

export interface Acceptance extends RecordStamp {
  id: string
  orderId: string
  acceptingBody: string
  acceptedOn: string
  result: AcceptanceResult
  members: AcceptanceMember[]
  survivalRatePct: number | null
  notes: string
  reportSha256: string
}

export interface Handover extends RecordStamp {
  id: string
  orderId: string
  handedOverTo: string
  handedOverOn: string
  notes: string
}
