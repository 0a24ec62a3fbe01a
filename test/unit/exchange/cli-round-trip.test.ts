import { describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../support/compiled-cli'
import { workFolder } from './support'

const demoPassword = 'ecocase-demo'

/** The round trip as README tells it, through the compiled CLI only: a demo court and a new laptop. */
describe('exchange through the CLI', () => {
  it('pairs, sends the case, brings back a sample, acknowledges it, and verifies both folders', { timeout: 300_000 }, () => {
    const work = workFolder()
    const courtDir = join(work, 'court')
    const lapDir = join(work, 'laptop')
    const cli = (dir: string, password: string, ...args: string[]) => runCli([...args, '--data', dir], { env: { ...process.env, ECOCASE_PASSWORD: password } })
    const json = (run: { code: number | null; stdout: string; stderr: string }) => {
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      return JSON.parse(run.stdout)
    }

    expect(cli(courtDir, '', 'demo').code).toBe(0)
    expect(cli(lapDir, 'laptop-admin-pass', 'setup', '--as', 'admin', '--name', '笔记本管理员').code).toBe(0)
    json(cli(lapDir, 'laptop-admin-pass', 'call', 'users.create', JSON.stringify({ username: 'lin', displayName: '林永华', role: 'investigator', password: 'first-pass-1234' }), '--as', 'admin'))
    json(cli(lapDir, 'first-pass-1234', 'call', 'session.changePassword', JSON.stringify({ currentPassword: 'first-pass-1234', newPassword: 'lin-own-pass-99' }), '--as', 'lin'))

    // Pairing: each side prints its card; the other side's administrator registers it.
    const courtCard = cli(courtDir, '', 'pair', '--show', '--name', '漳滨法院环资庭')
    const lapCard = cli(lapDir, '', 'pair', '--show', '--name', '林永华的笔记本')
    const court = JSON.parse(courtCard.stdout)
    const lap = JSON.parse(lapCard.stdout)
    expect(court).toMatchObject({ name: '漳滨法院环资庭', fingerprint: expect.stringMatching(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/) })
    writeFileSync(join(work, 'court.card'), courtCard.stdout)
    writeFileSync(join(work, 'lap.card'), lapCard.stdout)
    expect(cli(courtDir, demoPassword, 'pair', '--add', join(work, 'lap.card'), '--as', 'admin').code).toBe(0)
    expect(cli(lapDir, 'laptop-admin-pass', 'pair', '--add', join(work, 'court.card'), '--as', 'admin').code).toBe(0)

    const cases = json(cli(courtDir, demoPassword, 'call', 'cases.list', '{}', '--as', 'chen.clerk'))
    const pond = (cases.value.items ?? cases.value).find((c: { caseNumber: string }) => c.caseNumber.includes('刑初'))
    const out = cli(courtDir, demoPassword, 'export-package', '--case', pond.caseNumber, '--to', lap.installationId, '--out', join(work, 'case.ecocase'), '--as', 'chen.clerk')
    expect(out).toMatchObject({ code: 0, stdout: expect.stringContaining('已导出案件') })
    const imported = cli(lapDir, 'lin-own-pass-99', 'import-package', join(work, 'case.ecocase'), '--as', 'lin')
    expect(imported).toMatchObject({ code: 0, stdout: expect.stringContaining('没有冲突') })
    // The laptop's administrator gives the laptop's account the expert the court assigned (access follows the case), and lin confirms it.
    const expertId = json(cli(courtDir, demoPassword, 'call', 'users.list', '{}', '--as', 'chen.clerk')).value.find((u: { username: string }) => u.username === 'lin.investigator').expertId
    const lapUsers = json(cli(lapDir, 'laptop-admin-pass', 'call', 'users.all', '{}', '--as', 'admin')).value as { id: string; username: string; expertId: string | null }[]
    const arrived = lapUsers.find((u) => u.expertId === expertId)
    if (arrived) json(cli(lapDir, 'laptop-admin-pass', 'call', 'users.linkExpert', JSON.stringify({ userId: arrived.id, expertId: null, reason: '本机账户代其办理' }), '--as', 'admin'))
    json(cli(lapDir, 'laptop-admin-pass', 'call', 'users.linkExpert', JSON.stringify({ userId: lapUsers.find((u) => u.username === 'lin')!.id, expertId }), '--as', 'admin'))
    json(cli(lapDir, 'lin-own-pass-99', 'call', 'users.confirmExpertLink', JSON.stringify({ password: 'lin-own-pass-99' }), '--as', 'lin'))

    const sites = json(cli(lapDir, 'lin-own-pass-99', 'call', 'sites.list', JSON.stringify({ caseId: pond.id }), '--as', 'lin')).value
    const sample = json(
      cli(
        lapDir,
        'lin-own-pass-99',
        'call',
        'samples.create',
        JSON.stringify({
          caseId: pond.id,
          visitId: null,
          siteId: sites[0].id,
          matrix: 'surface_water',
          sampledAt: '2026-11-20T02:30:00.000Z',
          depthM: 0.5,
          sampler: '张监测',
          samplerOrganisation: '漳滨县环境监测站',
          supervisingInvestigator: '林永华',
          container: '棕色玻璃瓶',
          volumeMl: 500,
          preservative: '',
          qcType: 'normal',
          duplicateOfId: null,
          sealNumber: 'L-0001',
          landUse: null,
          fieldMeasurements: { waterTemperatureC: 18, ph: 7.1, dissolvedOxygenMgL: 6.2, conductivityUsCm: null, turbidityNtu: null, transparencyCm: null, appearance: '' },
          photoSha256: []
        }),
        '--as',
        'lin'
      )
    ).value

    const back = cli(lapDir, 'lin-own-pass-99', 'export-package', '--changes', '--to', court.installationId, '--out', join(work, 'back.ecocase'), '--as', 'lin')
    expect(back.code).toBe(0)
    const atCourt = cli(courtDir, demoPassword, 'import-package', join(work, 'back.ecocase'), '--as', 'chen.clerk', '--receipt-out', join(work, 'back.receipt'))
    expect(atCourt).toMatchObject({ code: 0, stdout: expect.stringContaining('sample：1') })
    expect(JSON.stringify(json(cli(courtDir, demoPassword, 'call', 'samples.get', JSON.stringify({ id: sample.id }), '--as', 'wang.judge')).value)).toContain(sample.code)
    expect(cli(lapDir, 'lin-own-pass-99', 'import-package', join(work, 'back.receipt'), '--as', 'lin')).toMatchObject({ code: 0, stdout: expect.stringContaining('回执') })

    // Replayed: refused with exit 1, nothing changed.
    expect(cli(courtDir, demoPassword, 'import-package', join(work, 'back.ecocase'), '--as', 'chen.clerk')).toMatchObject({ code: 1, stderr: expect.stringContaining('已于此前导入') })

    for (const dir of [courtDir, lapDir]) expect(cli(dir, '', 'verify')).toMatchObject({ code: 0, stdout: expect.stringContaining('结论：通过') })
  })
})
