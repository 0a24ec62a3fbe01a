import { sql, type Kysely } from 'kysely'
import { migrateAuditedRows } from '../../records/migrated-rows'

/** A list kept as a JSON array in `column` of `table`, moved into the link table `link`. */
interface MovedList {
  table: string
  column: string
  link: string
  /** The link's column naming its parent row. */
  parent: string
  /** The link's column holding one element, and the table and key it refers to. */
  element: string
  references: string
}

const movedLists: MovedList[] = [
  { table: 'restoration_order', column: 'site_ids_json', link: 'order_site', parent: 'order_id', element: 'site_id', references: 'site.id' },
  { table: 'restoration_order', column: 'supervisor_ids_json', link: 'order_supervisor', parent: 'order_id', element: 'user_id', references: 'app_user.id' },
  { table: 'milestone', column: 'evidence_json', link: 'milestone_evidence', parent: 'milestone_id', element: 'sha256', references: 'attachment.sha256' },
  { table: 'milestone', column: 'satisfying_sample_ids_json', link: 'milestone_sample', parent: 'milestone_id', element: 'sample_id', references: 'sample.id' },
  { table: 'inspection', column: 'photos_json', link: 'inspection_photo', parent: 'inspection_id', element: 'sha256', references: 'attachment.sha256' },
  { table: 'deviation', column: 'evidence_json', link: 'deviation_evidence', parent: 'deviation_id', element: 'sha256', references: 'attachment.sha256' }
]

/**
 * The id lists of orders, milestones, inspections and deviations become link
 * tables with foreign keys, as sample photos and opinion samples already are,
 * so a list can no longer name a site, user, sample or file that does not
 * exist. Inspections and deviations are voided the one way evidence is
 * (who, when, why) instead of by a flag. The data is carried over in order,
 * and every row changed or added is recorded in the audit trail.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const tables = [...new Set(movedLists.flatMap((l) => [l.table, l.link]))]
  await migrateAuditedRows(db, '0011-order-links', tables, async () => {
    for (const list of movedLists) await moveList(db, list)
    for (const table of ['inspection', 'deviation']) await replaceVoidedFlag(db, table)
    await sql`create index deviation_open_due on deviation (closed_on, voided_at, due_date)`.execute(db)
    for (const list of movedLists) await sql`alter table ${sql.table(list.table)} drop column ${sql.ref(list.column)}`.execute(db)
  })
}

async function moveList(db: Kysely<unknown>, list: MovedList): Promise<void> {
  const [refTable, refColumn] = list.references.split('.') as [string, string]
  const parentTable = list.table
  await sql`
    create table ${sql.table(list.link)} (
      ${sql.ref(list.parent)} text not null references ${sql.table(parentTable)} (id),
      position integer not null,
      ${sql.ref(list.element)} text not null references ${sql.table(refTable)} (${sql.ref(refColumn)}),
      primary key (${sql.ref(list.parent)}, position)
    ) strict
  `.execute(db)
  // json_each keeps the array's order in `key`; a repeated element keeps its first place.
  await sql`
    insert into ${sql.table(list.link)} (${sql.ref(list.parent)}, position, ${sql.ref(list.element)})
    select t.id, min(cast(j.key as integer)), j.value
    from ${sql.table(parentTable)} as t, json_each(t.${sql.ref(list.column)}) as j
    group by t.id, j.value
  `.execute(db)
  await sql`create index ${sql.id(`${list.link}_${list.element}`)} on ${sql.table(list.link)} (${sql.ref(list.element)})`.execute(db)
}

async function replaceVoidedFlag(db: Kysely<unknown>, table: string): Promise<void> {
  if (table === 'deviation') await sql`drop index deviation_open_due`.execute(db)
  await sql`alter table ${sql.table(table)} add column voided_at text`.execute(db)
  await sql`alter table ${sql.table(table)} add column voided_by text references app_user (id)`.execute(db)
  // The flag recorded no time or person: the row's last change was the void.
  await sql`update ${sql.table(table)} set voided_at = updated_at, voided_by = updated_by where voided = 1`.execute(db)
  await sql`alter table ${sql.table(table)} drop column voided`.execute(db)
}
