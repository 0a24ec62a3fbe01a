import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { openCore } from '../../../electron/core/core'
import { demoPassword, loadDemo } from '../../../electron/core/demo/load-demo'
import { runCli } from '../../support/compiled-cli'
import { signIn, testPasswordCost } from '../support/test-core'

let data: string
let code: string
let opinionId: string
beforeAll(async () => {
  data = join(mkdtempSync(join(tmpdir(), 'ecocase-signed-opinion-')), 'data')
  const core = await openCore({ dataDir: data, passwordCost: testPasswordCost })
  await loadDemo(core)
  const lin = await signIn(core, 'lin.investigator', demoPassword)
  const { id } = await core.db.selectFrom('opinion').select('id').executeTakeFirstOrThrow()
  opinionId = id
  const opinion = await lin.must('opinions.get', { id })
  await lin.must('opinions.sign', { id, revision: opinion.revision, password: demoPassword })
  code = (await lin.must('documents.seal', { kind: 'opinion', id })).code
  await core.close()
}, 60_000)

describe('verify --document with personal signatures', () => {
  it('checks the signatures of a printed opinion, and fails once the signed opinion is edited with sqlite3', () => {
    const same = runCli(['verify', '--data', data, '--document', code])
    expect(same.code).toBe(0)
    expect(same.stdout).toMatch(/个人签名：技术调查意见签署，林永华（lin\.investigator），\S+，密钥指纹 [0-9A-F ]{39}：有效/)
    expect(runCli(['verify', '--data', data]).stdout).toContain('个人签名：核验了')

    const edit = spawnSync('sqlite3', [join(data, 'ecocase.sqlite'), `update opinion set findings = findings || '（打印后改动）' where id = '${opinionId}'`], { encoding: 'utf8' })
    expect(edit.status).toBe(0)
    const changed = runCli(['verify', '--data', data, '--document', code])
    expect(changed.code).toBe(1)
    expect(changed.stdout).toContain('所签署的记录在签名后被改动')
    expect(changed.stdout).toContain('结论：未通过')
    // An edit outside the app names no event: the incremental check from the point the first run kept leaves it to --full.
    expect(runCli(['verify', '--data', data]).stdout).toContain('个人签名：核验了 0 个签名')
    const whole = runCli(['verify', '--full', '--data', data])
    expect(whole.code).toBe(1)
    expect(whole.stdout).toMatch(/\[签名\] 个人签名 .*所签署的记录在签名后被改动/)
  }, 60_000)
})
