import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Core } from '../../../electron/core/core'
import type { Role } from '../../../electron/shared/roles'
import type { CourtSettingsInput } from '../../../electron/shared/court'
import { staff, testCore, type Actor } from '../support/test-core'

let core: Core
let people: Record<Role, Actor>
beforeEach(async () => {
  core = await testCore()
  people = await staff(core)
})
afterEach(() => core.close())

const zhangzhou: CourtSettingsInput = {
  fullName: '福建省漳州市中级人民法院',
  shortName: '漳州中院',
  tribunal: '环境资源审判庭',
  address: '福建省漳州市芗城区胜利西路 1 号',
  phone: '0596-2961234',
  sealPosition: 'over_date',
  revision: null
}

describe('court settings', () => {
  it('read as unset before an administrator saves them, then as saved, with each save in the audit trail', async () => {
    expect(await people.clerk.must('court.get', {})).toMatchObject({ fullName: '', revision: null })
    const saved = await people.admin.must('court.update', zhangzhou)
    expect(saved).toMatchObject({ fullName: '福建省漳州市中级人民法院', tribunal: '环境资源审判庭', revision: 0 })
    const moved = await people.admin.must('court.update', { ...zhangzhou, sealPosition: 'right_of_signature', revision: 0 })
    expect(moved).toMatchObject({ sealPosition: 'right_of_signature', revision: 1 })
    expect(await people.investigator.must('court.get', {})).toEqual(moved)
    const events = await core.db.selectFrom('auditEvent').select(['entityType', 'entityId']).where('channel', '=', 'court.update').execute()
    expect(events).toEqual([
      { entityType: 'court_setting', entityId: 'court' },
      { entityType: 'court_setting', entityId: 'court' }
    ])
  })

  it('only an administrator sets them; a stale or first-save revision mismatch and bad input change nothing', async () => {
    for (const role of ['clerk', 'judge', 'investigator'] as const) {
      const reply = await people[role].call('court.update', zhangzhou)
      expect(reply.ok ? null : reply.error.code).toBe('forbidden')
    }
    expect((await people.admin.call('court.update', { ...zhangzhou, revision: 3 })).ok).toBe(false)
    await people.admin.must('court.update', zhangzhou)
    const stale = await people.admin.call('court.update', { ...zhangzhou, fullName: '别的法院', revision: null })
    expect(stale.ok ? null : stale.error.code).toBe('conflict')
    const bad = await people.admin.call('court.update', { ...zhangzhou, fullName: ' ', phone: 'call me', sealPosition: 'image' as never, revision: 0 })
    expect(bad.ok ? null : Object.keys(bad.error.fieldErrors ?? {}).sort()).toEqual(['fullName', 'phone', 'sealPosition'])
    expect(await people.admin.must('court.get', {})).toMatchObject({ fullName: '福建省漳州市中级人民法院', revision: 0 })
  })
})
