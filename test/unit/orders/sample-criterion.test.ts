import { describe, it, expect } from 'vitest'
import { evaluateSampleCriterion, type CriterionSampling } from '../../../electron/core/orders/sample-criterion'
import { AppError, partText } from '../../../electron/shared/errors'
import type { SampleCriterion } from '../../../electron/shared/orders'
import type { Measured } from '../../../electron/core/standards/measured'

// GB 3838-2002 class IV: COD ≤ 30, NH3-N ≤ 1.5, TP ≤ 0.3 (river) or ≤ 0.1 (lake, reservoir, pond), mg/L.
const IV_RIVER: SampleCriterion = {
  siteId: '01900000-0000-7000-8000-000000000001',
  standard: 'gb3838',
  waterbody: 'river',
  targetClass: 'IV',
  parameters: ['cod', 'nh3_n', 'tp'],
  consecutive: 2,
  minDaysApart: 30
}
const GOOD = { cod: 28, nh3_n: 1.2, tp: 0.08 }
const HIGH_COD = { cod: 35, nh3_n: 1.2, tp: 0.08 }

let serial = 0
/** Evaluated with samplings counted from 1 January 2024, before every sampling below unless a test says otherwise. */
const evaluate = (criterion: SampleCriterion, samplings: readonly CriterionSampling[], countsFrom: string | null = '2024-01-01') =>
  evaluateSampleCriterion(criterion, samplings, countsFrom)

function sampling(sampledAt: string, results: Record<string, Measured>, voided = false): CriterionSampling {
  serial += 1
  const code = `S1-${String(serial).padStart(3, '0')}`
  return { sampleId: `id-${code}`, sampleCode: code, sampledAt, voided, results }
}
const codes = (samples: { sampleCode: string }[]) => samples.map((s) => s.sampleCode)
/** The explanation as the Chinese UI, the print and the Word file word it. */
const zh = (result: { explanation: Parameters<typeof partText>[0] }) => partText(result.explanation, 'zh')
const en = (result: { explanation: Parameters<typeof partText>[0] }) => partText(result.explanation, 'en')

describe('sample-based acceptance criterion', () => {
  it('is met by two qualifying samplings exactly 30 days apart', () => {
    serial = 0
    const result = evaluate(IV_RIVER, [sampling('2024-05-01T02:00:00Z', GOOD), sampling('2024-05-31T02:00:00Z', GOOD)])
    expect(result.met).toBe(true)
    expect(result.satisfyingSamples).toEqual([
      { sampleId: 'id-S1-001', sampleCode: 'S1-001', sampledOn: '2024-05-01' },
      { sampleId: 'id-S1-002', sampleCode: 'S1-002', sampledOn: '2024-05-31' }
    ])
    expect(zh(result)).toBe(
      '已满足（需连续 2 次采样化学需氧量(COD)、氨氮(NH3-N)、总磷(以P计)达到 GB 3838-2002 IV 类（河流），相邻两次间隔不少于 30 天）：S1-001（2024-05-01）、S1-002（2024-05-31），间隔 30 天。'
    )
    expect(en(result)).toBe(
      'Met (2 consecutive samplings with Chemical oxygen demand (COD), Ammonia nitrogen (NH3-N), Total phosphorus (as P) meeting GB 3838-2002 class IV (rivers), each at least 30 days after the one before): S1-001 (2024-05-01), S1-002 (2024-05-31), 30 days apart.'
    )
  })

  it('is not met 29 days apart', () => {
    serial = 0
    const result = evaluate(IV_RIVER, [sampling('2024-05-01T02:00:00Z', GOOD), sampling('2024-05-30T02:00:00Z', GOOD)])
    expect(result.met).toBe(false)
    expect(result.satisfyingSamples).toEqual([])
    expect(result.perSample.map((v) => v.meets)).toEqual([true, true])
    expect(zh(result)).toBe(
      '尚未满足（需连续 2 次采样化学需氧量(COD)、氨氮(NH3-N)、总磷(以P计)达到 GB 3838-2002 IV 类（河流），相邻两次间隔不少于 30 天）：S1-001（2024-05-01）达标；S1-002（2024-05-30）达标。'
    )
    expect(en(result)).toBe(
      'Not yet met (2 consecutive samplings with Chemical oxygen demand (COD), Ammonia nitrogen (NH3-N), Total phosphorus (as P) meeting GB 3838-2002 class IV (rivers), each at least 30 days after the one before): S1-001 (2024-05-01): met; S1-002 (2024-05-30): met.'
    )
  })

  it('counts days between Asia/Shanghai sampling days, not UTC days or elapsed hours', () => {
    serial = 0
    // UTC days 05-01 and 05-31 (30 apart), but in Shanghai 05-02 00:30 and 05-31 23:00: 29 days.
    const late = evaluate(IV_RIVER, [sampling('2024-05-01T16:30:00Z', GOOD), sampling('2024-05-31T15:00:00Z', GOOD)])
    expect(late.perSample.map((v) => v.sampledOn)).toEqual(['2024-05-02', '2024-05-31'])
    expect(late.met).toBe(false)
    // UTC days 05-01 and 05-30 (29 apart, 29 days 15 hours elapsed), but Shanghai 05-01 and 05-31: 30 days.
    const early = evaluate(IV_RIVER, [sampling('2024-05-01T02:00:00Z', GOOD), sampling('2024-05-30T17:00:00Z', GOOD)])
    expect(early.met).toBe(true)
  })

  it('is broken by a failing sampling in between, and met again by the next two', () => {
    serial = 0
    const samples = [
      sampling('2024-05-01T02:00:00Z', GOOD),
      sampling('2024-05-15T02:00:00Z', HIGH_COD),
      sampling('2024-06-14T02:00:00Z', GOOD)
    ]
    const broken = evaluate(IV_RIVER, samples)
    expect(broken.met).toBe(false)
    expect(broken.perSample[1]).toMatchObject({ sampleCode: 'S1-002', meets: false, failingParameters: ['cod'], notProven: [] })
    expect(zh(broken)).toContain('S1-002（2024-05-15）化学需氧量(COD)未达标')
    expect(en(broken)).toContain('; S1-002 (2024-05-15): Chemical oxygen demand (COD) not met; S1-003 (2024-06-14): met.')

    const again = evaluate(IV_RIVER, [...samples, sampling('2024-07-14T02:00:00Z', GOOD)])
    expect(again.met).toBe(true)
    expect(codes(again.satisfyingSamples)).toEqual(['S1-003', 'S1-004'])
  })

  it('ignores a voided sampling, failing or not', () => {
    serial = 0
    const result = evaluate(IV_RIVER, [
      sampling('2024-05-01T02:00:00Z', GOOD),
      sampling('2024-05-15T02:00:00Z', HIGH_COD, true),
      sampling('2024-06-01T02:00:00Z', GOOD)
    ])
    expect(result.met).toBe(true)
    expect(result.voided).toEqual(['S1-002'])
    expect(codes(result.perSample)).toEqual(['S1-001', 'S1-003'])
    expect(codes(result.satisfyingSamples)).toEqual(['S1-001', 'S1-003'])
  })

  it('skips a qualifying sampling taken too soon instead of restarting the count', () => {
    serial = 0
    const result = evaluate(IV_RIVER, [
      sampling('2024-05-01T02:00:00Z', GOOD),
      sampling('2024-05-10T02:00:00Z', GOOD),
      sampling('2024-05-31T02:00:00Z', GOOD)
    ])
    expect(codes(result.satisfyingSamples)).toEqual(['S1-001', 'S1-003'])
  })

  it('orders samplings by time, reports the earliest satisfying pair and warns about later failures', () => {
    serial = 0
    const result = evaluate(IV_RIVER, [
      sampling('2024-08-01T02:00:00Z', HIGH_COD),
      sampling('2024-06-01T02:00:00Z', GOOD),
      sampling('2024-05-01T02:00:00Z', GOOD),
      sampling('2024-07-01T02:00:00Z', GOOD)
    ])
    expect(codes(result.perSample)).toEqual(['S1-003', 'S1-002', 'S1-004', 'S1-001'])
    expect(codes(result.satisfyingSamples)).toEqual(['S1-003', 'S1-002'])
    expect(result.laterNonQualifying).toEqual(['S1-001'])
    expect(zh(result)).toContain('注意：此后 S1-001 未达标，请核查。')
    expect(en(result)).toContain('. Note: S1-001, sampled later, do not meet it; look into them.')
  })

  it('takes a value below a low detection limit as meeting the target, but not one below a limit above it', () => {
    serial = 0
    const lake: SampleCriterion = { ...IV_RIVER, waterbody: 'lake' }
    const result = evaluate(lake, [
      sampling('2024-05-01T02:00:00Z', { ...GOOD, nh3_n: { value: 0.025, qualifier: '<', detectionLimit: 0.025 } }),
      sampling('2024-06-01T02:00:00Z', { ...GOOD, tp: { value: 0.5, qualifier: '<', detectionLimit: 0.5 } })
    ])
    expect(result.perSample.map((v) => [v.meets, v.failingParameters, v.notProven])).toEqual([
      [true, [], []],
      [false, [], ['tp']]
    ])
    expect(result.met).toBe(false)
    expect(zh(result)).toContain('S1-002（2024-06-01）总磷(以P计)未能证明达标（未检测或检出限过高）')
    expect(en(result)).toContain('S1-002 (2024-06-01): Total phosphorus (as P) not proven to meet it (not measured, or the detection limit is too high).')
  })

  it('treats a parameter the lab did not report as not proven', () => {
    serial = 0
    const result = evaluate(IV_RIVER, [sampling('2024-05-01T02:00:00Z', { cod: 20, tp: 0.1 })])
    expect(result.perSample[0]).toMatchObject({ meets: false, failingParameters: [], notProven: ['nh3_n'] })
  })

  it('judges TP against the lake column for a pond and the river column for a river', () => {
    serial = 0
    const tp = { ...GOOD, tp: 0.25 }
    const samples = [sampling('2024-05-01T02:00:00Z', tp), sampling('2024-06-01T02:00:00Z', tp)]
    expect(evaluate(IV_RIVER, samples).met).toBe(true)
    const pond = evaluate({ ...IV_RIVER, waterbody: 'lake' }, samples)
    expect(pond.met).toBe(false)
    expect(pond.perSample[0].failingParameters).toEqual(['tp'])
    expect(zh(pond)).toContain('GB 3838-2002 IV 类（湖泊、水库（含池塘））')
    expect(en(pond)).toContain('GB 3838-2002 class IV (lakes and reservoirs, ponds included)')
  })

  it('accepts a single sampling when the criterion asks for one', () => {
    serial = 0
    const result = evaluate({ ...IV_RIVER, consecutive: 1 }, [sampling('2024-05-01T02:00:00Z', GOOD)])
    expect(result.met).toBe(true)
    expect(zh(result)).toBe(
      '已满足（需连续 1 次采样化学需氧量(COD)、氨氮(NH3-N)、总磷(以P计)达到 GB 3838-2002 IV 类（河流））：S1-001（2024-05-01）。'
    )
  })

  it('says so when the site has no valid sampling yet', () => {
    serial = 0
    const result = evaluate(IV_RIVER, [sampling('2024-05-01T02:00:00Z', GOOD, true)])
    expect(result.met).toBe(false)
    expect(zh(result)).toContain('该点位自 2024-01-01（计入采样的起始日）起尚无有效采样。')
  })

  it('evaluates TN for a lake, and refuses it for a river, where GB 3838 gives it no class', () => {
    serial = 0
    const samples = [sampling('2024-05-01T02:00:00Z', { tn: 1.4 })]
    expect(evaluate({ ...IV_RIVER, waterbody: 'lake', parameters: ['tn'], consecutive: 1 }, samples).met).toBe(true)
    try {
      evaluate({ ...IV_RIVER, parameters: ['tn', 'water_temperature', 'bogus'] }, samples)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(AppError)
      expect((error as AppError).fieldErrors).toEqual({ parameters: 'GB 3838-2002 对河流的以下项目无类别限值：总氮(湖、库，以N计)、水温、bogus' })
    }
  })

  it('refuses a malformed criterion with Chinese field errors', () => {
    try {
      evaluate({ ...IV_RIVER, parameters: ['cod', 'cod'], consecutive: 0, minDaysApart: -1 }, [])
      expect.unreachable()
    } catch (error) {
      expect((error as AppError).fieldErrors).toEqual({ parameters: '评价项目不能重复', consecutive: '至少 1 次', minDaysApart: '不能为负数' })
    }
  })

  it('counts only samplings on or after the first counted day, and none before the order is issued', () => {
    const samples = [sampling('2020-05-01T02:00:00Z', GOOD), sampling('2020-06-01T02:00:00Z', GOOD), sampling('2026-03-01T02:00:00Z', GOOD)]
    const issued = evaluate(IV_RIVER, samples, '2026-03-01')
    expect(issued.met).toBe(false)
    expect(issued.perSample.map((v) => v.sampledOn)).toEqual(['2026-03-01'])
    expect(zh(evaluate(IV_RIVER, samples, '2026-03-02'))).toContain('该点位自 2026-03-02（计入采样的起始日）起尚无有效采样')
    expect(evaluate(IV_RIVER, samples, '2020-05-01').met).toBe(true)
    const draft = evaluate(IV_RIVER, samples, null)
    expect(draft).toMatchObject({ met: false, perSample: [] })
    expect(zh(draft)).toContain('修复令尚未签发，签发前的采样不计入')
  })

  it('words every outcome in English without a Chinese character, and names failing and unproven items apart', () => {
    serial = 0
    const mixed = evaluate({ ...IV_RIVER, waterbody: 'lake' }, [sampling('2024-05-01T02:00:00Z', { cod: 40, tp: { value: 0.5, qualifier: '<', detectionLimit: 0.5 } })])
    expect(zh(mixed)).toContain('S1-001（2024-05-01）化学需氧量(COD)未达标，氨氮(NH3-N)、总磷(以P计)未能证明达标（未检测或检出限过高）')
    expect(en(mixed)).toContain('S1-001 (2024-05-01): Chemical oxygen demand (COD) not met, Ammonia nitrogen (NH3-N), Total phosphorus (as P) not proven to meet it')
    const outcomes = [
      mixed,
      evaluate(IV_RIVER, [sampling('2024-05-01T02:00:00Z', GOOD), sampling('2024-05-31T02:00:00Z', GOOD), sampling('2024-06-30T02:00:00Z', HIGH_COD)]),
      evaluate(IV_RIVER, [], '2024-01-01'),
      evaluate(IV_RIVER, [sampling('2024-05-01T02:00:00Z', GOOD)], null),
      evaluate({ ...IV_RIVER, consecutive: 1 }, [sampling('2024-05-01T02:00:00Z', GOOD)])
    ]
    expect(outcomes.map((o) => 'reason' in o.explanation && o.explanation.reason)).toEqual(['criterion_unmet', 'criterion_met', 'criterion_no_samplings', 'criterion_not_issued', 'criterion_met'])
    for (const outcome of outcomes) expect(en(outcome)).not.toMatch(/\p{Script=Han}/u)
  })
})
