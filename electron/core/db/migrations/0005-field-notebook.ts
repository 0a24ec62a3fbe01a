import { sql, type CreateTableBuilder, type Kysely } from 'kysely'
import { withStamp } from '../record-stamp'

/** Evidence is voided with a reason, never deleted. */
function voidable<T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, never> {
  return table
    .addColumn('voided_at', 'text')
    .addColumn('voided_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('void_reason', 'text', (c) => c.notNull().defaultTo(''))
}

/**
 * The investigator's field notebook: site visits, samples with their photos,
 * custody events and lab results, the case short code sample codes carry, and
 * the sample-code pattern. Evidence rows are voided, never deleted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Nullable: cases registered before this migration get their code when
  // their first sample is taken (suggested from the case number, editable).
  await db.schema.alterTable('court_case').addColumn('short_code', 'text').execute()
  await db.schema.createIndex('court_case_short_code').unique().on('court_case').column('short_code').execute()

  await withStamp(
    db.schema
      .createTable('sampling_setting')
      .addColumn('id', 'text', (c) => c.primaryKey().check(sql`id = 'sampling'`))
      .addColumn('sample_code_pattern', 'text', (c) => c.notNull())
  ).execute()
  const now = new Date().toISOString()
  await db
    .insertInto('sampling_setting' as never)
    .values({
      id: 'sampling',
      sample_code_pattern: '{case}-{matrix}-{seq:3}',
      created_at: now,
      updated_at: now,
      updated_by: 'system',
      revision: 0
    } as never)
    .execute()

  await withStamp(
    voidable(
      db.schema
        .createTable('site_visit')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('court_case.id'))
        .addColumn('visit_date', 'text', (c) => c.notNull())
        // JSON array of names, in the order the investigator wrote them.
        .addColumn('people_present', 'text', (c) => c.notNull())
        .addColumn('weather', 'text', (c) => c.notNull())
        .addColumn('notes', 'text', (c) => c.notNull())
    )
  ).execute()
  await db.schema.createIndex('site_visit_case_date').on('site_visit').columns(['case_id', 'visit_date', 'id']).execute()

  await withStamp(
    voidable(
      db.schema
        .createTable('sample')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('seq', 'integer', (c) => c.notNull().check(sql`seq >= 1`))
        .addColumn('case_id', 'text', (c) => c.notNull().references('court_case.id'))
        .addColumn('visit_id', 'text', (c) => c.references('site_visit.id'))
        .addColumn('site_id', 'text', (c) => c.notNull().references('site.id'))
        .addColumn('matrix', 'text', (c) =>
          c.notNull().check(sql`matrix in ('surface_water','groundwater','wastewater','soil','sediment','biota')`)
        )
        .addColumn('sampled_at', 'text', (c) => c.notNull())
        .addColumn('depth_m', 'real')
        .addColumn('sampler', 'text', (c) => c.notNull())
        .addColumn('sampler_organisation', 'text', (c) => c.notNull())
        .addColumn('supervising_investigator', 'text', (c) => c.notNull())
        .addColumn('container', 'text', (c) => c.notNull())
        .addColumn('volume_ml', 'real')
        .addColumn('preservative', 'text', (c) => c.notNull())
        .addColumn('qc_type', 'text', (c) => c.notNull().check(sql`qc_type in ('normal','field_blank','duplicate')`))
        .addColumn('duplicate_of_id', 'text', (c) => c.references('sample.id'))
        .addColumn('seal_number', 'text', (c) => c.notNull())
        .addColumn('land_use', 'text', (c) => c.check(sql`land_use in ('paddy','orchard','other')`))
        .addColumn('water_temperature_c', 'real')
        .addColumn('ph', 'real')
        .addColumn('dissolved_oxygen_mg_l', 'real')
        .addColumn('conductivity_us_cm', 'real')
        .addColumn('turbidity_ntu', 'real')
        .addColumn('transparency_cm', 'real')
        .addColumn('appearance', 'text', (c) => c.notNull())
        .addCheckConstraint('sample_duplicate_of', sql`(qc_type = 'duplicate') = (duplicate_of_id is not null)`)
    )
  ).execute()
  await db.schema.createIndex('sample_case_sampled').on('sample').columns(['case_id', 'sampled_at', 'code']).execute()
  await db.schema.createIndex('sample_case_matrix_seq').on('sample').columns(['case_id', 'matrix', 'seq']).execute()
  await db.schema.createIndex('sample_site_sampled').on('sample').columns(['site_id', 'sampled_at', 'code']).execute()
  await db.schema.createIndex('sample_visit_sampled').on('sample').columns(['visit_id', 'sampled_at', 'code']).execute()
  await db.schema.createIndex('sample_sampled').on('sample').columns(['sampled_at', 'id']).execute()

  await db.schema
    .createTable('sample_photo')
    .addColumn('sample_id', 'text', (c) => c.notNull().references('sample.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull().references('attachment.sha256'))
    .addPrimaryKeyConstraint('sample_photo_pk', ['sample_id', 'position'])
    .execute()

  await withStamp(
    voidable(
      db.schema
        .createTable('custody_event')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('sample_id', 'text', (c) => c.notNull().references('sample.id'))
        .addColumn('relinquished_by', 'text', (c) => c.notNull())
        .addColumn('received_by', 'text', (c) => c.notNull())
        .addColumn('receiver_kind', 'text', (c) => c.notNull().check(sql`receiver_kind in ('person','courier','lab','storage')`))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('place', 'text', (c) => c.notNull())
        .addColumn('condition', 'text', (c) => c.notNull())
        .addColumn('temperature_c', 'real')
        .addColumn('seal_intact', 'integer', (c) => c.notNull().check(sql`seal_intact in (0, 1)`))
    )
  ).execute()
  await db.schema.createIndex('custody_event_sample_at').on('custody_event').columns(['sample_id', 'at', 'created_at']).execute()

  await withStamp(
    voidable(
      db.schema
        .createTable('lab_result')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('sample_id', 'text', (c) => c.notNull().references('sample.id'))
        .addColumn('parameter_key', 'text', (c) => c.notNull())
        .addColumn('value', 'real', (c) => c.notNull())
        .addColumn('qualifier', 'text', (c) => c.check(sql`qualifier is null or qualifier = '<'`))
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('detection_limit', 'real', (c) => c.check(sql`detection_limit is null or detection_limit > 0`))
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('lab', 'text', (c) => c.notNull())
        .addColumn('report_number', 'text', (c) => c.notNull())
        .addColumn('analysed_at', 'text', (c) => c.notNull())
        // What the lab wrote before unit conversion, e.g. "5 µg/L", for the audit trail.
        .addColumn('reported', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('form','csv')`))
    )
  ).execute()
  // The import's idempotency key: the same row imported again is recognised, a different value refused.
  await db.schema
    .createIndex('lab_result_key')
    .unique()
    .on('lab_result')
    .columns(['sample_id', 'parameter_key', 'report_number', 'analysed_at'])
    .execute()
  await db.schema.createIndex('lab_result_parameter').on('lab_result').columns(['parameter_key', 'sample_id']).execute()
}
