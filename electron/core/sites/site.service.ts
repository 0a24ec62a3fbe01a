import { AppError } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import { insertRecord, updateRecord } from '../records/records'
import type { Handlers } from '../handler-table'
import { refuseWhileClosed } from '../cases/case-lifecycle'
import { findSite, listSites, siteColumns } from './site.repository'
import { inputCase, readsCase, writesCase } from '../access/case-scope'
import { caseOf } from '../access/case-of'

/** The sites of a case (the pond, a river reach): registered with the case, visited later by investigators. */
export const siteHandlers: Handlers<'sites.list' | 'sites.create' | 'sites.update'> = {
  'sites.list': { scope: readsCase(inputCase), access: 'signedIn', writes: false, run: (call, { caseId }) => listSites(call.db, caseId) },
  'sites.create': { scope: writesCase(inputCase),
    access: permissions.recordSites,
    writes: true,
    run: async (call, { caseId, site }) => {
      const courtCase = await call.db.selectFrom('courtCase').select(['id', 'status', 'caseNumber']).where('id', '=', caseId).executeTakeFirst()
      if (!courtCase) throw new AppError('not_found', 'case_not_found')
      refuseWhileClosed(courtCase, 'action_add_site')
      const id = call.newId()
      await insertRecord(call, 'site', { id, caseId, ...siteColumns(site) })
      return (await findSite(call.db, id))!
    }
  },
  'sites.update': { scope: writesCase((db, { id }) => caseOf.site(db, id)),
    access: permissions.recordSites,
    writes: true,
    run: async (call, { id, revision, site }) => {
      if (!(await findSite(call.db, id))) throw new AppError('not_found', 'site_not_found')
      await updateRecord(call, 'site', id, { revision, set: siteColumns(site) })
      return (await findSite(call.db, id))!
    }
  }
}
