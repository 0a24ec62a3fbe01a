import { sql, type Kysely } from 'kysely'
import { migrateAuditedRows } from '../../records/migrated-rows'

/**
 * The basis the three substitute restoration methods rest on, as published:
 * the court may allow substitute restoration (替代性修复) where the
 * environment cannot be fully restored. Water and soil purification orders
 * have no verified source yet and stay editable.
 */
const substituteRestoration = '最高人民法院《关于审理环境民事公益诉讼案件适用法律若干问题的解释》（法释〔2015〕1号）第二十条第一款（替代性修复）'

/** The seeded types: the order's name as courts issue it, the method it orders, and its source. `from` is the name 0006 seeded. */
const seededTypes: { code: string; from: string; nameZh: string; methodZh: string; source: string }[] = [
  { code: 'water_purification', from: '水质净化令', nameZh: '水质净化令', methodZh: '水质净化', source: '' },
  { code: 'soil_purification', from: '土壤净化令', nameZh: '土壤净化令', methodZh: '土壤净化', source: '' },
  { code: 'replanting', from: '补植复绿', nameZh: '补植复绿令', methodZh: '补植复绿', source: substituteRestoration },
  { code: 'fish_restocking', from: '增殖放流', nameZh: '增殖放流令', methodZh: '增殖放流', source: substituteRestoration },
  { code: 'labour_in_lieu', from: '劳务代偿', nameZh: '劳务代偿', methodZh: '劳务代偿', source: substituteRestoration }
]

/**
 * Restoration orders as courts issue them: order types name the order apart
 * from its method and carry their source; an order has an upkeep period with
 * its own survival threshold, labour in lieu, and fish restocking as the
 * fishery authority approved it; a draft can be discarded and a milestone
 * removed, both voided with who, when and why; a milestone changed after
 * issue keeps its reason; acceptance records its joint team and the survival
 * rate found; a handover follows acceptance. Columns are added with their
 * defaults (row replay reads them so); the seeded types renamed are recorded
 * in the audit trail. A type an administrator renamed keeps its name.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await migrateAuditedRows(db, '0016-order-rules', ['order_type'], async () => {
    await sql`alter table order_type add column method_zh text not null default ''`.execute(db)
    await sql`alter table order_type add column source text not null default ''`.execute(db)
    for (const type of seededTypes) {
      await sql`update order_type set name_zh = ${type.nameZh}, method_zh = ${type.methodZh}, source = ${type.source}
        where code = ${type.code} and name_zh = ${type.from}`.execute(db)
    }
  })

  const orderColumns = [
    sql`voided_at text`,
    sql`voided_by text references app_user (id)`,
    sql`void_reason text not null default ''`,
    sql`samples_count_from text`,
    sql`upkeep_months integer check (upkeep_months between 1 and 120)`,
    sql`survival_threshold_pct real check (survival_threshold_pct > 0 and survival_threshold_pct <= 100)`,
    sql`labour_hours integer check (labour_hours > 0)`,
    sql`labour_rate_fen integer check (labour_rate_fen > 0)`,
    sql`restocking_approved_by text`,
    sql`restocking_approval_reference text not null default ''`,
    sql`restocking_items_json text not null default '[]'`
  ]
  for (const column of orderColumns) await sql`alter table restoration_order add column ${column}`.execute(db)

  for (const column of [sql`voided_at text`, sql`voided_by text references app_user (id)`, sql`void_reason text not null default ''`, sql`change_reason text not null default ''`]) {
    await sql`alter table milestone add column ${column}`.execute(db)
  }

  await sql`alter table acceptance add column survival_rate_pct real check (survival_rate_pct between 0 and 100)`.execute(db)
  await sql`
    create table acceptance_member (
      acceptance_id text not null references acceptance (id),
      position integer not null,
      role text not null check (role in ('court','procuratorate','authority','investigator')),
      name text not null,
      organisation text not null,
      primary key (acceptance_id, position)
    ) strict
  `.execute(db)

  await sql`
    create table order_handover (
      id text primary key,
      order_id text not null unique references restoration_order (id),
      handed_over_to text not null,
      handed_over_on text not null,
      notes text not null,
      created_at text not null,
      updated_at text not null,
      updated_by text not null,
      revision integer not null default 0
    ) strict
  `.execute(db)
}
