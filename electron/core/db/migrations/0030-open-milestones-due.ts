import { sql, type Kysely } from 'kysely'

/**
 * The open milestones in due order (issue 15): the dashboard's overdue and
 * due-soon lists and the paged list of every overdue milestone read
 * `(due_date, id)` of the milestones still pending or in progress, not voided.
 * `milestone_progress_due` (0006) starts with `progress`, so two progress
 * values meant two runs to merge and a temporary B-tree for the order; a
 * partial index of the open ones holds them in the list's own order and
 * leaves out the done milestones, which outnumber them as orders age. It
 * replaces the old index, which no other query reads (SQLite preferred it
 * for its two constraints and sorted after). The queries state the index's
 * condition in literals: SQLite uses a partial index only for a WHERE it can
 * prove implies the index's, which a bound parameter never does.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop index milestone_progress_due`.execute(db)
  await sql`create index milestone_open_due on milestone (due_date, id) where progress in ('pending', 'in_progress') and voided_at is null`.execute(db)
}
