import { afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../../../electron/core/core'
import { staff, testCore } from '../support/test-core'
import { pondWater, pondWithSite } from '../support/sample-fixtures'

const HEADER = 'sample_code,parameter,value,qualifier,unit,detection_limit,method,lab,report_number,analysed_at'

let core: Core
afterEach(() => core?.close())

describe('a 30,000-row results import', () => {
  it("does not hold the app's other calls: each is answered while the import runs, and the import is whole", async () => {
    core = await testCore('2020-06-01T01:00:00.000Z')
    const people = await staff(core)
    const at = await pondWithSite(people)
    const codes: string[] = []
    for (let i = 0; i < 50; i++) {
      const sampledAt = new Date(Date.parse('2020-05-12T00:00:00.000Z') + i * 60_000).toISOString()
      codes.push((await people.investigator.must('samples.create', pondWater(at, { sampledAt }))).code)
    }
    const lines = [HEADER]
    for (const code of codes)
      for (let report = 0; report < 200; report++)
        for (const [parameter, value] of [['cod', 38], ['nh3_n', 2.6], ['tp', 0.46]] as const)
          lines.push(`${code},${parameter},${value},,mg/L,,,漳州市环境监测中心,ZJ-${report},2020-05-13 10:00`)
    expect(lines.length - 1).toBe(30_000)
    const contentBase64 = Buffer.from(lines.join('\n')).toString('base64')

    let importing = true
    const importing$ = people.investigator.must('labResults.import', { fileName: 'big.csv', contentBase64 }).finally(() => (importing = false))
    // Another user's calls, one after another, for as long as the import runs; each arrives as a transport's request
    // does, in a later turn of the event loop (a call answered in the same turn would never let the import run).
    const latencies: number[] = []
    while (importing) {
      // From the request's arrival: the wait for the import to let the loop run counts.
      const started = performance.now()
      await new Promise((resolve) => setImmediate(resolve))
      const reply = await people.judge.call('cases.list', {})
      latencies.push(performance.now() - started)
      expect(reply.ok).toBe(true)
    }
    const report = await importing$
    expect(report).toMatchObject({ imported: 30_000, skipped: 0, errors: [] })
    expect(latencies.length).toBeGreaterThan(1)
    console.log(`calls answered during the import: ${latencies.length}, max latency ${Math.max(...latencies).toFixed(1)} ms, median ${latencies.sort((a, b) => a - b)[latencies.length >> 1]!.toFixed(1)} ms`)

    // Written whole, each batch audited by one event holding its rows.
    const stored = core.sqlite.prepare('select count(*) from lab_result').pluck().get()
    const batched = core.sqlite.prepare("select sum(json_array_length(after_json, '$.rows')) from audit_event where entity_type = 'lab_result#batch'").pluck().get()
    expect([stored, batched]).toEqual([30_000, 30_000])
  }, 300_000)
})
