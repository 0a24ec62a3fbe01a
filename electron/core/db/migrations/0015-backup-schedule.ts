import { sql, type Kysely } from 'kysely'
import { withStamp } from '../record-stamp'

/**
 * Scheduled backups. `backup_schedule` is one row (absent until an
 * administrator saves a schedule). `backup_run` holds every backup attempt,
 * scheduled or from `cli backup`, with its time and result: the dashboard
 * reads the last one, the scheduler tells from it when the next is due, and
 * pruning deletes only folders a run row says this installation made.
 * Both are records, so every change is in the audit trail.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withStamp(
    db.schema
      .createTable('backup_schedule')
      .addColumn('id', 'text', (c) => c.primaryKey().check(sql`id = 'schedule'`))
      .addColumn('enabled', 'integer', (c) => c.notNull().check(sql`enabled in (0, 1)`))
      .addColumn('interval_hours', 'integer', (c) => c.notNull().check(sql`interval_hours between 1 and 720`))
      .addColumn('folder', 'text', (c) => c.notNull())
      .addColumn('keep_count', 'integer', (c) => c.notNull().check(sql`keep_count between 1 and 365`))
      .modifyEnd(sql`strict`)
  ).execute()

  await withStamp(
    db.schema
      .createTable('backup_run')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('trigger', 'text', (c) => c.notNull().check(sql`"trigger" in ('schedule', 'manual')`))
      .addColumn('out_root', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('running', 'ok', 'failed')`))
      .addColumn('folder', 'text')
      // The signature of the manifest the run wrote: pruning deletes a folder only while its manifest still carries it.
      .addColumn('manifest_signature', 'text')
      .addColumn('message', 'text', (c) => c.notNull())
      .addColumn('pruned', 'text', (c) => c.check(sql`pruned in ('deleted', 'missing', 'kept')`))
      .addColumn('pruned_at', 'text')
      .modifyEnd(sql`strict`)
  ).execute()
  // The scheduler's and the dashboard's questions: the last attempt of a trigger, the last finished run.
  await db.schema.createIndex('backup_run_trigger_started').on('backup_run').columns(['trigger', 'started_at']).execute()
  await db.schema.createIndex('backup_run_finished').on('backup_run').column('finished_at').execute()
}
