import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import { unsetCourtSettings, type CourtSettings } from '../../shared/court'

/** The key of the one settings row. */
export const courtSettingId = 'court'

/** The court's settings, or the unset ones (revision null) before an administrator saved them. */
export async function findCourtSettings(db: Kysely<Database>): Promise<CourtSettings> {
  const row = await db.selectFrom('courtSetting').selectAll().where('id', '=', courtSettingId).executeTakeFirst()
  if (!row) return unsetCourtSettings
  return {
    fullName: row.fullName,
    shortName: row.shortName,
    tribunal: row.tribunal,
    address: row.address,
    phone: row.phone,
    sealPosition: row.sealPosition,
    revision: row.revision
  }
}
