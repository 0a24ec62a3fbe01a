import { sql, type Kysely } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import { withStamp } from '../record-stamp'

/** The 11 ecological fields of the expert pool, as first seeded; admins edit them later. */
const seedFields: [code: string, nameZh: string, nameEn: string][] = [
  ['forestry', '林业生态', 'Forestry ecology'],
  ['water', '水环境', 'Water environment'],
  ['soil', '土壤环境', 'Soil environment'],
  ['atmosphere', '大气环境', 'Atmospheric environment'],
  ['marine', '海洋生态', 'Marine ecology'],
  ['fishery', '渔业资源', 'Fishery resources'],
  ['wildlife', '野生动植物保护', 'Wildlife protection'],
  ['mineral', '矿产与地质环境', 'Minerals and geological environment'],
  ['agriculture', '农业生态', 'Agricultural ecology'],
  ['solid_waste', '固体废物', 'Solid waste'],
  ['monitoring', '环境监测', 'Environmental monitoring']
]

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_event')
    .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .execute()
  await db.schema.createIndex('audit_event_entity').on('audit_event').columns(['entity_type', 'entity_id']).execute()

  await withStamp(
    db.schema
      .createTable('app_user')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('clerk','investigator','judge','admin')`))
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
  ).execute()

  await withStamp(
    db.schema
      .createTable('field')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name_zh', 'text', (c) => c.notNull())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .addColumn('sort_order', 'integer', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
  ).execute()

  await withStamp(
    db.schema
      .createTable('expert')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('organisation', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('phone', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('term_start', 'text', (c) => c.notNull())
      .addColumn('term_end', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active','suspended')`))
      .addColumn('status_reason', 'text', (c) => c.notNull())
      .addColumn('max_concurrent_cases', 'integer', (c) => c.notNull())
      .addColumn('notes', 'text', (c) => c.notNull())
  ).execute()
  await db.schema.createIndex('expert_name').on('expert').column('name').execute()
  await db.schema.createIndex('expert_status_name').on('expert').columns(['status', 'name']).execute()

  await db.schema
    .createTable('expert_field')
    .addColumn('expert_id', 'text', (c) => c.notNull().references('expert.id'))
    .addColumn('field_id', 'text', (c) => c.notNull().references('field.id'))
    .addColumn('is_primary', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('expert_field_pk', ['expert_id', 'field_id'])
    .execute()
  await db.schema.createIndex('expert_field_by_field').on('expert_field').columns(['field_id', 'expert_id']).execute()

  await db.schema
    .createTable('expert_affiliation')
    .addColumn('expert_id', 'text', (c) => c.notNull().references('expert.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('relation', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('expert_affiliation_pk', ['expert_id', 'position'])
    .execute()

  const now = new Date().toISOString()
  const stamp = { created_at: now, updated_at: now, updated_by: 'system', revision: 0 }
  await db
    .insertInto('field' as never)
    .values(
      seedFields.map(([code, nameZh, nameEn], i) => ({
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
  await db
    .insertInto('app_user' as never)
    .values({ id: uuidv7(), username: 'admin', display_name: '系统管理员', role: 'admin', active: 1, ...stamp } as never)
    .execute()
}
