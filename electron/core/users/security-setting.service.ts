import type { SecuritySettings } from '../../shared/users'
import { permissions } from '../../shared/permissions'
import type { Call } from '../call'
import type { Handlers } from '../handler-table'
import { checkRevision, insertRecord, updateRecord } from '../records/records'
import { defaultSecurityPolicy } from './security-policy'
import { noCase } from '../access/case-scope'

async function currentSettings(call: Pick<Call, 'db'>): Promise<SecuritySettings> {
  const row = await call.db.selectFrom('securitySetting').select(['idleLockMinutes', 'maxFailedAttempts', 'lockMinutes', 'revision']).where('id', '=', 'security').executeTakeFirst()
  return row ?? { ...defaultSecurityPolicy, revision: 0 }
}

/** The idle lock and the failed-attempt policy: read by every signed-in user (the renderer's lock timer), changed by an administrator. */
export const securitySettingHandlers: Handlers<'security.get' | 'security.update'> = {
  'security.get': { scope: noCase, access: 'signedIn', writes: false, run: currentSettings },
  'security.update': { scope: noCase,
    access: permissions.manageUsers,
    writes: true,
    run: async (call, input) => {
      const before = await call.db.selectFrom('securitySetting').select('revision').where('id', '=', 'security').executeTakeFirst()
      const { revision, ...set } = input
      if (before) await updateRecord(call, 'securitySetting', 'security', { revision, set })
      else {
        // The defaults have no row: the first change makes it, over revision 0.
        checkRevision({ revision: 0 }, revision)
        await insertRecord(call, 'securitySetting', { id: 'security', ...set })
      }
      return currentSettings(call)
    }
  }
}
