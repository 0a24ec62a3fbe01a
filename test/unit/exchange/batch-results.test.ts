import { beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { verifyCommand } from '../../../electron/cli/verify'
import { pondCase } from '../support/case-fixtures'
import { pondWater } from '../support/sample-fixtures'
import { court, laptop, linkToCaseExpert, pair, workFolder } from './support'
import { assignToCase } from '../support/test-core'

const HEADER = 'sample_code,parameter,value,qualifier,unit,detection_limit,method,lab,report_number,analysed_at'
const csv = (lines: string[]) => ({ fileName: 'results.csv', contentBase64: Buffer.from([HEADER, ...lines].join('\n')).toString('base64') })

/**
 * Lab results imported from a CSV are audited by batch events
 * (`lab_result#batch`); they travel in case packages and return packages
 * like results entered one by one, and the receiving side verifies them.
 */
describe('batch-imported lab results travel in exchange packages', { timeout: 120_000 }, () => {
  let work: string
  let courtDir: string
  let laptopDir: string
  const found: Record<string, unknown> = {}

  beforeAll(async () => {
    work = workFolder()
    courtDir = join(work, 'court')
    laptopDir = join(work, 'laptop')
    const c = await court(courtDir)
    const other = await c.people.clerk.must('cases.create', pondCase({ caseNumber: '(2020)闽0626刑初124号' }))
    await assignToCase(c.people, c.people.investigator, other.id)
    const otherSite = await c.people.investigator.must('sites.create', {
      caseId: other.id,
      site: { name: '下游沟渠', address: '', latitude: 24.12, longitude: 117.61, accuracyM: 5, waterbody: 'lake', notes: '' }
    })
    const sample = await c.people.investigator.must('samples.create', pondWater({ caseId: c.caseId, siteId: c.siteId }))
    const elsewhere = await c.people.investigator.must('samples.create', pondWater({ caseId: other.id, siteId: otherSite.id }, { sealNumber: 'F-0002' }))
    // One file with results of both cases, interleaved: the import writes one batch event per case.
    const rows: string[] = []
    for (let report = 0; report < 30; report++)
      for (const code of [sample.code, elsewhere.code]) rows.push(`${code},cod,${20 + report},,mg/L,4,HJ 828-2017,漳州市环境监测中心,ZJ-${report},2020-05-13 10:00`)
    expect(await c.people.investigator.must('labResults.import', csv(rows))).toMatchObject({ imported: 60, errors: [] })
    found.batchCases = c.core.sqlite
      .prepare(
        `select count(distinct s.case_id) from audit_event e, json_each(e.after_json, '$.rows') r join sample s on s.id = json_extract(r.value, '$.sample_id')
         where e.entity_type = 'lab_result#batch' group by e.id`
      )
      .pluck()
      .all()

    const a = await laptop(laptopDir, '林永华')
    await pair(c.people.admin, a.admin)
    const laptopId = (await a.admin.must('exchange.card', {})).installationId
    const out = await c.people.clerk.must('exchange.export', { to: laptopId, caseId: c.caseId, changes: false, file: join(work, 'case.ecocase') })
    found.caseImport = await a.investigator.must('exchange.import', { file: out.file })
    await linkToCaseExpert(a, c)
    found.onLaptop = a.core.sqlite.prepare('select sample_id, count(*) as n from lab_result group by sample_id').all()

    // On the laptop, a second file of the same sample's results goes back to the court in a return package.
    const more = Array.from({ length: 20 }, (_, i) => `${sample.code},nh3_n,${(1 + i / 10).toFixed(1)},,mg/L,,HJ 535-2009,漳州市环境监测中心,NH-${i},2020-05-13 10:00`)
    expect(await a.investigator.must('labResults.import', csv(more))).toMatchObject({ imported: 20, errors: [] })
    const back = await a.investigator.must('exchange.export', { to: (await c.people.admin.must('exchange.card', {})).installationId, changes: true, file: join(work, 'back.ecocase') })
    found.backImport = await c.people.clerk.must('exchange.import', { file: back.file })
    found.atCourt = c.core.sqlite.prepare("select parameter_key, count(*) as n from lab_result where sample_id = ? group by parameter_key order by parameter_key").all(sample.id)
    found.sample = sample.id
    found.elsewhere = elsewhere.id
    await c.core.close()
    await a.core.close()
  }, 90_000)

  it('writes each case’s rows under batch events of their own', () => {
    // At least one batch per case (a batch also ends with its slice of time on a busy machine), none holding two.
    const cases = found.batchCases as number[]
    expect(cases.length).toBeGreaterThanOrEqual(2)
    expect(cases.every((n) => n === 1)).toBe(true)
  })

  it('carries the case’s imported results to the laptop, and nothing of the other case', () => {
    expect(found.caseImport).toMatchObject({ conflicts: 0, tables: { lab_result: 30 } })
    expect(found.onLaptop).toEqual([{ sample_id: found.sample, n: 30 }])
  })

  it('brings the laptop’s imported results back to the court', () => {
    expect(found.backImport).toMatchObject({ conflicts: 0, tables: { lab_result: 20 } })
    expect(found.atCourt).toEqual([
      { parameter_key: 'cod', n: 30 },
      { parameter_key: 'nh3_n', n: 20 }
    ])
  })

  it('verifies on both sides', async () => {
    for (const dir of [laptopDir, courtDir]) {
      const verified = await verifyCommand(dir, { full: true })
      expect(verified.output).toContain('结论：通过')
      expect(verified.code).toBe(0)
    }
  })
})
