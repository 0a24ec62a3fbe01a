import { AppError } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import { newStamp, nextStamp } from '../call'
import type { Handlers } from '../handler-table'
import { refuseWhileClosed } from '../cases/case-lifecycle'
import { findSite, listSites, siteColumns } from './site.repository'

/** The sites of a case (the pond, a river reach): registered with the case, visited later by investigators. */
export const siteHandlers: Handlers<'sites.list' | 'sites.create' | 'sites.update'> = {
  'sites.list': { access: 'signedIn', writes: false, run: (call, { caseId }) => listSites(call.db, caseId) },
  'sites.create': {
    access: permissions.recordSites,
    writes: true,
    run: async (call, { caseId, site }) => {
      const courtCase = await call.db.selectFrom('courtCase').select(['id', 'status', 'caseNumber']).where('id', '=', caseId).executeTakeFirst()
      if (!courtCase) throw new AppError('not_found', '找不到该案件')
      refuseWhileClosed(courtCase, '登记新的地点')
      const id = call.newId()
      await call.db
        .insertInto('site')
        .values({ id, caseId, ...siteColumns(site), ...newStamp(call) })
        .execute()
      const created = (await findSite(call.db, id))!
      await call.audit({ type: 'site', id }, null, created)
      return created
    }
  },
  'sites.update': {
    access: permissions.recordSites,
    writes: true,
    run: async (call, { id, revision, site }) => {
      const before = await findSite(call.db, id)
      if (!before) throw new AppError('not_found', '找不到该地点')
      if (before.revision !== revision) throw new AppError('conflict', '该地点已被他人修改，请刷新后重试')
      await call.db
        .updateTable('site')
        .set({ ...siteColumns(site), ...nextStamp(call, revision) })
        .where('id', '=', id)
        .execute()
      const after = (await findSite(call.db, id))!
      await call.audit({ type: 'site', id }, before, after)
      return after
    }
  }
}
