import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { pondWater } from '../support/sample-fixtures'
import type { Core } from '../../../electron/core/core'
import { errorInLanguage } from '../../../electron/shared/errors'
import type { Role } from '../../../electron/shared/roles'
import type { SampleInput } from '../../../electron/shared/sampling'
import { assignToCase, staff, testCore, type Actor, testPassword } from '../support/test-core'
import { pondCase } from '../support/case-fixtures'
/** The rows' problems as the CLI reports them: line and Chinese words (the words come from each problem's reason). */
const chinese = (errors: readonly { line: number; reason: string }[]) => errors.map(({ line, reason }) => ({ line, reason }))

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
const HEADER = 'sample_code,parameter,value,qualifier,unit,detection_limit,method,lab,report_number,analysed_at'

describe('field notebook channels', () => {
  let core: Core
  let people: Record<Role, Actor>
  let caseId: string
  let siteId: string
  beforeEach(async () => {
    core = await testCore('2020-06-01T01:00:00.000Z')
    people = await staff(core)
    caseId = (await people.clerk.must('cases.create', pondCase())).id
    await assignToCase(people, people.investigator, caseId)
    siteId = (
      await people.investigator.must('sites.create', {
        caseId,
        site: { name: '黎某作坊旁池塘', address: '', latitude: 24.1234, longitude: 117.6123, accuracyM: 5, waterbody: 'lake', notes: '' }
      })
    ).id
  })
  afterEach(() => core.close())

  const water = (overrides: Partial<SampleInput> = {}): SampleInput => pondWater({ caseId, siteId }, overrides)

  it('records a visit and refuses a bad one and other roles, writing nothing', async () => {
    const visit = await people.investigator.must('visits.create', {
      caseId,
      visitDate: '2020-05-12',
      peoplePresent: ['林调查官', '陈调查官', '张监测'],
      weather: '晴，28 ℃',
      notes: ''
    })
    expect(visit).toMatchObject({ visitDate: '2020-05-12', peoplePresent: ['林调查官', '陈调查官', '张监测'], revision: 0 })
    const bad = await people.investigator.call('visits.create', { caseId, visitDate: '2020-13-40', peoplePresent: [], weather: '', notes: '' })
    expect(bad.ok || bad.error.fieldErrors).toEqual({ visitDate: '请填写有效日期（YYYY-MM-DD）', peoplePresent: '至少填写一名在场人员' })
    for (const role of ['clerk', 'judge'] as const) {
      const reply = await people[role].call('visits.create', { caseId, visitDate: '2020-05-12', peoplePresent: ['x'], weather: '', notes: '' })
      expect(reply.ok || reply.error.code).toBe('forbidden')
    }
    expect(await people.judge.must('visits.list', { caseId })).toHaveLength(1)
    const stale = await people.investigator.call('visits.update', {
      id: visit.id,
      revision: 5,
      visit: { caseId, visitDate: '2020-05-12', peoplePresent: ['x'], weather: '', notes: '' }
    })
    expect(stale.ok || stale.error.code).toBe('conflict')
  })

  it('numbers samples per case and matrix, setting the case short code from the case number', async () => {
    const first = await people.investigator.must('samples.create', water())
    const second = await people.investigator.must('samples.create', water({ sampledAt: '2020-05-12T02:40:00.000Z' }))
    const soil = await people.investigator.must('samples.create', water({ matrix: 'soil', landUse: 'other', fieldMeasurements: { waterTemperatureC: null, ph: 6.8, dissolvedOxygenMgL: null, conductivityUsCm: null, turbidityNtu: null, transparencyCm: null, appearance: '' } }))
    expect([first.code, second.code, soil.code]).toEqual(['2020-0626-123-SW-001', '2020-0626-123-SW-002', '2020-0626-123-SO-001'])
    expect(await people.clerk.must('samples.caseCode', { caseId })).toMatchObject({ shortCode: '2020-0626-123', pattern: '{case}-{matrix}-{seq:3}' })
    const dup = await people.investigator.must('samples.create', water({ qcType: 'duplicate', duplicateOfId: first.id }))
    expect(dup.code).toBe('2020-0626-123-SW-003')
    const list = await people.judge.must('samples.list', { caseId })
    expect(list.items.map((s) => s.code)).toEqual(['2020-0626-123-SW-002', '2020-0626-123-SW-003', '2020-0626-123-SO-001', '2020-0626-123-SW-001'])
  })

  it('refuses bad samples with field errors and other roles, writing nothing', async () => {
    const bad = await people.investigator.call('samples.create', water({ sampler: '', qcType: 'duplicate', fieldMeasurements: { ...water().fieldMeasurements, ph: 15 } }))
    expect(bad.ok || bad.error.fieldErrors).toEqual({
      sampler: '请填写采样人',
      'fieldMeasurements.ph': 'pH 须在 0 到 14 之间',
      duplicateOfId: '平行样须指明其对应的样品'
    })
    const otherCase = (await people.clerk.must('cases.create', pondCase({ caseNumber: '(2020)闽0626民初9号', type: 'civil' }))).id
    await assignToCase(people, people.investigator, otherCase)
    const wrongSite = await people.investigator.call('samples.create', water({ caseId: otherCase }))
    expect(wrongSite.ok || wrongSite.error.fieldErrors).toEqual({ siteId: '请选择本案的采样点' })
    const photo = await people.investigator.call('samples.create', water({ photoSha256: ['a'.repeat(64)] }))
    expect(photo.ok || photo.error.fieldErrors).toEqual({ photoSha256: '照片尚未上传，请重新选择' })
    for (const role of ['clerk', 'judge'] as const) {
      const reply = await people[role].call('samples.create', water())
      expect(reply.ok || reply.error.code).toBe('forbidden')
    }
    expect((await people.admin.must('samples.list', { caseId })).items).toEqual([])
    expect((await people.admin.must('samples.caseCode', { caseId })).shortCode).toBeNull()
  })

  it('edits the case short code and the pattern, refusing a taken code and a bad pattern', async () => {
    const other = (await people.clerk.must('cases.create', pondCase({ caseNumber: '(2020)闽0626民初9号', type: 'civil' }))).id
    await people.clerk.must('samples.setCaseCode', { caseId: other, shortCode: 'ZP-POND' })
    const taken = await people.investigator.call('samples.setCaseCode', { caseId, shortCode: 'ZP-POND' })
    expect(taken.ok || taken.error.fieldErrors).toEqual({ shortCode: '该简码已被其他案件使用' })
    const lower = await people.investigator.call('samples.setCaseCode', { caseId, shortCode: 'zp 1' })
    expect(lower.ok || lower.error.code).toBe('invalid_input')
    const judge = await people.judge.call('samples.setCaseCode', { caseId, shortCode: 'ZP-2' })
    expect(judge.ok || judge.error.code).toBe('forbidden')

    const badPattern = await people.admin.call('samples.setCodePattern', { pattern: '{case}-{seq}', revision: 0 })
    expect(badPattern.ok || badPattern.error.fieldErrors).toEqual({ pattern: '编号规则须包含样品类型代码 {matrix}' })
    expect(badPattern.ok || errorInLanguage(badPattern.error, 'en').fieldErrors).toEqual({ pattern: 'The pattern must hold the matrix code {matrix}' })
    const notAdmin = await people.investigator.call('samples.setCodePattern', { pattern: '{yyyy}-{case}-{matrix}{seq:2}', revision: 0 })
    expect(notAdmin.ok || notAdmin.error.code).toBe('forbidden')
    await people.admin.must('samples.setCodePattern', { pattern: '{yyyy}-{case}-{matrix}{seq:2}', revision: 0 })
    expect(await people.judge.must('samples.codePattern', {})).toEqual({ pattern: '{yyyy}-{case}-{matrix}{seq:2}', revision: 1 })
    await people.investigator.must('samples.setCaseCode', { caseId, shortCode: 'ZP1' })
    expect((await people.investigator.must('samples.create', water())).code).toBe('2020-ZP1-SW01')
  })

  it('derives the custody holder and flags a gap and a broken seal; events are voided, not deleted', async () => {
    const sample = await people.investigator.must('samples.create', water())
    const handover = await people.investigator.must('custody.record', { password: testPassword,
      sampleId: sample.id,
      relinquishedBy: '张监测',
      receivedBy: '顺丰速运',
      receiverKind: 'courier',
      at: '2020-05-12T06:00:00.000Z',
      place: '现场',
      condition: '冷藏箱 4 ℃',
      temperatureC: 4,
      sealIntact: true
    })
    let detail = await people.judge.must('samples.get', { id: sample.id })
    expect(detail.custody).toMatchObject({ holder: '顺丰速运', status: 'in_transit', broken: false, sealBroken: false })
    await people.investigator.must('custody.record', { password: testPassword,
      sampleId: sample.id,
      relinquishedBy: '某快递员',
      receivedBy: '漳州市环境监测中心',
      receiverKind: 'lab',
      at: '2020-05-13T02:00:00.000Z',
      place: '',
      condition: '',
      temperatureC: null,
      sealIntact: false
    })
    detail = await people.judge.must('samples.get', { id: sample.id })
    expect(detail.custody).toMatchObject({ holder: '漳州市环境监测中心', status: 'at_lab', broken: true, sealBroken: true })
    expect(detail.custody.flags.map((f) => f.kind)).toEqual(['gap', 'broken_seal'])

    const noReason = await people.investigator.call('custody.void', { id: handover.id, revision: 0, reason: '' })
    expect(noReason.ok || noReason.error.fieldErrors).toEqual({ reason: '请填写作废原因' })
    const judge = await people.judge.call('custody.void', { id: handover.id, revision: 0, reason: 'x' })
    expect(judge.ok || judge.error.code).toBe('forbidden')
    await people.investigator.must('custody.void', { id: handover.id, revision: 0, reason: '快递单号登记错误' })
    detail = await people.judge.must('samples.get', { id: sample.id })
    expect(detail.custodyEvents).toHaveLength(2)
    expect(detail.custodyEvents[0]!.voided?.reason).toBe('快递单号登记错误')
    const future = await people.investigator.call('custody.record', { password: testPassword,
      sampleId: sample.id,
      relinquishedBy: 'a',
      receivedBy: 'b',
      receiverKind: 'person',
      at: '2030-01-01T00:00:00.000Z',
      place: '',
      condition: '',
      temperatureC: null,
      sealIntact: true
    })
    expect(future.ok || future.error.fieldErrors).toEqual({ at: '移交时间不能晚于现在' })
  })

  it('enters a result in the lab unit, converts it, refuses a unit that does not fit the matrix, and evaluates the sample', async () => {
    const sample = await people.investigator.must('samples.create', water())
    const result = {
      sampleId: sample.id,
      parameterKey: 'cod',
      value: 38,
      qualifier: null,
      unit: 'mg/L',
      detectionLimit: 4,
      method: 'HJ 828-2017',
      lab: '漳州市环境监测中心',
      reportNumber: 'ZJ-2020-0518',
      analysedAt: '2020-05-13T02:00:00.000Z'
    } as const
    await people.investigator.must('labResults.create', result)
    const tp = await people.investigator.must('labResults.create', { ...result, parameterKey: 'tp', value: 460, unit: 'µg/L', detectionLimit: 10 })
    expect(tp).toMatchObject({ value: 0.46, unit: 'mg/L', detectionLimit: 0.01 })
    const soilUnit = await people.investigator.call('labResults.create', { ...result, parameterKey: 'cd', value: 0.3, unit: 'mg/kg', detectionLimit: null })
    expect(soilUnit.ok || soilUnit.error.fieldErrors).toEqual({ unit: '单位 mg/kg 不适用于地表水样品（水样应为 mg/L 等浓度单位）' })
    const twice = await people.investigator.call('labResults.create', result)
    expect(twice.ok || twice.error.code).toBe('conflict')
    const clerk = await people.clerk.call('labResults.create', { ...result, reportNumber: 'other' })
    expect(clerk.ok || clerk.error.code).toBe('forbidden')
    await people.investigator.must('labResults.create', { ...result, parameterKey: 'nh3_n', value: 2.6, detectionLimit: 0.025 })

    const detail = await people.judge.must('samples.get', { id: sample.id })
    expect(detail.evaluation).toMatchObject({ standard: 'gb3838', waterbody: 'lake', class: '劣V', grade: 'heavily_polluted' })
    expect(detail.evaluation.standard === 'gb3838' && detail.evaluation.deciding.map((d) => d.key)).toEqual(['nh3_n', 'tp'])
    expect(detail.results.map((r) => r.holdingTime.status)).toEqual(['unknown', 'unknown', 'unknown'])
  })

  it('flags a result analysed after its holding time', async () => {
    const cod = (await people.admin.must('holdingTimes.list', {})).find((h) => h.parameterKey === 'cod' && h.matrix === 'surface_water')!
    await people.admin.must('holdingTimes.update', { id: cod.id, revision: cod.revision, maxHours: 48, basis: '测试用', notes: '' })
    const sample = await people.investigator.must('samples.create', water())
    await people.investigator.must('labResults.create', {
      sampleId: sample.id,
      parameterKey: 'cod',
      value: 38,
      qualifier: null,
      unit: 'mg/L',
      detectionLimit: null,
      method: '',
      lab: '实验室',
      reportNumber: 'R',
      analysedAt: '2020-05-15T02:30:00.000Z'
    })
    const [flagged] = (await people.judge.must('samples.get', { id: sample.id })).results
    expect(flagged!.holdingTime).toMatchObject({ status: 'exceeded', maxHours: 48, exceededByHours: 24 })
  })

  it('refuses the same implausible value with the same words, whether it comes through the form and API or the CSV', async () => {
    const sample = await people.investigator.must('samples.create', water())
    const base = { sampleId: sample.id, qualifier: null, detectionLimit: null, method: '', lab: '漳州市环境监测中心', reportNumber: 'R-1', analysedAt: '2020-05-13T02:00:00.000Z' } as const
    const cases: { parameterKey: string; value: number; unit: string; analysedAt?: string; csvTime?: string; field: string; message: string }[] = [
      { parameterKey: 'cod', value: -1, unit: 'mg/L', field: 'value', message: '化学需氧量(COD)的测定值不能为负数：-1 mg/L' },
      { parameterKey: 'cod', value: 1e308, unit: 'mg/L', field: 'value', message: '化学需氧量(COD)的测定值 1e+308 mg/L 不可信：一升水仅重 10⁶ mg，溶解浓度不可能超过 10⁶ mg/L' },
      { parameterKey: 'do', value: 70.1, unit: 'mg/L', field: 'value', message: '溶解氧的测定值 70.1 mg/L 不可信：溶解氧不可能超过纯氧、1 个大气压、0 ℃ 下的溶解度（约 70 mg/L）' },
      { parameterKey: 'ph', value: 14.5, unit: '无量纲', field: 'value', message: 'pH值的测定值 14.5 无量纲 不可信：pH 值在 0 至 14 之间' },
      {
        parameterKey: 'cod',
        value: 38,
        unit: 'mg/L',
        analysedAt: '2020-05-12T02:29:00.000Z',
        csvTime: '2020-05-12 10:29',
        field: 'analysedAt',
        message: '分析时间 2020-05-12 10:29 早于采样时间 2020-05-12 10:30'
      }
    ]
    for (const c of cases) {
      const form = await people.investigator.call('labResults.create', { ...base, parameterKey: c.parameterKey, value: c.value, unit: c.unit, analysedAt: c.analysedAt ?? base.analysedAt })
      expect(form.ok || form.error).toMatchObject({ code: 'invalid_input', message: c.message, fieldErrors: { [c.field]: c.message } })
      const csv = [HEADER, `${sample.code},${c.parameterKey},${c.value},,${c.unit},,,漳州市环境监测中心,R-1,${c.csvTime ?? '2020-05-13 10:00'}`].join('\n')
      const imported = await people.investigator.must('labResults.import', { fileName: 'r.csv', contentBase64: b64(csv) })
      expect(imported).toMatchObject({ imported: 0, errors: [{ line: 2, reason: c.message }] })
    }
    // The boundaries themselves are plausible: 0 mg/L, 70 mg/L of DO, pH 14, an analysis at the sampling minute.
    await people.investigator.must('labResults.create', { ...base, parameterKey: 'do', value: 70, unit: 'mg/L' })
    await people.investigator.must('labResults.create', { ...base, parameterKey: 'ph', value: 14, unit: '无量纲' })
    await people.investigator.must('labResults.create', { ...base, parameterKey: 'cod', value: 0, unit: 'mg/L', analysedAt: '2020-05-12T02:30:00.000Z' })
    expect((await people.judge.must('samples.get', { id: sample.id })).results).toHaveLength(3)
  })

  it('refuses implausible dates and control characters with a clear message, writing nothing', async () => {
    const future = await people.investigator.call('visits.create', { caseId, visitDate: '2099-12-31', peoplePresent: ['林调查官'], weather: '', notes: '' })
    expect(future.ok || future.error.fieldErrors).toEqual({ visitDate: '勘查日期不能晚于今天' })
    const tomorrow = await people.investigator.call('visits.create', { caseId, visitDate: '2020-06-02', peoplePresent: ['林调查官'], weather: '', notes: '' })
    expect(tomorrow.ok || tomorrow.error.fieldErrors).toEqual({ visitDate: '勘查日期不能晚于今天' })
    await people.investigator.must('visits.create', { caseId, visitDate: '2020-06-01', peoplePresent: ['林调查官'], weather: '', notes: '' })
    const ancient = await people.investigator.call('visits.create', { caseId, visitDate: '1900-01-01', peoplePresent: ['林调查官'], weather: '', notes: '' })
    expect(ancient.ok || ancient.error.fieldErrors).toEqual({ visitDate: '日期须在 1949 年至 2100 年之间' })
    const nul = await people.investigator.call('visits.create', { caseId, visitDate: '2020-05-12', peoplePresent: ['林调查官'], weather: '晴\u0000', notes: '第一行\n第二行' })
    expect(nul.ok || nul.error.fieldErrors).toEqual({ weather: '不能包含控制字符（如 NUL）' })
    const later = await people.investigator.call('samples.create', water({ sampledAt: '2020-06-02T01:00:00.000Z' }))
    expect(later.ok || later.error.fieldErrors).toEqual({ sampledAt: '采样时间不能晚于现在' })

    const sample = await people.investigator.must('samples.create', water())
    const form = await people.investigator.call('labResults.create', {
      sampleId: sample.id, parameterKey: 'cod', value: 38, qualifier: null, unit: 'mg/L', detectionLimit: null, method: '', lab: '实验\u0007室', reportNumber: 'R', analysedAt: '2020-05-13T02:00:00.000Z'
    })
    expect(form.ok || form.error.fieldErrors).toEqual({ lab: '不能包含控制字符（如 NUL）' })
    const csv = [HEADER, `${sample.code},cod,38,,mg/L,,,实验\u0000室,R,2020-05-13 10:00`].join('\n')
    expect(await people.investigator.must('labResults.import', { fileName: 'r.csv', contentBase64: b64(csv) })).toMatchObject({
      imported: 0,
      errors: [{ line: 2, reason: '第 8 列“lab”不能包含控制字符（如 NUL）' }]
    })
    expect((await people.judge.must('samples.get', { id: sample.id })).results).toEqual([])
  })

  it('imports a results CSV all or nothing: one bad row changes nothing, the fixed file imports once', async () => {
    const a = await people.investigator.must('samples.create', water())
    const b = await people.investigator.must('samples.create', water({ sampledAt: '2020-05-12T02:40:00.000Z' }))
    const rows = [
      `${a.code},cod,38,,mg/L,4,HJ 828-2017,漳州市环境监测中心,ZJ-2020-0518,2020-05-13 10:00`,
      `${a.code},nh3_n,2.6,,mg/L,0.025,HJ 535-2009,漳州市环境监测中心,ZJ-2020-0518,2020-05-13 10:00`,
      `${b.code},tp,0.46,,mg/L,0.01,GB 11893-89,漳州市环境监测中心,ZJ-2020-0518,2020-05-13 11:00`
    ]
    const bad = [HEADER, ...rows, `${b.code.toLowerCase()},cod,abc,,mg/L,,,漳州市环境监测中心,ZJ-2020-0518,2020-05-13 10:00`].join('\n')
    const refused = await people.investigator.must('labResults.import', { fileName: 'r.csv', contentBase64: b64(bad) })
    expect({ ...refused, errors: chinese(refused.errors) }).toEqual({ fileName: 'r.csv', imported: 0, skipped: 0, errors: [{ line: 5, reason: '测定值不是数字：“abc”（小数点请用“.”）' }] })
    const unknownCode = await people.investigator.must('labResults.import', {
      fileName: 'r.csv',
      contentBase64: b64([HEADER, ...rows, rows[0]!.replace(a.code, 'NOPE-1').replace('cod', 'tp')].join('\n'))
    })
    expect(chinese(unknownCode.errors)).toEqual([{ line: 5, reason: '找不到样品编号 NOPE-1' }])
    expect((await people.judge.must('samples.get', { id: a.id })).results).toEqual([])
    const auditBefore = await core.db.selectFrom('auditEvent').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()

    const good = [HEADER, ...rows].join('\n')
    expect(await people.investigator.must('labResults.import', { fileName: 'r.csv', contentBase64: b64(good) })).toMatchObject({ imported: 3, skipped: 0, errors: [] })
    expect(await people.investigator.must('labResults.import', { fileName: 'r.csv', contentBase64: b64(good) })).toMatchObject({ imported: 0, skipped: 3, errors: [] })
    const changed = await people.investigator.must('labResults.import', { fileName: 'r2.csv', contentBase64: b64([HEADER, rows[0]!.replace(',38,', ',39,')].join('\n')) })
    expect(changed.imported).toBe(0)
    expect(changed.errors[0]!.reason).toMatch(/与已登记的结果冲突.*38 mg\/L/)
    const auditAfter = await core.db.selectFrom('auditEvent').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    // One batch event holds the three rows it wrote (audit/batch-events.ts).
    expect(Number(auditAfter.n) - Number(auditBefore.n)).toBe(1)
    const batch = await core.db.selectFrom('auditEvent').select(['entityType', 'afterJson']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow()
    expect(batch.entityType).toBe('lab_result#batch')
    expect((JSON.parse(batch.afterJson!) as { rows: { value: number }[] }).rows.map((r) => r.value)).toEqual([38, 2.6, 0.46])
    expect((await people.judge.must('samples.get', { id: a.id })).results.map((r) => [r.parameterKey, r.value, r.source])).toEqual([
      ['cod', 38, 'csv'],
      ['nh3_n', 2.6, 'csv']
    ])
    const judge = await people.judge.call('labResults.import', { fileName: 'r.csv', contentBase64: b64(good) })
    expect(judge.ok || judge.error.code).toBe('forbidden')
  })

  it('voids a sample with a reason: it stays listed and marked, and takes no more results', async () => {
    const sample = await people.investigator.must('samples.create', water())
    const judge = await people.judge.call('samples.void', { id: sample.id, revision: 0, reason: '重复登记' })
    expect(judge.ok || judge.error.code).toBe('forbidden')
    const voided = await people.investigator.must('samples.void', { id: sample.id, revision: 0, reason: '重复登记' })
    expect(voided.voided).toMatchObject({ reason: '重复登记' })
    expect((await people.judge.must('samples.list', { caseId })).items[0]).toMatchObject({ code: sample.code, voided: true })
    const again = await people.investigator.call('samples.void', { id: sample.id, revision: 1, reason: 'x' })
    expect(again.ok || again.error.message).toBe('该记录已作废，不能再次作废')
    const update = await people.investigator.call('samples.update', { id: sample.id, revision: 1, sample: water() })
    expect(update.ok || update.error.message).toBe('已作废的样品不能修改')
  })

  it('updates a sample over its revision, refusing a stale one and a change of matrix', async () => {
    const sample = await people.investigator.must('samples.create', water())
    const updated = await people.investigator.must('samples.update', { id: sample.id, revision: 0, sample: water({ sealNumber: 'F-0002' }) })
    expect(updated).toMatchObject({ sealNumber: 'F-0002', revision: 1, code: sample.code })
    const stale = await people.investigator.call('samples.update', { id: sample.id, revision: 0, sample: water() })
    expect(stale.ok || stale.error.code).toBe('conflict')
    const matrix = await people.investigator.call('samples.update', { id: sample.id, revision: 1, sample: water({ matrix: 'groundwater' }) })
    expect(matrix.ok || matrix.error.fieldErrors).toEqual({ matrix: '样品类型不能修改' })
  })

  it('gives a parameter series at a site with the target class limit', async () => {
    const a = await people.investigator.must('samples.create', water())
    const b = await people.investigator.must('samples.create', water({ sampledAt: '2020-05-30T02:00:00.000Z' }))
    const csv = [
      HEADER,
      `${a.code},cod,38,,mg/L,4,,lab,R1,2020-05-13 10:00`,
      `${b.code},cod,26,,mg/L,4,,lab,R2,2020-05-31 10:00`
    ].join('\n')
    await people.investigator.must('labResults.import', { fileName: 'r.csv', contentBase64: b64(csv) })
    const series = await people.judge.must('labResults.series', { siteId, parameterKey: 'cod', targetClass: 'IV' })
    expect(series).toMatchObject({ unit: 'mg/L', limit: 30, targetClass: 'IV' })
    expect(series.points.map((p) => [p.sampleCode, p.value])).toEqual([
      [a.code, 38],
      [b.code, 26]
    ])
    const unknown = await people.judge.call('labResults.series', { siteId, parameterKey: 'zz', targetClass: 'IV' })
    expect(unknown.ok || unknown.error.code).toBe('invalid_input')
  })
})
