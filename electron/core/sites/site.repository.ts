import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../db/database'
import type { SiteTable } from './site.table'
import type { Site, SiteInput, Waterbody } from '../../shared/sites'

function toSite(row: Selectable<SiteTable>): Site {
  return { ...row, waterbody: row.waterbody as Waterbody | null }
}

/** A case's sites, oldest first; a test asserts the plan uses `site_case`. */
export function siteListQuery(db: Kysely<Database>, caseId: string) {
  return db.selectFrom('site').selectAll().where('caseId', '=', caseId).orderBy('createdAt').orderBy('id')
}

export async function listSites(db: Kysely<Database>, caseId: string): Promise<Site[]> {
  return (await siteListQuery(db, caseId).execute()).map(toSite)
}

export async function findSite(db: Kysely<Database>, id: string): Promise<Site | null> {
  const row = await db.selectFrom('site').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? toSite(row) : null
}

export function siteColumns(input: Required<SiteInput>) {
  return {
    name: input.name,
    address: input.address,
    latitude: input.latitude,
    longitude: input.longitude,
    accuracyM: input.accuracyM,
    waterbody: input.waterbody,
    notes: input.notes
  }
}
