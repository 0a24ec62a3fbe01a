import { AppError } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import { newStamp, nextStamp, type Call } from '../call'
import type { Handlers } from '../handler-table'
import { findField, listFields } from './field.repository'

async function refuseDuplicateCode(call: Call, code: string, exceptId: string | null) {
  const other = await call.db.selectFrom('field').select('id').where('code', '=', code).executeTakeFirst()
  if (other && other.id !== exceptId) throw new AppError('conflict', `领域代码 ${code} 已存在`, { code: '代码已存在' })
}

/** The ecological fields are reference data: everyone reads them, administrators edit them. */
export const fieldHandlers: Handlers<'fields.list' | 'fields.create' | 'fields.update'> = {
  'fields.list': { access: 'signedIn', writes: false, run: (call) => listFields(call.db) },
  'fields.create': {
    access: permissions.editReferenceData,
    writes: true,
    run: async (call, input) => {
      await refuseDuplicateCode(call, input.code, null)
      const id = call.newId()
      await call.db
        .insertInto('field')
        .values({ id, ...input, active: input.active ? 1 : 0, ...newStamp(call) })
        .execute()
      const field = (await findField(call.db, id))!
      await call.audit({ type: 'field', id }, null, field)
      return field
    }
  },
  'fields.update': {
    access: permissions.editReferenceData,
    writes: true,
    run: async (call, { id, revision, ...input }) => {
      const before = await findField(call.db, id)
      if (!before) throw new AppError('not_found', '找不到该领域')
      if (before.revision !== revision) throw new AppError('conflict', '该领域已被他人修改，请刷新后重试')
      await refuseDuplicateCode(call, input.code, id)
      await call.db
        .updateTable('field')
        .set({ ...input, active: input.active ? 1 : 0, ...nextStamp(call, revision) })
        .where('id', '=', id)
        .execute()
      const after = (await findField(call.db, id))!
      await call.audit({ type: 'field', id }, before, after)
      return after
    }
  }
}
