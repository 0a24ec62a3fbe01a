import type BetterSqlite3 from 'better-sqlite3'
import { acknowledgedThrough } from './export-package'
import { travels } from './package-scope'

/**
 * How many changes made here each partner that sent this folder its cases
 * (the court, seen from an investigator's laptop) has not yet acknowledged
 * (no receipt for a package holding them): work that exists only in this
 * folder, which resetting or replacing the folder would lose.
 */
export function unreturnedWork(sqlite: BetterSqlite3.Database): { partner: string; name: string; changes: number }[] {
  const hasPartners = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'partner'").get()
  const local = sqlite.prepare('select id from installation where local = 1').pluck().get() as string | undefined
  if (!hasPartners || !local) return []
  const partners = sqlite
    .prepare(
      "select installation_id, name from partner where installation_id in (select source_installation_id from exchange_package where direction = 'in' and kind = 'case') order by name"
    )
    .all() as { installation_id: string; name: string }[]
  const changes = sqlite.prepare("select entity_type from audit_event where installation_id = ? and chain_seq > ? and channel not like 'migration%'").pluck()
  return partners
    .map((p) => ({
      partner: p.installation_id,
      name: p.name,
      changes: (changes.all(local, acknowledgedThrough(sqlite, local, p.installation_id)) as string[]).filter(travels).length
    }))
    .filter((p) => p.changes > 0)
}
