import { sql, type Kysely } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import { withStamp } from '../record-stamp'

/** The five order types the courts use, as first seeded; administrators add more. */
const seedOrderTypes: [code: string, nameZh: string, nameEn: string][] = [
  ['water_purification', '水质净化令', 'Water-quality purification order'],
  ['soil_purification', '土壤净化令', 'Soil purification order'],
  ['replanting', '补植复绿', 'Replanting'],
  ['fish_restocking', '增殖放流', 'Fish restocking'],
  ['labour_in_lieu', '劳务代偿', 'Labour in lieu']
]

/**
 * Restoration orders (修复令) with their milestones, inspections (回访),
 * deviations (偏差) and acceptance (验收). Lists that travel with an order's
 * revision and are never searched on their own (sites, method items,
 * targets, supervisors) are JSON text, which SQLite and PostgreSQL both hold.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withStamp(
    db.schema
      .createTable('order_type')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name_zh', 'text', (c) => c.notNull())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .addColumn('sort_order', 'integer', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
  ).execute()

  await withStamp(
    db.schema
      .createTable('restoration_order')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('order_number', 'text', (c) => c.notNull().unique())
      .addColumn('order_type_id', 'text', (c) => c.notNull().references('order_type.id'))
      .addColumn('case_id', 'text', (c) => c.notNull().references('court_case.id'))
      .addColumn('judgment_reference', 'text', (c) => c.notNull())
      .addColumn('issued_by', 'text', (c) => c.references('app_user.id'))
      .addColumn('issued_on', 'text')
      .addColumn('obligor', 'text', (c) => c.notNull())
      .addColumn('executor', 'text', (c) => c.notNull())
      .addColumn('site_ids_json', 'text', (c) => c.notNull())
      .addColumn('method', 'text', (c) => c.notNull())
      .addColumn('method_items_json', 'text', (c) => c.notNull())
      .addColumn('standard_targets_json', 'text', (c) => c.notNull())
      .addColumn('measurable_targets_json', 'text', (c) => c.notNull())
      .addColumn('restoration_fee_fen', 'integer', (c) => c.notNull().check(sql`restoration_fee_fen >= 0`))
      .addColumn('restoration_fee_paid', 'integer', (c) => c.notNull())
      .addColumn('bond_fen', 'integer', (c) => c.notNull().check(sql`bond_fen >= 0`))
      .addColumn('bond_paid', 'integer', (c) => c.notNull())
      .addColumn('fallback_cost_fen', 'integer', (c) => c.notNull().check(sql`fallback_cost_fen >= 0`))
      .addColumn('deadline', 'text', (c) => c.notNull())
      .addColumn('supervisor_ids_json', 'text', (c) => c.notNull())
      .addColumn('supervising_agencies_json', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sql`status in ('draft','issued','in_progress','accepted','failed','closed')`)
      )
      .addColumn('status_reason', 'text', (c) => c.notNull())
      .addColumn('notes', 'text', (c) => c.notNull())
  ).execute()
  await db.schema.createIndex('restoration_order_created').on('restoration_order').columns(['created_at', 'id']).execute()
  await db.schema.createIndex('restoration_order_status_created').on('restoration_order').columns(['status', 'created_at']).execute()
  await db.schema.createIndex('restoration_order_type_created').on('restoration_order').columns(['order_type_id', 'created_at']).execute()
  await db.schema.createIndex('restoration_order_case_created').on('restoration_order').columns(['case_id', 'created_at']).execute()

  await withStamp(
    db.schema
      .createTable('milestone')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('order_id', 'text', (c) => c.notNull().references('restoration_order.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('due_date', 'text', (c) => c.notNull())
      .addColumn('criterion_text', 'text', (c) => c.notNull())
      .addColumn('sample_criterion_json', 'text')
      .addColumn('progress', 'text', (c) => c.notNull().check(sql`progress in ('pending','in_progress','done')`))
      .addColumn('done_on', 'text')
      .addColumn('evidence_json', 'text', (c) => c.notNull())
      .addColumn('satisfying_sample_ids_json', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
  ).execute()
  await db.schema.createIndex('milestone_order_position').unique().on('milestone').columns(['order_id', 'position']).execute()
  await db.schema.createIndex('milestone_progress_due').on('milestone').columns(['progress', 'due_date']).execute()

  await withStamp(
    db.schema
      .createTable('inspection')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('order_id', 'text', (c) => c.notNull().references('restoration_order.id'))
      .addColumn('milestone_id', 'text', (c) => c.references('milestone.id'))
      .addColumn('inspected_on', 'text', (c) => c.notNull())
      .addColumn('investigator_id', 'text', (c) => c.notNull().references('app_user.id'))
      .addColumn('findings', 'text', (c) => c.notNull())
      .addColumn('photos_json', 'text', (c) => c.notNull())
      .addColumn('samples_taken_json', 'text', (c) => c.notNull())
      .addColumn('voided', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('void_reason', 'text', (c) => c.notNull())
  ).execute()
  await db.schema.createIndex('inspection_order_date').on('inspection').columns(['order_id', 'inspected_on']).execute()

  await withStamp(
    db.schema
      .createTable('deviation')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('inspection_id', 'text', (c) => c.notNull().references('inspection.id'))
      .addColumn('order_id', 'text', (c) => c.notNull().references('restoration_order.id'))
      .addColumn('milestone_id', 'text', (c) => c.references('milestone.id'))
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('severity', 'text', (c) => c.notNull().check(sql`severity in ('minor','major','critical')`))
      .addColumn('corrective_action', 'text', (c) => c.notNull())
      .addColumn('due_date', 'text', (c) => c.notNull())
      .addColumn('closed_on', 'text')
      .addColumn('closing_note', 'text', (c) => c.notNull())
      .addColumn('evidence_json', 'text', (c) => c.notNull())
      .addColumn('voided', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('void_reason', 'text', (c) => c.notNull())
  ).execute()
  await db.schema.createIndex('deviation_order').on('deviation').columns(['order_id', 'created_at']).execute()
  await db.schema.createIndex('deviation_open_due').on('deviation').columns(['closed_on', 'voided', 'due_date']).execute()

  await withStamp(
    db.schema
      .createTable('acceptance')
      .addColumn('id', 'text', (c) => c.primaryKey())
      // One acceptance per order: a failed one ends the order, and a new order is issued.
      .addColumn('order_id', 'text', (c) => c.notNull().unique().references('restoration_order.id'))
      .addColumn('accepting_body', 'text', (c) => c.notNull())
      .addColumn('accepted_on', 'text', (c) => c.notNull())
      .addColumn('result', 'text', (c) => c.notNull().check(sql`result in ('passed','failed')`))
      .addColumn('notes', 'text', (c) => c.notNull())
      .addColumn('report_sha256', 'text', (c) => c.notNull())
  ).execute()

  const now = new Date().toISOString()
  const stamp = { created_at: now, updated_at: now, updated_by: 'system', revision: 0 }
  await db
    .insertInto('order_type' as never)
    .values(
      seedOrderTypes.map(([code, nameZh, nameEn], i) => ({
        id: uuidv7(),
        code,
        name_zh: nameZh,
        name_en: nameEn,
        sort_order: (i + 1) * 10,
        active: 1,
        ...stamp
      })) as never
    )
    .execute()
}
