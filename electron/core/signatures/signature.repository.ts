import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import type { SignatureView } from '../../shared/signatures'

/** The signatures of these records, oldest first, with the signer's username and, for a signature as an expert, the expert's name and organisation. */
export async function listSignatures(db: Kysely<Database>, subjectIds: readonly string[]): Promise<SignatureView[]> {
  if (subjectIds.length === 0) return []
  const rows = await db
    .selectFrom('signature')
    .innerJoin('appUser', 'appUser.id', 'signature.signerUserId')
    .leftJoin('expert', 'expert.id', 'signature.expertId')
    .select([
      'signature.id',
      'signature.purpose',
      'signature.subjectId',
      'signature.signedAt',
      'signature.signerUserId',
      'signature.keyFingerprint',
      'signature.contentHash',
      'appUser.username',
      'appUser.displayName',
      'expert.name as expertName',
      'expert.organisation'
    ])
    .where('signature.subjectId', 'in', [...subjectIds])
    .orderBy('signature.signedAt')
    .orderBy('signature.id')
    .execute()
  return rows.map((r) => ({ ...r, expertName: r.expertName ?? null, organisation: r.organisation ?? null }))
}
