import { AppError } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import type { ExpertInput } from '../../shared/experts'
import type { Call } from '../call'
import { checkRevision, insertRecord, updateRecord } from '../records/records'
import type { Handlers } from '../handler-table'
import { expertColumns, findExpert, listExperts, replaceExpertChildren } from './expert.repository'
import { importExperts } from './expert-import'
import { noCase } from '../access/case-scope'

/** Only clerks and administrators keep the expert pool. */
const poolKeepers = permissions.keepExpertPool

async function refuseUnknownFields(call: Call, fieldIds: string[]) {
  const known = await call.db.selectFrom('field').select('id').where('id', 'in', fieldIds).execute()
  if (known.length !== new Set(fieldIds).size) throw new AppError('invalid_input', 'fields_unknown', {}, { fieldIds: 'fields_unknown' })
}

async function requireExpert(call: Call, id: string) {
  const expert = await findExpert(call.db, id)
  if (!expert) throw new AppError('not_found', 'expert_not_found')
  return expert
}

export async function createExpert(call: Call, raw: Required<ExpertInput>) {
  const input = { ...raw, fieldIds: [...new Set(raw.fieldIds)] }
  await refuseUnknownFields(call, input.fieldIds)
  const id = call.newId()
  await insertRecord(call, 'expert', { id, ...expertColumns(input), status: 'active', statusReason: '' })
  await replaceExpertChildren(call, id, input)
  return (await findExpert(call.db, id))!
}

async function changeStatus(call: Call, input: { id: string; revision: number; reason: string }, status: 'active' | 'suspended') {
  const before = await requireExpert(call, input.id)
  checkRevision(before, input.revision)
  if (before.status === status) {
    throw new AppError('conflict', status === 'suspended' ? 'expert_already_suspended' : 'expert_already_active')
  }
  await updateRecord(call, 'expert', input.id, { revision: input.revision, set: { status, statusReason: input.reason } })
  return (await findExpert(call.db, input.id))!
}

export const expertHandlers: Handlers<
  'experts.list' | 'experts.get' | 'experts.create' | 'experts.update' | 'experts.suspend' | 'experts.reinstate' | 'experts.import'
> = {
  // One transaction: a file is imported whole or not at all (expert-import.ts).
  'experts.import': { scope: noCase, access: poolKeepers, writes: true, run: importExperts },
  'experts.list': { scope: noCase, access: 'signedIn', writes: false, run: (call, filter) => listExperts(call.db, filter) },
  'experts.get': { scope: noCase,
    access: 'signedIn',
    writes: false,
    run: async (call, { id }) => {
      const expert = await findExpert(call.db, id)
      if (!expert) throw new AppError('not_found', 'expert_not_found')
      return expert
    }
  },
  'experts.create': { scope: noCase, access: poolKeepers, writes: true, run: createExpert },
  'experts.update': { scope: noCase,
    access: poolKeepers,
    writes: true,
    run: async (call, { id, revision, expert: raw }) => {
      const input = { ...raw, fieldIds: [...new Set(raw.fieldIds)] }
      checkRevision(await requireExpert(call, id), revision)
      await refuseUnknownFields(call, input.fieldIds)
      await updateRecord(call, 'expert', id, { revision, set: expertColumns(input) })
      await replaceExpertChildren(call, id, input)
      return (await findExpert(call.db, id))!
    }
  },
  'experts.suspend': { scope: noCase, access: poolKeepers, writes: true, run: (call, input) => changeStatus(call, input, 'suspended') },
  'experts.reinstate': { scope: noCase, access: poolKeepers, writes: true, run: (call, input) => changeStatus(call, input, 'active') }
}
