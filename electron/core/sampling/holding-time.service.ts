import { AppError } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import { nextStamp } from '../call'
import type { Handlers } from '../handler-table'
import { findHoldingTime, listHoldingTimes } from './holding-time.repository'

export const holdingTimeHandlers: Handlers<'holdingTimes.list' | 'holdingTimes.update'> = {
  'holdingTimes.list': { access: 'signedIn', writes: false, run: (call) => listHoldingTimes(call.db) },
  'holdingTimes.update': {
    access: permissions.editReferenceData,
    writes: true,
    run: async (call, { id, revision, maxHours, basis, notes }) => {
      const before = await findHoldingTime(call.db, id)
      if (!before) throw new AppError('not_found', '找不到该保存时限')
      if (before.revision !== revision) throw new AppError('conflict', '该保存时限已被他人修改，请刷新后重试')
      if (maxHours !== null && basis === '') {
        throw new AppError('invalid_input', '填写保存时限须注明依据', { basis: '请注明依据（标准编号及条款）' })
      }
      await call.db
        .updateTable('holdingTime')
        .set({ maxHours, basis, notes, ...nextStamp(call, revision) })
        .where('id', '=', id)
        .execute()
      const after = (await findHoldingTime(call.db, id))!
      await call.audit({ type: 'holding_time', id }, before, after)
      return after
    }
  }
}
