import { AppError, type ErrorReason } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import { nextCaseStatus, type CaseInput, type CourtCase } from '../../shared/cases'
import { parseCaseNumber } from '../../shared/case-number'
import type { Role } from '../../shared/roles'
import type { Call } from '../call'
import { checkRevision, insertRecord, updateRecord } from '../records/records'
import type { Handlers } from '../handler-table'
import { findUser } from '../users/user.repository'
import { caseColumns, findCase, findCaseByNumber, listCases, replaceParties } from './case.repository'
import { closingProblems, REOPENED_STATUS } from './case-lifecycle'
import { listMyCases } from './my-cases'
import { acrossCases, noCase, readsCase, writesCase } from '../access/case-scope'
import { caseOf } from '../access/case-of'

async function refuseDuplicateNumber(call: Call, input: Required<CaseInput>, exceptId: string | null) {
  const reading = parseCaseNumber(input.caseNumber)
  const other = reading.ok ? await findCaseByNumber(call.db, reading.value.text) : undefined
  if (other && other.id !== exceptId) {
    throw new AppError('conflict', 'case_number_taken', { caseNumber: reading.ok ? reading.value.text : '' }, { caseNumber: 'field_case_number_taken' })
  }
}

/** The presiding judge and the clerk must be users of those roles. */
async function refuseWrongStaff(call: Call, input: Required<CaseInput>) {
  const check = async (key: 'judgeId' | 'clerkId', role: Role, reason: ErrorReason) => {
    const userId = input[key]
    if (userId === null) return
    const user = await findUser(call.db, userId)
    if (!user || !user.roles.includes(role) || !user.active) throw new AppError('invalid_input', reason, {}, { [key]: reason })
  }
  await check('judgeId', 'judge', 'judge_must_be_judge')
  await check('clerkId', 'clerk', 'clerk_must_be_clerk')
}

/** The matter a case belongs to: the named case's matter, or one of its own. */
async function matterFor(call: Call, input: Required<CaseInput>, current: CourtCase | null, caseId: string): Promise<string> {
  if (input.sameMatterAs === null) {
    // Leaving a matter that other cases share takes a fresh matter id; a case alone keeps its own.
    if (!current) return caseId
    return current.linkedCases.length > 0 ? call.newId() : current.matterId
  }
  if (input.sameMatterAs === caseId) {
    throw new AppError('invalid_input', 'case_links_itself', {}, { sameMatterAs: 'case_links_itself' })
  }
  const other = await findCase(call.db, input.sameMatterAs)
  if (!other) throw new AppError('invalid_input', 'linked_case_missing', {}, { sameMatterAs: 'linked_case_missing' })
  return other.matterId
}

async function requireCase(call: Call, id: string) {
  const courtCase = await findCase(call.db, id)
  if (!courtCase) throw new AppError('not_found', 'case_not_found')
  return courtCase
}

export async function createCase(call: Call, input: Required<CaseInput>): Promise<CourtCase> {
  await refuseDuplicateNumber(call, input, null)
  await refuseWrongStaff(call, input)
  const id = call.newId()
  const matterId = await matterFor(call, input, null, id)
  await insertRecord(call, 'courtCase', { id, ...caseColumns(input), status: 'registered', matterId })
  await replaceParties(call, id, input)
  return (await findCase(call.db, id))!
}

/** The numbers of the case's orders still in draft; a discarded draft is decided, and does not hold the case open. */
async function draftOrderNumbers(call: Call, caseId: string): Promise<string[]> {
  const rows = await call.db
    .selectFrom('restorationOrder')
    .select('orderNumber')
    .where('caseId', '=', caseId)
    .where('status', '=', 'draft')
    .where('voidedAt', 'is', null)
    .execute()
  return rows.map((r) => r.orderNumber)
}

export const caseHandlers: Handlers<'cases.list' | 'cases.mine' | 'cases.get' | 'cases.create' | 'cases.update' | 'cases.setStatus' | 'cases.reopen'> = {
  'cases.list': { scope: acrossCases(), access: 'signedIn', writes: false, run: (call, filter) => listCases(call.db, filter, call.visibleCases) },
  'cases.mine': { scope: acrossCases(), access: ['investigator'], writes: false, run: listMyCases },
  'cases.get': { scope: readsCase((db, { id }) => caseOf.courtCase(db, id)),
    access: 'signedIn',
    writes: false,
    run: async (call, { id }) => {
      const courtCase = await findCase(call.db, id)
      if (!courtCase) throw new AppError('not_found', 'case_not_found')
      return courtCase
    }
  },
  'cases.create': { scope: noCase, access: permissions.registerCases, writes: true, run: createCase },
  'cases.update': { scope: writesCase((db, { id }) => caseOf.courtCase(db, id)),
    access: permissions.registerCases,
    writes: true,
    run: async (call, { id, revision, courtCase: input }) => {
      const before = await requireCase(call, id)
      checkRevision(before, revision)
      await refuseDuplicateNumber(call, input, id)
      await refuseWrongStaff(call, input)
      const matterId = await matterFor(call, input, before, id)
      await updateRecord(call, 'courtCase', id, { revision, set: { ...caseColumns(input), matterId } })
      await replaceParties(call, id, input)
      return (await findCase(call.db, id))!
    }
  },
  'cases.setStatus': { scope: writesCase((db, { id }) => caseOf.courtCase(db, id)),
    access: permissions.advanceCaseStatus,
    writes: true,
    run: async (call, { id, revision, status }) => {
      const before = await requireCase(call, id)
      checkRevision(before, revision)
      const next = nextCaseStatus(before.status)
      if (status !== next) {
        throw new AppError('conflict', next ? 'case_status_next_only' : 'case_closed_final')
      }
      if (status === 'closed') {
        const problems = closingProblems(before, await draftOrderNumbers(call, id))
        if (problems.length > 0) throw new AppError('conflict', 'case_cannot_close', { problems })
      }
      await updateRecord(call, 'courtCase', id, { revision, set: { status } })
      return (await findCase(call.db, id))!
    }
  },
  'cases.reopen': { scope: writesCase((db, { id }) => caseOf.courtCase(db, id)),
    access: permissions.reopenCases,
    writes: true,
    run: async (call, { id, revision, reason }) => {
      const before = await requireCase(call, id)
      if (before.status !== 'closed') throw new AppError('conflict', 'reopen_only_closed')
      if (before.judgeId !== null && before.judgeId !== call.user.id) throw new AppError('forbidden', 'reopen_judge_only')
      await updateRecord(call, 'courtCase', id, { revision, set: { status: REOPENED_STATUS, closedOn: '' } })
      await insertRecord(call, 'caseReopening', { id: call.newId(), caseId: id, reason, closedOn: before.closedOn })
      return (await findCase(call.db, id))!
    }
  }
}
