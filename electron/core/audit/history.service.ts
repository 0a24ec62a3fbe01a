import { permissions } from '../../shared/permissions'
import type { Handlers } from '../handler-table'
import { listAuditLog, listRecordHistory } from './history.repository'

export const historyHandlers: Handlers<'history.forRecord' | 'history.log'> = {
  /** A record's 历史 tab: every event of the row and its link rows, oldest first. */
  'history.forRecord': {
    access: 'signedIn',
    writes: false,
    run: (call, { entityType, entityId }) => listRecordHistory(call.db, entityType, entityId)
  },
  /** The administrator's audit log, newest first, filtered. */
  'history.log': {
    access: permissions.manageUsers,
    writes: false,
    run: (call, filter) => listAuditLog(call.db, filter)
  }
}
