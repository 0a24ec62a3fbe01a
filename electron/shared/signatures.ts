import { z } from 'zod'
import { id } from './common'

/** What a person signs (issue 11): each names the record it signs. */
export const signaturePurposes = ['opinion.sign', 'custody.handover', 'order.issue', 'order.accept', 'draw.confirm'] as const
export type SignaturePurpose = (typeof signaturePurposes)[number]

/** The signer's own password, asked again at every signature: it unlocks their signing key for this one call. */
export const signingPassword = z.string().min(1, 'signing_password_required').max(128)

/** A channel's input with the signer's password added. */
export function signedInput<T extends z.ZodRawShape>(schema: z.ZodObject<T>) {
  return schema.extend({ password: signingPassword })
}

/** A signature as a print or a page shows it. */
export interface SignatureView {
  id: string
  purpose: SignaturePurpose
  subjectId: string
  signedAt: string
  signerUserId: string
  username: string
  displayName: string
  /** The expert signed as (an opinion), with their organisation, or null. */
  expertName: string | null
  organisation: string | null
  keyFingerprint: string
  contentHash: string
}

/**
 * The signer's name as shown next to a signature: always with the username
 * or the expert's organisation, so two people of one name are told apart
 * and an account merely named like an expert is not mistaken for them.
 */
export function signerLabel(s: Pick<SignatureView, 'displayName' | 'username' | 'expertName' | 'organisation'>): string {
  if (s.expertName !== null) return `${s.expertName}（${s.organisation ?? ''}，账户 ${s.username}）`
  return `${s.displayName}（${s.username}）`
}

/** `users.confirmExpertLink`: the user confirms, with their password, the expert an administrator linked their account to. */
export const expertLinkConfirmInput = z.object({ password: signingPassword }).strict()

/** `signatures.list`: the signatures of the records a page or print shows. */
export const signatureListInput = z.object({ subjectIds: z.array(id).max(500) })
