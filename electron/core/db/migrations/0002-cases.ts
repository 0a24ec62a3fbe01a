import { sql, type Kysely } from 'kysely'
import { withStamp } from '../record-stamp'

/** Court cases, their parties and their sites. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withStamp(
    db.schema
      .createTable('court_case')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_number', 'text', (c) => c.notNull().unique())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('criminal','civil','administrative','public_interest')`))
      .addColumn('stage', 'text', (c) =>
        c.notNull().check(sql`stage in ('first_instance','second_instance','retrial','enforcement')`)
      )
      .addColumn('cause', 'text', (c) => c.notNull())
      .addColumn('court', 'text', (c) => c.notNull())
      .addColumn('judge_id', 'text', (c) => c.references('app_user.id'))
      .addColumn('clerk_id', 'text', (c) => c.references('app_user.id'))
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sql`status in ('registered','in_trial','judged','restoration','closed')`)
      )
      .addColumn('filed_on', 'text', (c) => c.notNull())
      .addColumn('hearing_on', 'text', (c) => c.notNull())
      .addColumn('judged_on', 'text', (c) => c.notNull())
      .addColumn('closed_on', 'text', (c) => c.notNull())
      // Cases of one matter at different stages share a matter id (the first case's id).
      .addColumn('matter_id', 'text', (c) => c.notNull())
      .addColumn('notes', 'text', (c) => c.notNull())
  ).execute()
  await db.schema.createIndex('court_case_filed').on('court_case').columns(['filed_on', 'id']).execute()
  await db.schema.createIndex('court_case_status_filed').on('court_case').columns(['status', 'filed_on']).execute()
  await db.schema.createIndex('court_case_type_filed').on('court_case').columns(['type', 'filed_on']).execute()
  await db.schema.createIndex('court_case_year_filed').on('court_case').columns(['year', 'filed_on']).execute()
  await db.schema.createIndex('court_case_judge_filed').on('court_case').columns(['judge_id', 'filed_on']).execute()
  await db.schema.createIndex('court_case_matter').on('court_case').column('matter_id').execute()

  await db.schema
    .createTable('case_party')
    .addColumn('case_id', 'text', (c) => c.notNull().references('court_case.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('defendant','plaintiff','procuratorate','third_party')`))
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_party_pk', ['case_id', 'position'])
    .execute()

  await withStamp(
    db.schema
      .createTable('site')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('court_case.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('address', 'text', (c) => c.notNull())
      .addColumn('latitude', 'real')
      .addColumn('longitude', 'real')
      .addColumn('accuracy_m', 'real')
      .addColumn('waterbody', 'text', (c) => c.check(sql`waterbody in ('river','lake')`))
      .addColumn('notes', 'text', (c) => c.notNull())
  ).execute()
  await db.schema.createIndex('site_case').on('site').column('case_id').execute()
}
