import { sql, type Kysely } from 'kysely'
import { withStamp } from '../record-stamp'

/**
 * Accounts with passwords. `user_credential` holds each account's scrypt
 * hash, salt and cost (stored with the hash, so the cost can be raised for
 * new hashes without breaking old ones), the failed-attempt counter and the
 * lock. It is not a record of the app: a hash must never enter the audit
 * trail or an exchange package, so the table is listed in `notRecordTables`
 * and every change to it is told by an audit fact (`session.sign_in`,
 * `user.password_reset`, …) instead.
 *
 * `app_user_role` lists the roles a user holds besides the primary one in
 * `app_user.role` (an administrator who is also a clerk); a session acts in
 * one of them. `security_setting` (one row, absent until an administrator
 * changes a default) holds the idle lock and the failed-attempt policy.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('user_credential')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('app_user.id'))
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('salt', 'text', (c) => c.notNull())
    .addColumn('cost_n', 'integer', (c) => c.notNull())
    .addColumn('cost_r', 'integer', (c) => c.notNull())
    .addColumn('cost_p', 'integer', (c) => c.notNull())
    .addColumn('must_change', 'integer', (c) => c.notNull())
    .addColumn('failed_attempts', 'integer', (c) => c.notNull())
    .addColumn('last_failed_at', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .modifyEnd(sql`strict`)
    .execute()

  await db.schema
    .createTable('app_user_role')
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('clerk','investigator','judge','admin')`))
    .addPrimaryKeyConstraint('app_user_role_pk', ['user_id', 'role'])
    .modifyEnd(sql`strict`)
    .execute()

  await withStamp(
    db.schema
      .createTable('security_setting')
      .addColumn('id', 'text', (c) => c.primaryKey().check(sql`id = 'security'`))
      .addColumn('idle_lock_minutes', 'integer', (c) => c.notNull())
      .addColumn('max_failed_attempts', 'integer', (c) => c.notNull())
      .addColumn('lock_minutes', 'integer', (c) => c.notNull())
      .modifyEnd(sql`strict`)
  ).execute()
}
