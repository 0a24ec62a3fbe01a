import { sql, type Kysely } from 'kysely'
import { withStamp } from '../record-stamp'

/** Expert assignments to cases, the recorded random draws, and personal conflicts marked per case. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // A draw is evidence of how experts were chosen: written once, never changed.
  await withStamp(
    db.schema
      .createTable('expert_draw')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('court_case.id'))
      .addColumn('field_ids_json', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addColumn('balanced', 'integer', (c) => c.notNull())
      .addColumn('algorithm_version', 'text', (c) => c.notNull())
      .addColumn('seed', 'text', (c) => c.notNull())
      .addColumn('eligible_json', 'text', (c) => c.notNull())
      .addColumn('excluded_json', 'text', (c) => c.notNull())
      .addColumn('outcome_json', 'text', (c) => c.notNull())
      .addColumn('replaces_assignment_id', 'text')
  ).execute()
  await db.schema.createIndex('expert_draw_case').on('expert_draw').column('case_id').execute()

  await withStamp(
    db.schema
      .createTable('assignment')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('court_case.id'))
      .addColumn('expert_id', 'text', (c) => c.notNull().references('expert.id'))
      .addColumn('field_id', 'text', (c) => c.notNull().references('field.id'))
      .addColumn('method', 'text', (c) => c.notNull().check(sql`method in ('designated','draw')`))
      .addColumn('draw_id', 'text', (c) => c.references('expert_draw.id'))
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sql`status in ('proposed','notified','active','completed','declined','recused')`)
      )
      .addColumn('status_reason', 'text', (c) => c.notNull())
      .addColumn('notified_on', 'text', (c) => c.notNull())
      .addColumn('notice_due_on', 'text', (c) => c.notNull())
      .addColumn('activated_on', 'text', (c) => c.notNull())
      .addColumn('completed_on', 'text', (c) => c.notNull())
      .addColumn('overridden_findings_json', 'text', (c) => c.notNull())
      .addColumn('override_reason', 'text', (c) => c.notNull())
      .addColumn('replaces_assignment_id', 'text', (c) => c.references('assignment.id'))
  ).execute()
  await db.schema.createIndex('assignment_case').on('assignment').columns(['case_id', 'created_at']).execute()
  await db.schema.createIndex('assignment_expert_status').on('assignment').columns(['expert_id', 'status']).execute()
  await db.schema.createIndex('assignment_status_field').on('assignment').columns(['status', 'field_id']).execute()

  await withStamp(
    db.schema
      .createTable('case_conflict')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('court_case.id'))
      .addColumn('expert_id', 'text', (c) => c.notNull().references('expert.id'))
      .addColumn('reason', 'text', (c) => c.notNull())
      .addUniqueConstraint('case_conflict_case_expert', ['case_id', 'expert_id'])
  ).execute()
}
