import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openCore } from '../../electron/core/core'
import { setupAdmin, testPassword, testPasswordCost } from './support/test-core'
import { pondCase } from './support/case-fixtures'
import { runCli } from '../support/compiled-cli'

function cli(dataDir: string, env: Record<string, string>, ...args: string[]) {
  return runCli([...args, '--data', dataDir], { env: { ...process.env, ECOCASE_PASSWORD: '', ...env } })
}

describe('cli import-results', () => {
  it('refuses a file with a bad line, importing nothing, then imports the fixed file once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecocase-import-'))
    const core = await openCore({ passwordCost: testPasswordCost, dataDir: dir })
    const admin = await setupAdmin(core)
    const caseId = (await admin.must('cases.create', pondCase())).id
    const site = await admin.must('sites.create', { caseId, site: { name: '池塘', address: '', latitude: null, longitude: null, accuracyM: null, waterbody: 'lake', notes: '' } })
    const sample = await admin.must('samples.create', {
      caseId,
      visitId: null,
      siteId: site.id,
      matrix: 'surface_water',
      sampledAt: '2020-05-12T02:30:00.000Z',
      depthM: null,
      sampler: '张监测',
      samplerOrganisation: '漳浦县环境监测站',
      supervisingInvestigator: '',
      container: '',
      volumeMl: null,
      preservative: '',
      qcType: 'normal',
      duplicateOfId: null,
      sealNumber: '',
      landUse: null,
      fieldMeasurements: { waterTemperatureC: null, ph: null, dissolvedOxygenMgL: null, conductivityUsCm: null, turbidityNtu: null, transparencyCm: null, appearance: '' },
      photoSha256: []
    })
    await core.close()

    const header = '样品编号,检测项目,测定值,单位,检测机构,报告编号,分析时间'
    const good = `${sample.code},cod,38,mg/L,漳州市环境监测中心,ZJ-1,2020-05-13 10:00`
    const file = join(dir, 'results.csv')
    writeFileSync(file, [header, good, `${sample.code},cd,1,mg/kg,漳州市环境监测中心,ZJ-1,2020-05-14 10:00`].join('\n'))
    const asAdmin = { ECOCASE_PASSWORD: testPassword }
    // No account named, or a wrong password: refused before the file is read.
    expect(cli(dir, asAdmin, 'import-results', file)).toMatchObject({ code: 1, stderr: expect.stringContaining('--as') })
    expect(cli(dir, {}, 'call', 'experts.list', '{}', '--as', 'admin')).toMatchObject({ code: 1, stderr: expect.stringContaining('ECOCASE_PASSWORD') })

    const refused = cli(dir, asAdmin, 'import-results', file, '--as', 'admin')
    expect(refused.code).toBe(1)
    // Progress lines come first on stderr, then the report.
    expect(refused.stderr).toMatch(/^已读取 2\/2 行\n/)
    expect(refused.stderr.replace(/^(已读取|已核对|已写入) .*\n/gm, '')).toBe('未导入任何结果：results.csv 有 1 处错误\n  第 3 行：单位 mg/kg 不适用于地表水样品（水样应为 mg/L 等浓度单位）\n')

    writeFileSync(file, [header, good].join('\n'))
    expect(cli(dir, asAdmin, 'import-results', file, '--as', 'admin')).toMatchObject({ code: 0, stdout: '已导入 1 条结果，跳过已登记的 0 条（results.csv）\n' })
    expect(cli(dir, asAdmin, 'import-results', file, '--as', 'admin')).toMatchObject({ code: 0, stdout: '已导入 0 条结果，跳过已登记的 1 条（results.csv）\n' })
    expect(cli(dir, { ECOCASE_PASSWORD: 'wrong-password' }, 'import-results', file, '--as', 'admin')).toMatchObject({ code: 1, stderr: '错误：用户名或密码错误\n' })
  }, 60_000)
})
