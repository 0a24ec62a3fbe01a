import { sql, type Kysely } from 'kysely'
import { referenceRowId } from '../../records/reference-ids'

/**
 * GB 15618-2018's items and the soil pH that picks their band: the soil
 * parameters a result can be entered for. Listed here rather than read from
 * the reference table so this migration seeds the same rows forever.
 */
const SOIL_PARAMETERS = ['cd', 'hg', 'as', 'pb', 'cr', 'cu', 'ni', 'zn', 'hch_total', 'ddt_total', 'bap', 'ph']

/**
 * Sample amendments and soil holding times.
 *
 * `sample_amendment`: the reason for each change made to a sample after its
 * first custody handover, keyed by the sample and the revision the change
 * produced, so the sample's history shows the reason beside the change.
 * Written once, never edited.
 *
 * Soil rows of `holding_time`: soil samples are kept and analysed under
 * HJ/T 166-2004 (土壤环境监测技术规范), whose preservation table was not
 * obtained, and /work/shared/reference verified no soil holding time. So
 * every row is seeded without hours and marked 未核实, for an administrator
 * to fill in with its source; an invented figure would flag real results.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sample_amendment')
    .addColumn('sample_id', 'text', (c) => c.notNull().references('sample.id'))
    .addColumn('sample_revision', 'integer', (c) => c.notNull().check(sql`sample_revision > 0`))
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`length(reason) > 0`))
    .addPrimaryKeyConstraint('sample_amendment_pk', ['sample_id', 'sample_revision'])
    .modifyEnd(sql`strict`)
    .execute()

  const now = new Date().toISOString()
  await db
    .insertInto('holding_time' as never)
    .values(
      SOIL_PARAMETERS.map((key) => ({
        // Reference data: named by its natural key, so every installation gives the row the same id.
        id: referenceRowId('holding_time', [key, 'soil']),
        parameter_key: key,
        matrix: 'soil',
        max_hours: null,
        basis: '',
        notes: '未核实：HJ/T 166-2004 土壤样品保存要求原文未取得',
        created_at: now,
        updated_at: now,
        updated_by: 'system',
        revision: 0
      })) as never
    )
    .execute()
}
