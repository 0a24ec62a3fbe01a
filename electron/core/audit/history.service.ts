import { permissions } from '../../shared/permissions'
import type { HistoryEvent } from '../../shared/history'
import type { Handlers } from '../handler-table'
import { listAuditLog, listRecordHistory } from './history.repository'
import { documentPrintType } from './document-seal'
import { acrossCases, readsOpinion } from '../access/case-scope'
import { caseOfHistorySubject, opinionTables } from '../access/case-of'

/**
 * Whether an event holds the not-for-release opinion's content: a row of the
 * opinion or its links, a signature over it (its signed content is the
 * opinion), a print of it.
 */
function holdsOpinion(event: HistoryEvent): boolean {
  if (opinionTables.has(event.entityType)) return true
  const row = event.after ?? event.before
  if (event.entityType === 'signature') return row?.purpose === 'opinion.sign'
  return event.entityType === documentPrintType && row?.kind === 'opinion'
}

/**
 * The audit log is the administrator's, whom the opinion's rule leaves out
 * (issue 11: its investigators, the case's judge and clerk, nobody else): an
 * event holding the opinion shows who did what and when, not the content.
 */
function withoutOpinionContent(event: HistoryEvent): HistoryEvent {
  return holdsOpinion(event) ? { ...event, before: null, after: null } : event
}

export const historyHandlers: Handlers<'history.forRecord' | 'history.log'> = {
  /** A record's 历史 tab: every event of the row and its link rows, oldest first; the opinion's only for its readers. */
  'history.forRecord': {
    scope: readsOpinion(
      (db, { entityType, entityId }) => caseOfHistorySubject(db, entityType, entityId),
      ({ entityType }) => (opinionTables.has(entityType) ? 'opinion' : 'case')
    ),
    access: 'signedIn',
    writes: false,
    run: async (call, { entityType, entityId }) => {
      const events = await listRecordHistory(call.db, entityType, entityId)
      // A signature's own history is no way around the opinion's readers.
      return entityType === 'signature' ? events.map(withoutOpinionContent) : events
    }
  },
  /** The administrator's audit log, newest first, filtered: every case's events (the administrator sees the court), the opinion's content withheld. */
  'history.log': {
    scope: acrossCases(),
    access: permissions.manageUsers,
    writes: false,
    run: async (call, filter) => {
      const page = await listAuditLog(call.db, filter)
      return { ...page, items: page.items.map(withoutOpinionContent) }
    }
  }
}
