import { permissions } from '../../shared/permissions'
import { staleRevision, insertRecord, updateRecord } from '../records/records'
import type { Handlers } from '../handler-table'
import { courtSettingId, findCourtSettings } from './court.repository'
import { noCase } from '../access/case-scope'

/**
 * The court's particulars: everyone signed in reads them (every print and
 * export carries them); an administrator sets them, like other reference data.
 */
export const courtHandlers: Handlers<'court.get' | 'court.update'> = {
  'court.get': { scope: noCase, access: 'signedIn', writes: false, run: (call) => findCourtSettings(call.db) },
  'court.update': { scope: noCase,
    access: permissions.editReferenceData,
    writes: true,
    run: async (call, { revision, ...values }) => {
      const stored = await findCourtSettings(call.db)
      // The first save inserts the row; a later one names the revision it read, like every record.
      if (stored.revision === null) {
        if (revision !== null) throw staleRevision()
        await insertRecord(call, 'courtSetting', { id: courtSettingId, ...values })
      } else {
        if (revision === null) throw staleRevision()
        await updateRecord(call, 'courtSetting', courtSettingId, { revision, set: values })
      }
      return findCourtSettings(call.db)
    }
  }
}
