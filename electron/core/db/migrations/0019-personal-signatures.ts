import { sql, type Kysely } from 'kysely'
import { withStamp } from '../record-stamp'

/**
 * Personal signing keys and signatures (issue 11: people sign, not accounts).
 *
 * `user_key`: each account's Ed25519 public keys, with the time each was
 * valid. A key is never deleted: when an administrator resets a password the
 * old key ends (`valid_until`) and the user gets a new one, so signatures made
 * with the old key stay verifiable. A record, so the audit trail binds it.
 *
 * `user_credential` gains the user's private key, encrypted with AES-256-GCM
 * under the key-encryption key the password's scrypt derives (the salt and
 * cost are already in the row), so it never rests unencrypted in the folder.
 * Like the hash, it stays out of the audit trail and of packages.
 *
 * `signature`: one row per signature, append-only: who signed (account, key,
 * and the expert they signed as), what (purpose and record), the RFC 8785
 * JSON of the signed content, its SHA-256 and the Ed25519 signature.
 *
 * `app_user.expert_link_confirmed_at`: an administrator's link from an
 * account to an expert counts only once the user confirms it with their
 * password. Links made before this migration start unconfirmed (added with
 * its default, so row replay needs no event).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withStamp(
    db.schema
      .createTable('user_key')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
      .addColumn('public_key', 'text', (c) => c.notNull().unique().check(sql`length(public_key) = 64`))
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('valid_from', 'text', (c) => c.notNull())
      .addColumn('valid_until', 'text')
      .addColumn('ended_reason', 'text', (c) => c.notNull().defaultTo(''))
      .modifyEnd(sql`strict`)
  ).execute()
  await db.schema.createIndex('user_key_user').on('user_key').columns(['user_id', 'valid_from']).execute()

  for (const column of ['signing_key_id', 'key_iv', 'key_tag', 'key_ciphertext']) {
    await db.schema.alterTable('user_credential').addColumn(column, 'text').execute()
  }
  await db.schema.alterTable('app_user').addColumn('expert_link_confirmed_at', 'text').execute()

  await db.schema
    .createTable('signature')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('opinion.sign','custody.handover','order.issue','order.accept','draw.confirm')`))
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('signer_user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('signer_key_id', 'text', (c) => c.notNull().references('user_key.id'))
    .addColumn('key_fingerprint', 'text', (c) => c.notNull())
    .addColumn('expert_id', 'text', (c) => c.references('expert.id'))
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull().check(sql`length(content_hash) = 64`))
    .addColumn('signature', 'text', (c) => c.notNull().check(sql`length(signature) = 128`))
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()
  await db.schema.createIndex('signature_subject').on('signature').columns(['subject_id', 'signed_at']).execute()
}
