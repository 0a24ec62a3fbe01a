import { sql, type Kysely } from 'kysely'
import { withStamp } from '../record-stamp'

/**
 * What recusal checks and who decides it: the experts' declared near
 * relatives, a case's other participants (agents and defenders of the
 * parties, witnesses, appraisers, translators), the ground of a conflict the
 * clerk recorded, and the presiding judge's decisions on override proposals
 * and recusal applications.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('expert_relative')
    .addColumn('expert_id', 'text', (c) => c.notNull().references('expert.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('relation', 'text', (c) => c.notNull().check(sql`relation in ('spouse','parent','child','sibling','grandparent','grandchild')`))
    .addPrimaryKeyConstraint('expert_relative_pk', ['expert_id', 'position'])
    .modifyEnd(sql`strict`)
    .execute()

  await db.schema
    .createTable('case_participant')
    .addColumn('case_id', 'text', (c) => c.notNull().references('court_case.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('agent','defender','witness','appraiser','translator')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('party_position', 'integer')
    .addPrimaryKeyConstraint('case_participant_pk', ['case_id', 'position'])
    .modifyEnd(sql`strict`)
    .execute()

  // Conflicts recorded before grounds were told apart were declarations of an interest in the case.
  await db.schema
    .alterTable('case_conflict')
    .addColumn('ground', 'text', (c) => c.notNull().defaultTo('interest').check(sql`ground in ('interest','other_relationship')`))
    .execute()

  await withStamp(
    db.schema
      .createTable('recusal_matter')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('assignment_id', 'text', (c) => c.notNull().references('assignment.id'))
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('override','application')`))
      .addColumn('applicant', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('received_on', 'text', (c) => c.notNull())
      .addColumn('decision', 'text', (c) => c.notNull().check(sql`decision in ('pending','recused','not_recused')`))
      .addColumn('decision_reason', 'text', (c) => c.notNull())
      .addColumn('decided_on', 'text', (c) => c.notNull())
      .addColumn('decided_by', 'text', (c) => c.references('app_user.id'))
      .modifyEnd(sql`strict`)
  ).execute()
  await db.schema.createIndex('recusal_matter_assignment').on('recusal_matter').columns(['assignment_id', 'created_at']).execute()
}
