import { AppError } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import type { Call } from '../call'
import { referenceRowId } from '../records/reference-ids'
import { insertRecord, updateRecord } from '../records/records'
import type { Handlers } from '../handler-table'
import { findField, listFields } from './field.repository'
import { noCase } from '../access/case-scope'

async function refuseDuplicateCode(call: Call, code: string, exceptId: string | null) {
  const other = await call.db.selectFrom('field').select('id').where('code', '=', code).executeTakeFirst()
  if (other && other.id !== exceptId) throw new AppError('conflict', 'field_code_taken', { code }, { code: 'field_code_exists' })
}

/** The ecological fields are reference data: everyone reads them, administrators edit them. */
export const fieldHandlers: Handlers<'fields.list' | 'fields.create' | 'fields.update'> = {
  'fields.list': { scope: noCase, access: 'signedIn', writes: false, run: (call) => listFields(call.db) },
  'fields.create': { scope: noCase,
    access: permissions.editReferenceData,
    writes: true,
    run: async (call, input) => {
      await refuseDuplicateCode(call, input.code, null)
      const id = referenceRowId('field', [input.code])
      await insertRecord(call, 'field', { id, ...input, active: input.active ? 1 : 0 })
      return (await findField(call.db, id))!
    }
  },
  'fields.update': { scope: noCase,
    access: permissions.editReferenceData,
    writes: true,
    run: async (call, { id, revision, ...input }) => {
      if (!(await findField(call.db, id))) throw new AppError('not_found', 'field_not_found')
      await refuseDuplicateCode(call, input.code, id)
      await updateRecord(call, 'field', id, { revision, set: { ...input, active: input.active ? 1 : 0 } })
      return (await findField(call.db, id))!
    }
  }
}
