import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import type { Site, SiteInput } from '../../shared/sites'

/**
 * The sites of a case and of the other cases of its matter, oldest first: the
 * criminal case and its linked public-interest case are about the same pond,
 * registered once. A test asserts the plan uses `site_case`.
 */
export function siteListQuery(db: Kysely<Database>, caseId: string) {
  const matter = db.selectFrom('courtCase').select('matterId').where('id', '=', caseId)
  const matterCases = db.selectFrom('courtCase').select('id').where('matterId', '=', matter)
  return db.selectFrom('site').selectAll().where('caseId', 'in', matterCases).orderBy('createdAt').orderBy('id')
}

/** Whether a site is registered on the case or on another case of its matter. */
export async function siteOfMatter(db: Kysely<Database>, siteId: string, caseId: string): Promise<boolean> {
  const row = await siteListQuery(db, caseId).clearSelect().clearOrderBy().select('site.id').where('site.id', '=', siteId).executeTakeFirst()
  return row !== undefined
}

export async function listSites(db: Kysely<Database>, caseId: string): Promise<Site[]> {
  return siteListQuery(db, caseId).execute()
}

export async function findSite(db: Kysely<Database>, id: string): Promise<Site | null> {
  const row = await db.selectFrom('site').selectAll().where('id', '=', id).executeTakeFirst()
  return row ?? null
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
