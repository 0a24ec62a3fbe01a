import { beforeAll, describe, expect, it } from 'vitest'
import { cpSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { verifyCommand } from '../../../electron/cli/verify'
import { court, fieldDay, laptop, pair, workFolder, linkToCaseExpert } from './support'

/** After a laptop's field day came in, the court's copy of the laptop's events is checked against the signed manifest that brought them. */
describe('verify checks the events other installations sent', { timeout: 120_000 }, () => {
  let work: string
  let courtDir: string
  let laptopId: string

  beforeAll(async () => {
    work = workFolder()
    courtDir = join(work, 'court')
    const c = await court(courtDir)
    const a = await laptop(join(work, 'a'), '林永华')
    await pair(c.people.admin, a.admin)
    laptopId = (await a.admin.must('exchange.card', {})).installationId
    const out = await c.people.clerk.must('exchange.export', { to: laptopId, caseId: c.caseId, changes: false, file: join(work, 'case.ecocase') })
    await a.investigator.must('exchange.import', { file: out.file })
    await linkToCaseExpert(a, c)
    await fieldDay(a.investigator, c.caseId, c.siteId, 'photo', 'A-0001')
    const back = await a.investigator.must('exchange.export', { to: (await c.people.admin.must('exchange.card', {})).installationId, changes: true, file: join(work, 'back.ecocase') })
    await c.people.clerk.must('exchange.import', { file: back.file })
    await c.core.close()
    await a.core.close()
  }, 60_000)

  const tampered = async (name: string, statement: (db: BetterSqlite3.Database) => void) => {
    const dir = join(work, name)
    cpSync(courtDir, dir, { recursive: true })
    const db = new BetterSqlite3(join(dir, 'ecocase.sqlite'))
    statement(db)
    db.close()
    return verifyCommand(dir, {})
  }

  it('the untouched court passes', async () => {
    expect((await verifyCommand(courtDir, {})).output).toContain('结论：通过')
  })

  it('an imported event deleted, edited, or a local event marked as held is named', async () => {
    const deleted = await tampered('deleted', (db) => db.prepare("delete from audit_event where installation_id = ? and entity_type = 'lab_result'").run(laptopId))
    expect(deleted.code).toBe(1)
    expect(deleted.output).toMatch(/导入后被删除/)

    const edited = await tampered('edited', (db) =>
      db.prepare("update audit_event set after_json = replace(after_json, '38', '3.8') where installation_id = ? and entity_type = 'lab_result'").run(laptopId)
    )
    expect(edited.code).toBe(1)
    expect(edited.output).toMatch(/哈希不符|被改动/)

    const held = await tampered('held', (db) => {
      const local = db.prepare("select e.id from audit_event e join installation i on i.id = e.installation_id where i.local = 1 and e.entity_type = 'site' limit 1").pluck().get()
      db.prepare("insert into exchange_held_event (event_id, reason, conflict_id) values (?, 'superseded', null)").run(local)
    })
    expect(held.code).toBe(1)
    expect(held.output).toMatch(/只有导入的事件可以被搁置/)
  })
})
