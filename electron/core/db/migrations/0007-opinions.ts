import { sql, type Kysely } from 'kysely'
import { withStamp } from '../record-stamp'

/**
 * The technical investigation opinion: stored damage estimates, the opinion's
 * versions with their structured sections, the investigators' signatures, and
 * the link from an investigator account to the expert it signs as, the site
 * visits and samples each version relies on, and the draft restoration order
 * each version's recommendation became.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('app_user').addColumn('expert_id', 'text', (c) => c.references('expert.id')).execute()
  // One account per expert, so a signature names one person; several nulls are allowed.
  await db.schema.createIndex('app_user_expert').on('app_user').column('expert_id').unique().execute()

  // An estimate is written once: its inputs, the method version, the result and the steps as computed then.
  await withStamp(
    db.schema
      .createTable('damage_estimate')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('court_case.id'))
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('virtual_cost','actual_cost')`))
      .addColumn('method_version', 'text', (c) => c.notNull())
      .addColumn('input_json', 'text', (c) => c.notNull())
      .addColumn('method_json', 'text')
      .addColumn('low_fen', 'integer', (c) => c.notNull())
      .addColumn('high_fen', 'integer', (c) => c.notNull())
      .addColumn('steps_json', 'text', (c) => c.notNull())
  ).execute()
  await db.schema.createIndex('damage_estimate_case').on('damage_estimate').columns(['case_id', 'created_at']).execute()

  await withStamp(
    db.schema
      .createTable('opinion')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('court_case.id'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('previous_version_id', 'text', (c) => c.references('opinion.id').unique())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft','signed','submitted')`))
      .addColumn('questions_json', 'text', (c) => c.notNull())
      .addColumn('findings', 'text', (c) => c.notNull())
      .addColumn('virtual_estimate_id', 'text', (c) => c.references('damage_estimate.id'))
      .addColumn('actual_estimate_id', 'text', (c) => c.references('damage_estimate.id'))
      .addColumn('options_json', 'text', (c) => c.notNull())
      .addColumn('statement', 'text', (c) => c.notNull())
      .addColumn('submitted_at', 'text')
      .addColumn('submitted_by', 'text', (c) => c.references('app_user.id'))
      .addUniqueConstraint('opinion_case_version', ['case_id', 'version'])
  ).execute()

  await db.schema
    .createTable('opinion_signature')
    .addColumn('opinion_id', 'text', (c) => c.notNull().references('opinion.id'))
    .addColumn('expert_id', 'text', (c) => c.notNull().references('expert.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('opinion_signature_pk', ['opinion_id', 'expert_id'])
    .execute()

  // The visits and samples a version relies on, in the order chosen. `snapshot_json`
  // is written at the first signature: what was signed, whatever changes later.
  for (const [table, column, target] of [
    ['opinion_visit', 'visit_id', 'site_visit.id'],
    ['opinion_sample', 'sample_id', 'sample.id']
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('opinion_id', 'text', (c) => c.notNull().references('opinion.id'))
      .addColumn(column, 'text', (c) => c.notNull().references(target))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('snapshot_json', 'text')
      .addPrimaryKeyConstraint(`${table}_pk`, ['opinion_id', column])
      .execute()
  }

  // The draft order an opinion version's recommendation became: one per version.
  await db.schema
    .createTable('opinion_draft_order')
    .addColumn('opinion_id', 'text', (c) => c.primaryKey().references('opinion.id'))
    .addColumn('order_id', 'text', (c) => c.notNull().unique().references('restoration_order.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('app_user.id'))
    .execute()
}
