import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { databaseFileName, openCore, type Core } from '../../../electron/core/core'
import { takeBackup } from '../../../electron/core/backups/backup'
import { runBackupIfDue } from '../../../electron/core/backups/backup-schedule'
import type { BackupScheduleInput } from '../../../electron/shared/backups'
import { manualClock, person, setupAdmin, signIn, testPasswordCost, type Actor } from '../support/test-core'

const hour = 3_600_000

let work: string
let clock: ReturnType<typeof manualClock>
let core: Core
let admin: Actor

beforeEach(async () => {
  work = mkdtempSync(join(tmpdir(), 'ecocase-schedule-'))
  mkdirSync(join(work, 'backups'))
  clock = manualClock('2026-12-01T00:00:00.000Z')
  core = await openCore({ dataDir: join(work, 'data'), now: clock.now, passwordCost: testPasswordCost })
  admin = await setupAdmin(core)
})

afterEach(async () => {
  await core.close()
  rmSync(work, { recursive: true, force: true })
})

/** The status as the dashboard reads it, by a fresh sign-in (the clock has moved past the idle lock). */
const status = async () => (await signIn(core, 'admin')).must('backups.status', {})

const schedule = (change: Partial<BackupScheduleInput> = {}): BackupScheduleInput => ({
  enabled: true,
  intervalHours: 24,
  folder: join(work, 'backups'),
  keep: 2,
  revision: null,
  ...change
})

/** The backup folders the schedule and the CLI made, by name. */
const backupsIn = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('ecocase-backup-')).sort()

describe('the backup schedule settings', () => {
  it('are the administrator’s alone, checked in core', async () => {
    const clerk = await person(admin, 'clerk', '陈书记员', 'clerk')
    const refused = await clerk.call('backups.setSchedule', schedule())
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await clerk.call('backups.schedule', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    // Everyone signed in sees the status, so a failing backup is noticed at the workstation.
    expect(await clerk.call('backups.status', {})).toMatchObject({ ok: true, value: { warning: 'never', last: null } })
  })

  it('refuse a relative, missing, non-folder or inside-the-data folder and out-of-bounds numbers, in Chinese, on the field', async () => {
    writeFileSync(join(work, 'a-file'), '')
    const cases: [Partial<BackupScheduleInput>, string, RegExp][] = [
      [{ folder: 'backups' }, 'folder', /绝对路径/],
      [{ folder: '' }, 'folder', /请填写备份文件夹/],
      [{ folder: join(work, 'nowhere') }, 'folder', /不存在/],
      [{ folder: join(work, 'a-file') }, 'folder', /不是文件夹/],
      [{ folder: join(work, 'data') }, 'folder', /数据文件夹之内/],
      [{ intervalHours: 0 }, 'intervalHours', /不能小于 1/],
      [{ intervalHours: 721 }, 'intervalHours', /不能大于 720/],
      [{ intervalHours: 1.5 }, 'intervalHours', /整数/],
      [{ keep: 0 }, 'keep', /不能小于 1/]
    ]
    mkdirSync(join(work, 'data', 'inner'))
    cases.push([{ folder: join(work, 'data', 'inner') }, 'folder', /数据文件夹之内/])
    for (const [change, field, message] of cases) {
      const reply = await admin.call('backups.setSchedule', schedule(change))
      expect(reply.ok, JSON.stringify(change)).toBe(false)
      if (!reply.ok) {
        expect(reply.error.code).toBe('invalid_input')
        expect(reply.error.fieldErrors?.[field], JSON.stringify(change)).toMatch(message)
      }
    }
    expect(await admin.must('backups.schedule', {})).toMatchObject({ enabled: false, revision: null })
  })

  it('are saved as a record, audited, and a stale revision is refused', async () => {
    const saved = await admin.must('backups.setSchedule', schedule())
    expect(saved).toEqual({ enabled: true, intervalHours: 24, folder: join(work, 'backups'), keep: 2, revision: 0 })
    // Switched off, the folder may be empty or its disk unplugged.
    const off = await admin.must('backups.setSchedule', schedule({ enabled: false, folder: join(work, 'unplugged'), revision: 0 }))
    expect(off).toMatchObject({ enabled: false, revision: 1 })
    expect(await admin.call('backups.setSchedule', schedule({ revision: 0 }))).toMatchObject({ ok: false, error: { code: 'conflict' } })
    const events = await core.db.selectFrom('auditEvent').select('entityType').where('entityType', '=', 'backup_schedule').execute()
    expect(events).toHaveLength(2)
  })
})

describe('the scheduler', () => {
  it('takes a backup when the schedule is saved and then once an interval, never twice for one turn', async () => {
    expect(await runBackupIfDue(core)).toBeNull()
    await admin.must('backups.setSchedule', schedule())
    clock.advance(60_000)
    const first = await runBackupIfDue(core)
    expect(first).toMatchObject({ trigger: 'schedule', outcome: 'ok', message: '', startedAt: '2026-12-01T00:01:00.000Z' })
    expect(existsSync(join(first!.folder!, 'manifest.json'))).toBe(true)
    expect(await runBackupIfDue(core)).toBeNull()

    clock.advance(24 * hour - 1)
    expect(await runBackupIfDue(core)).toBeNull()
    expect(await status()).toMatchObject({ warning: null, lastOk: { id: first!.id }, nextDueAt: '2026-12-02T00:01:00.000Z' })
    clock.advance(1)
    expect(await runBackupIfDue(core)).toMatchObject({ outcome: 'ok', startedAt: '2026-12-02T00:01:00.000Z' })
    expect(backupsIn(join(work, 'backups'))).toHaveLength(2)
    // Every run is a record in the audit trail: started, then finished.
    expect(await core.db.selectFrom('auditEvent').select('entityType').where('entityType', '=', 'backup_run').execute()).toHaveLength(4)
  })

  it('warns on the dashboard when the newest backup is older than the interval, or the schedule is off', async () => {
    await admin.must('backups.setSchedule', schedule({ intervalHours: 6 }))
    await runBackupIfDue(core)
    clock.advance(6 * hour + 1)
    expect(await status()).toMatchObject({ warning: 'overdue', last: { outcome: 'ok' } })
    await (await signIn(core, 'admin')).must('backups.setSchedule', schedule({ enabled: false, revision: 0 }))
    expect(await status()).toMatchObject({ warning: 'not_scheduled', nextDueAt: null })
  })

  it('of two processes on one folder, only one takes the backup that is due', async () => {
    await admin.must('backups.setSchedule', schedule())
    const other = await openCore({ dataDir: join(work, 'data'), now: clock.now, passwordCost: testPasswordCost })
    try {
      const runs = await Promise.all([runBackupIfDue(core), runBackupIfDue(other)])
      expect(runs.filter((r) => r !== null)).toHaveLength(1)
      expect(backupsIn(join(work, 'backups'))).toHaveLength(1)
    } finally {
      await other.close()
    }
  })

  it('records a failed backup with its reason, creates no folder, and keeps the backups it has', async () => {
    const folder = join(work, 'backups')
    await admin.must('backups.setSchedule', schedule({ keep: 1 }))
    const good = await runBackupIfDue(core)

    // The backup disk is unplugged: the schedule must not make the folder on the disk that remains.
    rmSync(folder, { recursive: true })
    clock.advance(24 * hour)
    expect(await runBackupIfDue(core)).toMatchObject({ outcome: 'failed', message: expect.stringMatching(/找不到备份文件夹/), folder: null })
    expect(existsSync(folder)).toBe(false)

    // A file where the folder should be (as root, the one way to make a folder unwritable).
    writeFileSync(folder, 'not a folder')
    clock.advance(24 * hour)
    const failed = await runBackupIfDue(core)
    expect(failed).toMatchObject({ outcome: 'failed', message: expect.stringMatching(/是一个文件，不是文件夹/) })
    const reported = await status()
    expect(reported).toMatchObject({ warning: 'failed', last: { id: failed!.id, message: failed!.message }, lastOk: { id: good!.id } })
    expect(existsSync(good!.folder!)).toBe(false) // it went with the folder this test removed, not with pruning
    const pruned = await core.db.selectFrom('backupRun').select('pruned').where('id', '=', good!.id).executeTakeFirstOrThrow()
    expect(pruned.pruned).toBeNull()
  })
})

describe('pruning', () => {
  it('keeps the newest N scheduled backups and never touches anything it did not make', async () => {
    const folder = join(work, 'backups')
    writeFileSync(join(folder, 'notes.txt'), '别删我')
    mkdirSync(join(folder, 'ecocase-backup-19990101T000000Z'))
    writeFileSync(join(folder, 'ecocase-backup-19990101T000000Z', 'manifest.json'), '{}')
    const manual = await takeBackup(core, folder)

    await admin.must('backups.setSchedule', schedule({ keep: 2 }))
    const runs = []
    for (let i = 0; i < 4; i++) {
      clock.advance(24 * hour)
      runs.push((await runBackupIfDue(core))!)
    }
    expect(runs.map((r) => r.outcome)).toEqual(['ok', 'ok', 'ok', 'ok'])
    expect(backupsIn(folder).map((n) => join(folder, n)).sort()).toEqual(
      ['ecocase-backup-19990101T000000Z', manual.folder, runs[2]!.folder, runs[3]!.folder].map((f) => resolve(folder, f!)).sort()
    )
    expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toBe('别删我')
    const marks = await core.db.selectFrom('backupRun').select(['id', 'pruned']).where('trigger', '=', 'schedule').orderBy('startedAt').execute()
    expect(marks.map((m) => m.pruned)).toEqual(['deleted', 'deleted', null, null])
  })

  it('leaves a folder in place when it is no longer the backup the schedule wrote', async () => {
    const folder = join(work, 'backups')
    await admin.must('backups.setSchedule', schedule({ keep: 1 }))
    const first = (await runBackupIfDue(core))!
    // Someone put another backup's manifest (another signature) in its place.
    const manifestPath = join(first.folder!, 'manifest.json')
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, signature: '0'.repeat(128) }))
    clock.advance(24 * hour)
    await runBackupIfDue(core)
    expect(existsSync(first.folder!)).toBe(true)
    expect(backupsIn(folder)).toHaveLength(2)
    const mark = await core.db.selectFrom('backupRun').select('pruned').where('id', '=', first.id).executeTakeFirstOrThrow()
    expect(mark.pruned).toBe('kept')
  })
})

describe('migration 0015', () => {
  it('is applied to a folder that already ran a later-numbered migration (numbers are reserved, so they land out of turn)', async () => {
    await core.close()
    // The folder as main left it before 0015 landed: 0017 ran, 0015 did not.
    const sqlite = new BetterSqlite3(join(work, 'data', databaseFileName))
    sqlite.exec("drop table backup_run; drop table backup_schedule; delete from kysely_migration where name = '0015-backup-schedule'")
    sqlite.close()
    core = await openCore({ dataDir: join(work, 'data'), now: clock.now, passwordCost: testPasswordCost })
    admin = await signIn(core, 'admin')
    expect(await admin.must('backups.setSchedule', schedule())).toMatchObject({ revision: 0 })
  })
})
