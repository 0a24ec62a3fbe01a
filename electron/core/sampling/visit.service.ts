import type { Kysely } from 'kysely'
import type { z } from 'zod'
import { AppError } from '../../shared/errors'
import { shanghaiDay } from '../../shared/shanghai-time'
import type { Call } from '../call'
import { permissions } from '../../shared/permissions'
import type { siteVisitInput, VisitDetail } from '../../shared/sampling'
import type { Database } from '../db/database'
import type { Handlers } from '../handler-table'
import { insertRecord, updateRecord } from '../records/records'
import { findSite } from '../sites/site.repository'
import { findVisit, listSamplesForVisit, listVisits, requireSamplingCase } from './sampling.repository'
import { inputCase, readsCase, writesCase } from '../access/case-scope'
import { caseOf } from '../access/case-of'

type VisitInput = z.output<typeof siteVisitInput>

function visitColumns(visit: VisitInput) {
  return { visitDate: visit.visitDate, peoplePresent: JSON.stringify(visit.peoplePresent), weather: visit.weather, notes: visit.notes }
}

/** A site visit is a record of what happened: its day (Asia/Shanghai) is today or earlier. */
function refuseFutureVisit(call: Call, visitDate: string) {
  if (visitDate > shanghaiDay(call.now)) throw new AppError('invalid_input', 'visit_date_in_future', {}, { visitDate: 'visit_date_in_future' })
}

/** A site visit with its samples and their sites, as its page and its printed collection record (采样记录表) show it. */
export async function visitDetail(db: Kysely<Database>, id: string): Promise<VisitDetail> {
  const visit = await findVisit(db, id)
  if (!visit) throw new AppError('not_found', 'visit_not_found')
  const courtCase = await db.selectFrom('courtCase').select(['caseNumber', 'court']).where('id', '=', visit.caseId).executeTakeFirstOrThrow()
  const samples = await listSamplesForVisit(db, id)
  const sites = new Map<string, Awaited<ReturnType<typeof findSite>>>()
  for (const s of samples) if (!sites.has(s.siteId)) sites.set(s.siteId, await findSite(db, s.siteId))
  return {
    visit,
    caseNumber: courtCase.caseNumber,
    court: courtCase.court,
    samples: samples.map((s) => {
      const site = sites.get(s.siteId)!
      return { ...s, siteName: site.name, siteLatitude: site.latitude, siteLongitude: site.longitude, siteAccuracyM: site.accuracyM }
    })
  }
}

/** Site visits (现场勘查) of a case: who was there, the weather, and the samples taken on the day. */
export const visitHandlers: Handlers<'visits.list' | 'visits.get' | 'visits.create' | 'visits.update'> = {
  'visits.list': { scope: readsCase(inputCase),
    access: 'signedIn',
    writes: false,
    run: async (call, { caseId }) => {
      await requireSamplingCase(call.db, caseId)
      return listVisits(call.db, caseId)
    }
  },
  'visits.get': { scope: readsCase((db, { id }) => caseOf.visit(db, id)), access: 'signedIn', writes: false, run: (call, { id }) => visitDetail(call.db, id) },
  'visits.create': { scope: writesCase(inputCase),
    access: permissions.recordSampling,
    writes: true,
    run: async (call, visit) => {
      await requireSamplingCase(call.db, visit.caseId)
      refuseFutureVisit(call, visit.visitDate)
      const id = call.newId()
      await insertRecord(call, 'siteVisit', { id, caseId: visit.caseId, ...visitColumns(visit) })
      return (await findVisit(call.db, id))!
    }
  },
  'visits.update': { scope: writesCase((db, { id }) => caseOf.visit(db, id)),
    access: permissions.recordSampling,
    writes: true,
    run: async (call, { id, revision, visit }) => {
      const before = await findVisit(call.db, id)
      if (!before) throw new AppError('not_found', 'visit_not_found')
      if (before.caseId !== visit.caseId) throw new AppError('invalid_input', 'visit_case_unchangeable', {}, { caseId: 'field_case_unchangeable' })
      refuseFutureVisit(call, visit.visitDate)
      await updateRecord(call, 'siteVisit', id, { revision, set: visitColumns(visit) })
      return (await findVisit(call.db, id))!
    }
  }
}
