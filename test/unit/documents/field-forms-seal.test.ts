import BetterSqlite3 from 'better-sqlite3'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { openCore } from '../../../electron/core/core'
import { demoPassword, loadDemo } from '../../../electron/core/demo/load-demo'
import { verifyCommand } from '../../../electron/cli/verify'
import { signIn, testPasswordCost } from '../support/test-core'

/** The field forms, the collection record of a visit and the custody form of a sample, are sealed like the court's documents. */
let dir: string
let visitId: string
let sampleId: string
let codes: { collection: string; custody: string }
beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), 'ecocase-field-forms-')), 'data')
  const core = await openCore({ dataDir: dir, passwordCost: testPasswordCost })
  await loadDemo(core)
  const lin = await signIn(core, 'lin.investigator', demoPassword)
  const withCustody = await core.db.selectFrom('custodyEvent').innerJoin('sample', 'sample.id', 'custodyEvent.sampleId').select(['sample.id', 'sample.visitId']).executeTakeFirstOrThrow()
  sampleId = withCustody.id
  visitId = withCustody.visitId!
  codes = {
    collection: (await lin.must('documents.seal', { kind: 'collection_record', id: visitId })).code,
    custody: (await lin.must('documents.seal', { kind: 'custody_form', id: sampleId })).code
  }
  const refused = await lin.call('documents.seal', { kind: 'custody_form', id: visitId })
  expect(refused.ok || refused.error.code).toBe('not_found')
  await core.close()
}, 60_000)

function editWithSqlite(statement: string, ...params: string[]) {
  const sqlite = new BetterSqlite3(join(dir, 'ecocase.sqlite'))
  sqlite.prepare(statement).run(...params)
  sqlite.close()
}

describe('collection record and custody form seals', () => {
  it('read the same until a handover is edited outside the app, which changes the custody form and not the collection record', async () => {
    for (const code of Object.values(codes)) {
      const same = await verifyCommand(dir, { document: code })
      expect(same.output).toContain('文书内容：与数据库一致')
      expect(same.code).toBe(0)
    }
    editWithSqlite(`update custody_event set place = place || '（改）' where sample_id = ?`, sampleId)
    const custody = await verifyCommand(dir, { document: codes.custody })
    expect(custody.code).toBe(1)
    expect(custody.output).toContain('样品流转记录单')
    expect(custody.output).toMatch(/data\.custodyEvents\.0\.place：打印时为 .*，现为 .*（改）/)
    expect((await verifyCommand(dir, { document: codes.collection })).output).toContain('文书内容：与数据库一致')
  })

  it('a changed seal number shows on both forms that print it', async () => {
    editWithSqlite(`update sample set seal_number = 'ZB-FORGED' where id = ?`, sampleId)
    const collection = await verifyCommand(dir, { document: codes.collection })
    expect(collection.code).toBe(1)
    expect(collection.output).toContain('采样记录表')
    expect(collection.output).toMatch(/data\.samples\.\d+\.sealNumber：打印时为 .*，现为 "ZB-FORGED"/)
    expect((await verifyCommand(dir, { document: codes.custody })).output).toMatch(/data\.sample\.sealNumber：打印时为 .*，现为 "ZB-FORGED"/)
  })
})
