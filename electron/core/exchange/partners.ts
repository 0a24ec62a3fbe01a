import { createHash } from 'node:crypto'
import { hostname } from 'node:os'
import type { Kysely } from 'kysely'
import { z } from 'zod'
import { AppError } from '../../shared/errors'
import type { InstallationCard, Partner } from '../../shared/exchange'
import type { Database } from '../db/database'
import { insertRecord, type RecordWriter } from '../records/records'

/**
 * The short fingerprint of a public key that two people compare by eye (or
 * by QR) when they pair installations: the first 128 bits of the SHA-256 of
 * the raw Ed25519 key, as eight groups of four hex digits.
 */
export function keyFingerprint(publicKey: string): string {
  const digest = createHash('sha256').update(Buffer.from(publicKey, 'hex')).digest('hex').slice(0, 32).toUpperCase()
  return digest.match(/.{4}/g)!.join(' ')
}

/** This installation's pairing card. @throws AppError when the folder has no identity yet (opened read-only before its first open). */
export async function localCard(db: Kysely<Database>): Promise<InstallationCard> {
  const local = await db.selectFrom('installation').select(['id', 'publicKey', 'name']).where('local', '=', 1).executeTakeFirst()
  if (!local) throw new AppError('not_found', 'installation_identity_missing')
  return { installationId: local.id, name: local.name ?? hostname(), publicKey: local.publicKey, fingerprint: keyFingerprint(local.publicKey) }
}

/** Names this installation on its card (an administrator's choice: 某某法院环资庭, 张三的笔记本). */
export async function nameInstallation(db: Kysely<Database>, name: string): Promise<void> {
  const trimmed = name.trim()
  if (trimmed.length === 0 || trimmed.length > 60) throw new AppError('invalid_input', 'installation_name_length')
  await db.updateTable('installation').set({ name: trimmed }).where('local', '=', 1).execute()
}

const cardSchema = z.object({
  installationId: z.string().uuid(),
  name: z.string().trim().min(1).max(60),
  publicKey: z.string().regex(/^[0-9a-f]{64}$/),
  fingerprint: z.string()
})

/**
 * Reads a card (the one JSON line `pair --show` prints, or its QR text).
 *
 * @throws AppError `invalid_input` when it is not a card, or its fingerprint does not belong to its key (a card typed wrong or altered).
 */
export function parseCard(text: string): InstallationCard {
  let value: unknown
  try {
    value = JSON.parse(text.trim())
  } catch {
    throw new AppError('invalid_input', 'pair_card_not_json')
  }
  const parsed = cardSchema.safeParse(value)
  if (!parsed.success) throw new AppError('invalid_input', 'pair_card_incomplete')
  if (parsed.data.fingerprint !== keyFingerprint(parsed.data.publicKey)) {
    throw new AppError('invalid_input', 'pair_card_fingerprint')
  }
  return parsed.data
}

/**
 * Registers a partner installation from its card, after the administrator
 * compared the fingerprint with the one shown on the other machine. A
 * laptop may be tied to the investigator who uses it: case packages to it
 * then hold only cases that expert is assigned to.
 *
 * @throws AppError `invalid_input` for this installation's own card or an unknown expert; `conflict` when the installation is already paired.
 */
export async function addPartner(call: RecordWriter, card: InstallationCard, expertId: string | null): Promise<Partner> {
  const local = await localCard(call.db)
  if (card.installationId === local.installationId) throw new AppError('invalid_input', 'pair_with_self')
  const existing = await call.db.selectFrom('partner').select(['publicKey']).where('installationId', '=', card.installationId).executeTakeFirst()
  if (existing) {
    throw new AppError(
      'conflict',
      existing.publicKey === card.publicKey ? 'installation_already_paired' : 'installation_key_differs',
      { name: card.name, id: card.installationId }
    )
  }
  const known = await call.db.selectFrom('installation').select('publicKey').where('id', '=', card.installationId).executeTakeFirst()
  if (known && known.publicKey !== card.publicKey) throw new AppError('conflict', 'installation_known_key_differs', { id: card.installationId })
  if (expertId !== null) {
    const expert = await call.db.selectFrom('expert').select('id').where('id', '=', expertId).executeTakeFirst()
    if (!expert) throw new AppError('invalid_input', 'expert_not_found_id', { id: expertId })
  }
  const row = await insertRecord(call, 'partner', {
    installationId: card.installationId,
    name: card.name,
    publicKey: card.publicKey,
    fingerprint: card.fingerprint,
    expertId
  })
  if (!known) await call.db.insertInto('installation').values({ id: card.installationId, publicKey: card.publicKey, local: 0, createdAt: call.now, name: card.name }).execute()
  return toPartner(row)
}

export async function listPartners(db: Kysely<Database>): Promise<Partner[]> {
  const rows = await db.selectFrom('partner').selectAll().orderBy('name').execute()
  return rows.map(toPartner)
}

/** The partner with this installation id. @throws AppError `not_found` when it is not paired. */
export async function partnerOf(db: Kysely<Database>, installationId: string): Promise<Partner> {
  const row = await db.selectFrom('partner').selectAll().where('installationId', '=', installationId).executeTakeFirst()
  if (!row) throw new AppError('not_found', 'installation_not_paired', { id: installationId })
  return toPartner(row)
}

function toPartner(row: { installationId: string; name: string; publicKey: string; fingerprint: string; expertId: string | null; createdAt: string; revision: number }): Partner {
  return { installationId: row.installationId, name: row.name, publicKey: row.publicKey, fingerprint: row.fingerprint, expertId: row.expertId, pairedAt: row.createdAt, revision: row.revision }
}
