import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import BetterSqlite3 from 'better-sqlite3'
import { databaseFileName, openCore, type Core } from '../../../electron/core/core'
import { clearStatementCache } from '../../../electron/core/db/statement-cache'
import { statementRecorder } from '../../bench/sql-capture'
import { fixedClock, person, sequentialIds, setupAdmin, testCore, testPasswordCost } from '../support/test-core'

const cores: Core[] = []
const folders: string[] = []
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close()
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

const userLookups = (sqls: string[]) => sqls.filter((s) => /from "app_user"|from "security_setting"/.test(s))

describe('the current user is cached for the session', () => {
  it('a second call reads neither the account nor the policy again', async () => {
    const core = await testCore()
    cores.push(core)
    const admin = await setupAdmin(core)
    const clerk = await person(admin, 'chen.clerk', '陈晓雯', 'clerk')
    const recorder = statementRecorder(core.sqlite)
    await clerk.must('fields.list', {})
    clearStatementCache(core.sqlite)
    const statements = await recorder.capture(() => clerk.must('fields.list', {}))
    expect(userLookups(statements.map((s) => s.sql))).toEqual([])
    expect(statements.length).toBeGreaterThan(0)
  })

  it('a role withdrawn or an account deactivated in the app is refused at the next call', async () => {
    const core = await testCore()
    cores.push(core)
    const admin = await setupAdmin(core)
    const clerk = await person(admin, 'chen.clerk', '陈晓雯', 'clerk')
    const judge = await person(admin, 'wang.judge', '王建明', 'judge')
    await clerk.must('fields.list', {})
    await judge.must('fields.list', {})
    const users = await admin.must('users.all', {})
    const clerkRow = users.find((u) => u.username === 'chen.clerk')!
    await admin.must('users.update', { id: clerkRow.id, revision: clerkRow.revision, displayName: clerkRow.displayName, role: 'judge', extraRoles: [] })
    expect(await clerk.call('fields.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
    const judgeRow = users.find((u) => u.username === 'wang.judge')!
    await admin.must('users.deactivate', { id: judgeRow.id, revision: judgeRow.revision })
    expect(await judge.call('fields.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
  })

  it('an account deactivated by another process on the folder (the CLI) is refused at the next call', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ecocase-caller-cache-'))
    folders.push(dataDir)
    const open = () => openCore({ dataDir, now: fixedClock(), newId: sequentialIds(), passwordCost: testPasswordCost })
    const app = await open()
    cores.push(app)
    const admin = await setupAdmin(app)
    const clerk = await person(admin, 'chen.clerk', '陈晓雯', 'clerk')
    await clerk.must('fields.list', {})

    // Another process's commit, made here on a plain connection: a second core in this process would also bump the
    // in-process generation, and the point is that SQLite's data_version alone tells the app to read the account again.
    const other = new BetterSqlite3(join(dataDir, databaseFileName))
    other.prepare("update app_user set active = 0 where username = 'chen.clerk'").run()
    other.close()

    expect(await clerk.call('fields.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
  })
})
