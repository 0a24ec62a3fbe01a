import { AppError } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import { checkRevision, updateRecord } from '../records/records'
import type { Handlers } from '../handler-table'
import { findHoldingTime, listHoldingTimes } from './holding-time.repository'
import { noCase } from '../access/case-scope'

export const holdingTimeHandlers: Handlers<'holdingTimes.list' | 'holdingTimes.update'> = {
  'holdingTimes.list': { scope: noCase, access: 'signedIn', writes: false, run: (call) => listHoldingTimes(call.db) },
  'holdingTimes.update': { scope: noCase,
    access: permissions.editReferenceData,
    writes: true,
    run: async (call, { id, revision, maxHours, basis, notes }) => {
      const before = await findHoldingTime(call.db, id)
      if (!before) throw new AppError('not_found', 'holding_time_not_found')
      checkRevision(before, revision)
      if (maxHours !== null && basis === '') {
        throw new AppError('invalid_input', 'holding_time_needs_basis', {}, { basis: 'field_holding_basis' })
      }
      // A value entered with its source is verified: the seeded "未核实" note, kept unchanged by the form, no longer holds.
      const keptNote = maxHours !== null && notes === before.notes && notes.startsWith('未核实') ? '' : notes
      await updateRecord(call, 'holdingTime', id, { revision, set: { maxHours, basis, notes: keptNote } })
      return (await findHoldingTime(call.db, id))!
    }
  }
}
