import { sql, type Kysely } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import { withStamp } from '../record-stamp'
import holdingTimes from '../../../../resources/reference/holding_times.json'

// The reference groups some parameters (重金属; 砷、硒 by AFS); these are the
// GB 3838 keys each group names.
const KEYS_OF_GROUP: Record<string, string[]> = { heavy_metals: ['cu', 'zn', 'pb', 'cd'], as_se_afs: ['as', 'se'] }

// HJ 493-2009 is for water samples; HJ 91.1-2019 for wastewater.
const WATER_MATRICES = ['surface_water', 'groundwater', 'wastewater']

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('attachment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sha256', 'text', (c) => c.notNull().unique())
    .addColumn('size_bytes', 'integer', (c) => c.notNull().check(sql`size_bytes > 0`))
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('app_user.id'))
    .execute()

  await withStamp(
    db.schema
      .createTable('holding_time')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('parameter_key', 'text', (c) => c.notNull())
      .addColumn('matrix', 'text', (c) => c.notNull())
      .addColumn('max_hours', 'real', (c) => c.check(sql`max_hours is null or max_hours > 0`))
      .addColumn('basis', 'text', (c) => c.notNull())
      .addColumn('notes', 'text', (c) => c.notNull())
  ).execute()
  await db.schema.createIndex('holding_time_parameter_matrix').unique().on('holding_time').columns(['parameter_key', 'matrix']).execute()

  // Seeded with the parameters of the reference and no hours: the reference
  // verified none (every max_holding_time is null), and an invented figure
  // would flag real results. Administrators enter verified values.
  const now = new Date().toISOString()
  const keys = [...new Set(holdingTimes.parameters.flatMap((p) => KEYS_OF_GROUP[p.key] ?? [p.key]))]
  await db
    .insertInto('holding_time' as never)
    .values(
      keys.flatMap((key) =>
        WATER_MATRICES.map((matrix) => ({
          id: uuidv7(),
          parameter_key: key,
          matrix,
          max_hours: null,
          basis: '',
          notes: '未核实：HJ 493-2009 表1 / HJ 91.1-2019 附录A 原文未取得',
          created_at: now,
          updated_at: now,
          updated_by: 'system',
          revision: 0
        }))
      ) as never
    )
    .execute()
}
