import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { expertInput } from '../support/expert-fixtures'
import type { Core } from '../../../electron/core/core'
import type { CourtCase } from '../../../electron/shared/cases'
import type { Role } from '../../../electron/shared/roles'
import type { EstimateRequest, FigureSource, OpinionContent } from '../../../electron/shared/opinions'
import { stepLines } from '../../../electron/shared/estimate-steps'
import { checkOpenChains } from '../../../electron/core/audit/forensic-check'
import { estimateListQuery, opinionSampleLinksQuery, opinionVersionsQuery, opinionVisitLinksQuery } from '../../../electron/core/opinions/opinion.repository'
import type { SampleInput } from '../../../electron/shared/sampling'
import { assignToCase, person, staff, testCore, type Actor, testPassword } from './../support/test-core'
import { pondCase } from '../support/case-fixtures'

const DEMO: FigureSource = { kind: 'judgement', reference: '演示数据', note: '演示用研判数值' }
const judged = (low: string, high = low) => ({ low, high, source: DEMO })
const pondEstimate: EstimateRequest = {
  kind: 'virtual_cost',
  input: {
    quantity: { ...judged('4000'), unit: 'm3' },
    unitCostYuan: judged('5.50'),
    method: { version: 'recommended-2014', functionClass: 'III', multiplier: judged('4.5', '6') }
  }
}

let core: Core
let people: Record<Role, Actor>
let courtCase: CourtCase
/** The two investigators assigned to the case, signed in as their own accounts. */
let lin: Actor
let chen: Actor
/** An investigator account linked to an expert who is not on the case. */
let outsider: Actor

beforeEach(async () => {
  core = await testCore('2026-03-02T01:00:00.000Z')
  people = await staff(core)
  const fields = await people.clerk.must('fields.list', {})
  const water = fields.find((f) => f.code === 'water')!.id
  // The case's own judge and clerk: with its investigators, the only readers of its opinion.
  courtCase = await people.clerk.must('cases.create', pondCase({ judgeId: people.judge.session.userId, clerkId: people.clerk.session.userId }))
  const account = async (username: string, name: string, assign: boolean) => {
    const expert = await people.clerk.must('experts.create', expertInput([water], { name }))
    const made = await person(people.admin, username, name, 'investigator')
    const user = { id: made.userId }
    await people.admin.must('users.linkExpert', { userId: user.id, expertId: expert.id })
    await made.must('users.confirmExpertLink', { password: testPassword })
    if (assign) {
      const proposed = await people.clerk.must('assignments.designate', { caseId: courtCase.id, expertId: expert.id, fieldId: water, overrideReason: '', replacesAssignmentId: null })
      const notified = await people.clerk.must('assignments.notify', { id: proposed.id, revision: proposed.revision })
      await people.clerk.must('assignments.activate', { id: notified.id, revision: notified.revision })
    }
    return made
  }
  lin = await account('lin', '林永华', true)
  chen = await account('chen', '陈静怡', true)
  outsider = await account('wu', '吴某', false)
})
afterEach(() => core.close())

async function auditCount() {
  return checkOpenChains(core).events
}

function contentOf(opinion: OpinionContent): OpinionContent {
  const { questions, findings, visitIds, sampleIds, virtualEstimateId, actualEstimateId, options, statement } = opinion
  return { questions, findings, visitIds, sampleIds, virtualEstimateId, actualEstimateId, options, statement }
}

async function completeDraft() {
  const opinion = await lin.must('opinions.create', { caseId: courtCase.id })
  const estimate = await lin.must('estimates.create', { caseId: courtCase.id, estimate: pondEstimate })
  const content: OpinionContent = {
    questions: [{ text: '池塘水体生态环境损害数额是多少？' }, { text: '如何修复？' }],
    findings: '池塘水体 COD、氨氮超过 GB 3838-2002 III 类标准。',
    visitIds: [],
    sampleIds: [],
    virtualEstimateId: estimate.id,
    actualEstimateId: null,
    options: [
      { method: '水生植物净化', expectedResult: '一年内达到 IV 类', costFen: 9_900_000, durationDays: 365, recommended: true },
      { method: '清淤换水', expectedResult: '三个月内达到 IV 类', costFen: 25_000_000, durationDays: 90, recommended: false }
    ],
    statement: opinion.statement
  }
  return lin.must('opinions.update', { id: opinion.id, revision: opinion.revision, content })
}

describe('damage estimates', () => {
  it('are stored with every input, the method version, low/high in fen and the steps as computed', async () => {
    const estimate = await lin.must('estimates.create', { caseId: courtCase.id, estimate: pondEstimate })
    expect(estimate).toMatchObject({ kind: 'virtual_cost', methodVersion: 'recommended-2014', lowFen: 9_900_000, highFen: 13_200_000, createdByName: '林永华' })
    expect(estimate.input).toEqual(pondEstimate.input)
    expect(stepLines(estimate.steps.at(-1)!, 'zh')).toEqual([
      '生态环境损害数额（低值） = 虚拟治理成本 × 倍数 = 22,000.00 元 × 4.5 = 99,000.00 元',
      '生态环境损害数额（高值） = 虚拟治理成本 × 倍数 = 22,000.00 元 × 6 = 132,000.00 元'
    ])
    expect(await lin.must('estimates.list', { caseId: courtCase.id })).toEqual([estimate])
  })

  it('keep the stored result even if the stored input would compute differently today', async () => {
    const estimate = await lin.must('estimates.create', { caseId: courtCase.id, estimate: pondEstimate })
    await core.db.updateTable('damageEstimate').set({ inputJson: JSON.stringify({ changed: true }) }).where('id', '=', estimate.id).execute()
    const reread = await lin.must('estimates.list', { caseId: courtCase.id })
    expect(reread[0]!.lowFen).toBe(9_900_000)
    expect(reread[0]!.steps).toEqual(estimate.steps)
  })

  it('store an actual-cost estimate as the sum of its items', async () => {
    const estimate = await lin.must('estimates.create', {
      caseId: courtCase.id,
      estimate: {
        kind: 'actual_cost',
        input: { items: [{ description: '应急抽排费', amountFen: 1_250_050, source: { kind: 'lab_report', reference: '发票 No.0012', note: '' } }] }
      }
    })
    expect(estimate).toMatchObject({ kind: 'actual_cost', methodVersion: 'actual-cost', method: null, lowFen: 1_250_050, highFen: 1_250_050 })
  })

  it('preview without writing anything', async () => {
    const before = await auditCount()
    const result = await people.judge.must('estimates.calculate', pondEstimate)
    expect([result.lowFen, result.highFen]).toEqual([9_900_000, 13_200_000])
    expect(await auditCount()).toBe(before)
  })

  it('refuse a bad input with field errors at the channel paths, writing nothing', async () => {
    const before = await auditCount()
    const bad = structuredClone(pondEstimate) as Extract<EstimateRequest, { kind: 'virtual_cost' }>
    bad.input.quantity.low = '-4'
    const reply = await lin.call('estimates.create', { caseId: courtCase.id, estimate: bad })
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input', fieldErrors: { 'estimate.input.quantity.low': '不能为负数' } } })
    // The verified class III range is checked by the calculation itself; its field paths follow the channel's.
    const outside = structuredClone(pondEstimate) as Extract<EstimateRequest, { kind: 'virtual_cost' }>
    outside.input.method = { version: 'recommended-2014', functionClass: 'III', multiplier: judged('3') }
    const refused = await lin.call('estimates.create', { caseId: courtCase.id, estimate: outside })
    expect(refused.ok ? null : Object.keys(refused.error.fieldErrors ?? {})).toEqual(['estimate.input.method.multiplier.low', 'estimate.input.method.multiplier.high'])
    const preview = await lin.call('estimates.calculate', outside)
    expect(preview.ok ? null : Object.keys(preview.error.fieldErrors ?? {})).toContain('input.method.multiplier.low')
    expect(await auditCount()).toBe(before)
  })

  it('may be made only by an investigator assigned to the case', async () => {
    expect(await people.clerk.call('estimates.create', { caseId: courtCase.id, estimate: pondEstimate })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await outsider.call('estimates.create', { caseId: courtCase.id, estimate: pondEstimate })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', reason: 'case_not_assigned' }
    })
    expect(await people.investigator.call('estimates.create', { caseId: courtCase.id, estimate: pondEstimate })).toMatchObject({
      ok: false,
      // An account linked to no expert is assigned to no case.
      error: { code: 'forbidden', reason: 'case_not_assigned' }
    })
  })
})

describe('linking an account to an expert', () => {
  it('lets only an administrator link, only investigator accounts, one account per expert', async () => {
    const linExpert = (await lin.must('session.current', {})).user!.expertId!
    expect(await people.clerk.call('users.linkExpert', { userId: people.investigator.session.userId!, expertId: linExpert })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await people.admin.call('users.linkExpert', { userId: people.judge.session.userId!, expertId: linExpert })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fieldErrors: { expertId: '只有技术调查官账户可以关联专家' } }
    })
    expect(await people.admin.call('users.linkExpert', { userId: people.investigator.session.userId!, expertId: linExpert })).toMatchObject({
      ok: false,
      error: { code: 'conflict', fieldErrors: { expertId: '该专家已关联其他账户' } }
    })
    const unlinked = await people.admin.must('users.linkExpert', { userId: lin.session.userId!, expertId: null, reason: '关联有误' })
    expect(unlinked.expertId).toBeNull()
    expect(await lin.call('opinions.create', { caseId: courtCase.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })
})

describe('the opinion', () => {
  it('starts as a draft, marked not for public release, with the default statement and both investigators unsigned', async () => {
    const opinion = await lin.must('opinions.create', { caseId: courtCase.id })
    expect(opinion).toMatchObject({ status: 'draft', version: 1, notForPublicRelease: true, caseNumber: courtCase.caseNumber, nextVersionId: null })
    expect(opinion.statement).toContain('不对外公开')
    expect(opinion.investigators.map((i) => [i.name, i.signedAt])).toEqual([
      ['林永华', null],
      ['陈静怡', null]
    ])
    expect(await chen.call('opinions.create', { caseId: courtCase.id })).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(await people.clerk.call('opinions.create', { caseId: courtCase.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('edits a draft in place and refuses a stale revision, an estimate of another case, or two recommended options', async () => {
    const opinion = await completeDraft()
    expect(opinion).toMatchObject({ version: 1, revision: 1, status: 'draft' })
    expect(opinion.virtualEstimate?.lowFen).toBe(9_900_000)
    const content = { ...opinion, questions: [{ text: '问题一' }] }
    const pick = ({ questions, findings, visitIds, sampleIds, virtualEstimateId, actualEstimateId, options, statement }: OpinionContent) => ({
      questions,
      findings,
      visitIds,
      sampleIds,
      virtualEstimateId,
      actualEstimateId,
      options,
      statement
    })
    expect(await chen.call('opinions.update', { id: opinion.id, revision: 0, content: pick(content) })).toMatchObject({ ok: false, error: { code: 'conflict' } })

    const other = await people.clerk.must('cases.create', pondCase({ caseNumber: '（2021）闽0626刑初9号' }))
    const foreign = await core.db.insertInto('damageEstimate').values({
      id: '01900000-0000-7000-8000-ffffffffffff', caseId: other.id, kind: 'virtual_cost', methodVersion: 'recommended-2014', inputJson: '{}', methodJson: null,
      lowFen: 1, highFen: 1, stepsJson: '[]', createdAt: 'x', updatedAt: 'x', updatedBy: people.admin.session.userId!, revision: 0
    }).returning('id').executeTakeFirstOrThrow()
    expect(await chen.call('opinions.update', { id: opinion.id, revision: 1, content: pick({ ...content, virtualEstimateId: foreign.id }) })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fieldErrors: { 'content.virtualEstimateId': '所选损害估算不属于本案或类型不符' } }
    })
    const twoRecommended = pick({ ...content, options: content.options.map((o) => ({ ...o, recommended: true })) })
    expect(await chen.call('opinions.update', { id: opinion.id, revision: 1, content: twoRecommended })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fieldErrors: { 'content.options': '只能推荐一个修复方案' } }
    })
    const edited = await chen.must('opinions.update', { id: opinion.id, revision: 1, content: pick(content) })
    expect(edited).toMatchObject({ id: opinion.id, version: 1, revision: 2, questions: [{ text: '问题一' }] })
  })

  it('cannot be signed while incomplete', async () => {
    const opinion = await lin.must('opinions.create', { caseId: courtCase.id })
    expect(await lin.call('opinions.sign', { password: testPassword, id: opinion.id, revision: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: '意见尚不完整，不能签署：请填写法院提出的问题、损害数额估算、推荐的修复方案' }
    })
  })

  it('is signed by each assigned investigator as themselves, then submitted by the clerk', async () => {
    const draft = await completeDraft()
    expect(await outsider.call('opinions.sign', { password: testPassword, id: draft.id, revision: draft.revision })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await people.clerk.call('opinions.sign', { password: testPassword, id: draft.id, revision: draft.revision })).toMatchObject({ ok: false, error: { code: 'forbidden' } })

    const once = await lin.must('opinions.sign', { password: testPassword, id: draft.id, revision: draft.revision })
    expect(once.status).toBe('draft')
    expect(once.investigators.map((i) => [i.name, i.signedAt, i.signedByName])).toEqual([
      ['林永华', expect.stringMatching(/^2026-03-02T/), '林永华'],
      ['陈静怡', null, null]
    ])
    expect(await lin.call('opinions.sign', { password: testPassword, id: draft.id, revision: once.revision })).toMatchObject({ ok: false, error: { code: 'conflict', message: '您已签署该意见' } })
    expect(await people.clerk.call('opinions.submit', { id: draft.id, revision: once.revision })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: '须全部技术调查官签署后才能提交' }
    })

    const signed = await chen.must('opinions.sign', { password: testPassword, id: draft.id, revision: once.revision })
    expect(signed.status).toBe('signed')
    expect(signed.investigators.every((i) => i.signedAt !== null)).toBe(true)
    expect(await people.judge.call('opinions.submit', { id: draft.id, revision: signed.revision })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    const submitted = await people.clerk.must('opinions.submit', { id: draft.id, revision: signed.revision })
    expect(submitted).toMatchObject({ status: 'submitted', submittedByName: '陈书记员', submittedAt: expect.stringMatching(/^2026-03-02T/) })
    expect(checkOpenChains(core).ok).toBe(true)
  })

  it('is frozen once signed: an edit makes a new draft version and the signed one stays readable and unchanged', async () => {
    const draft = await completeDraft()
    const once = await lin.must('opinions.sign', { password: testPassword, id: draft.id, revision: draft.revision })
    const signed = await chen.must('opinions.sign', { password: testPassword, id: draft.id, revision: once.revision })
    const { questions, visitIds, sampleIds, virtualEstimateId, actualEstimateId, options, statement } = signed
    const v2 = await chen.must('opinions.update', {
      id: signed.id,
      revision: signed.revision,
      content: { questions, findings: '补充：池塘底泥亦受污染。', visitIds, sampleIds, virtualEstimateId, actualEstimateId, options, statement }
    })
    expect(v2).toMatchObject({ version: 2, previousVersionId: signed.id, status: 'draft', findings: '补充：池塘底泥亦受污染。' })
    expect(v2.id).not.toBe(signed.id)
    expect(v2.investigators.every((i) => i.signedAt === null)).toBe(true)
    expect(v2.versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'signed'],
      [2, 'draft']
    ])

    const old = await people.judge.must('opinions.get', { id: signed.id })
    expect(old).toEqual({ ...signed, nextVersionId: v2.id, versions: v2.versions })
    expect(await lin.call('opinions.update', { id: signed.id, revision: signed.revision, content: { questions, findings: 'x', visitIds, sampleIds, virtualEstimateId, actualEstimateId, options, statement } })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: '这是第 1 版，已有更新的版本，旧版本只能查看' }
    })
    expect(await people.clerk.call('opinions.submit', { id: signed.id, revision: signed.revision })).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('is frozen as soon as one investigator signed, so nobody signs text the other changed afterwards', async () => {
    const draft = await completeDraft()
    const once = await lin.must('opinions.sign', { password: testPassword, id: draft.id, revision: draft.revision })
    const { questions, findings, visitIds, sampleIds, virtualEstimateId, actualEstimateId, options, statement } = once
    const v2 = await chen.must('opinions.update', {
      id: once.id,
      revision: once.revision,
      content: { questions, findings: findings + '（修改）', visitIds, sampleIds, virtualEstimateId, actualEstimateId, options, statement }
    })
    expect(v2.version).toBe(2)
    expect((await chen.must('opinions.get', { id: once.id })).findings).toBe(findings)
  })

  it('prints the opinion as stored', async () => {
    const draft = await completeDraft()
    const print = await people.judge.must('opinions.print', { id: draft.id })
    expect(print.opinion).toEqual(draft)
  })

  it('lists versions and estimates of a case through indexes', async () => {
    const plan = (compiled: { sql: string; parameters: readonly unknown[] }) =>
      (core.sqlite.prepare(`explain query plan ${compiled.sql}`).all(...compiled.parameters) as { detail: string }[]).map((r) => r.detail).join('\n')
    expect(plan(opinionVersionsQuery(core.db, courtCase.id).compile())).toMatch(/USING INDEX sqlite_autoindex_opinion_\d+ \(case_id=\?\)/)
    expect(plan(estimateListQuery(core.db, courtCase.id).compile())).toMatch(/USING INDEX damage_estimate_case/)
    expect(plan(opinionVisitLinksQuery(core.db, courtCase.id).compile())).toMatch(/USING INDEX sqlite_autoindex_opinion_visit_1 \(opinion_id=\?\)/)
    expect(plan(opinionSampleLinksQuery(core.db, courtCase.id).compile())).toMatch(/USING INDEX sqlite_autoindex_opinion_sample_1 \(opinion_id=\?\)/)
  })
})

describe('the visits and samples an opinion relies on', () => {
  let siteId: string
  beforeEach(async () => {
    siteId = (
      await people.clerk.must('sites.create', {
        caseId: courtCase.id,
        site: { name: '黎某作坊旁池塘', address: '某村', latitude: 24.1, longitude: 117.6, accuracyM: 5, waterbody: 'lake', notes: '' }
      })
    ).id
  })

  const visit = (caseId = courtCase.id) => lin.must('visits.create', { caseId, visitDate: '2020-05-12', peoplePresent: ['林永华', '陈静怡', '郑海波'], weather: '晴', notes: '' })
  const water = (visitId: string | null, overrides: Partial<SampleInput> = {}): SampleInput => ({
    caseId: courtCase.id,
    visitId,
    siteId,
    matrix: 'surface_water',
    sampledAt: '2020-05-12T02:30:00.000Z',
    depthM: 0.5,
    sampler: '郑海波',
    samplerOrganisation: '漳浦县环境监测站',
    supervisingInvestigator: '林永华',
    container: '聚乙烯瓶',
    volumeMl: 1000,
    preservative: '',
    qcType: 'normal',
    duplicateOfId: null,
    sealNumber: '',
    landUse: null,
    fieldMeasurements: { waterTemperatureC: null, ph: null, dissolvedOxygenMgL: null, conductivityUsCm: null, turbidityNtu: null, transparencyCm: null, appearance: '' },
    photoSha256: [],
    ...overrides
  })
  const result = (sampleId: string, parameterKey: string, value: number, analysedAt = '2020-05-13T02:00:00.000Z') =>
    lin.must('labResults.create', { sampleId, parameterKey, value, qualifier: null, unit: 'mg/L', detectionLimit: null, method: '', lab: '县监测站', reportNumber: 'ZBJC-0512', analysedAt })
  const relyOn = (draft: Awaited<ReturnType<typeof completeDraft>>, visitIds: string[], sampleIds: string[], actor = lin) =>
    actor.call('opinions.update', { id: draft.id, revision: draft.revision, content: { ...contentOf(draft), visitIds, sampleIds } })

  it('shows each linked sample with its site, standing results and GB 3838 class with the deciding items', async () => {
    const v = await visit()
    const sample = await lin.must('samples.create', water(v.id))
    await result(sample.id, 'cod', 38)
    await result(sample.id, 'nh3_n', 2.6)
    await result(sample.id, 'tp', 0.46)
    const draft = await completeDraft()
    const reply = await relyOn(draft, [v.id], [sample.id])
    const opinion = reply.ok ? reply.value : expect.fail(JSON.stringify(reply.error))
    expect(opinion.visits).toEqual([{ visitId: v.id, visitDate: '2020-05-12', peoplePresent: ['林永华', '陈静怡', '郑海波'], weather: '晴', voided: false }])
    expect(opinion.samples).toHaveLength(1)
    expect(opinion.samples[0]).toMatchObject({ code: sample.code, siteName: '黎某作坊旁池塘', matrix: 'surface_water', visitId: v.id })
    expect(opinion.samples[0]!.results.map((r) => [r.parameterKey, r.value, r.unit])).toEqual([
      ['cod', 38, 'mg/L'],
      ['nh3_n', 2.6, 'mg/L'],
      ['tp', 0.46, 'mg/L']
    ])
    expect(opinion.samples[0]!.evaluation).toMatchObject({ standard: 'gb3838', waterbody: 'lake', class: '劣V' })
    const evaluation = opinion.samples[0]!.evaluation
    expect(evaluation.standard === 'gb3838' && evaluation.deciding.map((d) => d.key)).toEqual(['nh3_n', 'tp'])
    // The editor offers the same rows for every sample of the case.
    expect((await people.judge.must('opinions.evidence', { caseId: courtCase.id })).samples).toEqual(opinion.samples)
  })

  it('refuses a visit or sample of another case and a voided sample, writing nothing', async () => {
    const draft = await completeDraft()
    const other = await people.clerk.must('cases.create', pondCase({ caseNumber: '（2021）闽0626刑初9号' }))
    const otherSite = await people.clerk.must('sites.create', {
      caseId: other.id,
      site: { name: '别处', address: '', latitude: null, longitude: null, accuracyM: null, waterbody: 'river', notes: '' }
    })
    // 林永华 works on the other case too, so its visit and sample are his to record.
    await assignToCase(people, lin, other.id)
    const foreignVisit = await visit(other.id)
    const foreignSample = await lin.must('samples.create', { ...water(null), caseId: other.id, siteId: otherSite.id })
    const voided = await lin.must('samples.create', water(null, { sampledAt: '2020-05-12T03:00:00.000Z' }))
    await lin.must('samples.void', { id: voided.id, revision: voided.revision, reason: '封条破损' })
    const before = await auditCount()
    expect(await relyOn(draft, [foreignVisit.id], [])).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fieldErrors: { 'content.visitIds.0': '所选现场勘查不属于本案' } }
    })
    expect(await relyOn(draft, [], [foreignSample.id])).toMatchObject({ ok: false, error: { code: 'invalid_input', fieldErrors: { 'content.sampleIds.0': '所选样品不属于本案' } } })
    expect(await relyOn(draft, [], [voided.id])).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fieldErrors: { 'content.sampleIds.0': `样品 ${voided.code} 已作废，不能作为意见依据` } }
    })
    expect(await relyOn(draft, [], [foreignSample.id, foreignSample.id])).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fieldErrors: { 'content.sampleIds': '不能重复选择' } }
    })
    expect(await auditCount()).toBe(before)
    expect((await lin.must('opinions.get', { id: draft.id })).samples).toEqual([])
  })

  it('are frozen as signed, and carried over to the next version, which reads them afresh', async () => {
    const v = await visit()
    const sample = await lin.must('samples.create', water(v.id))
    await result(sample.id, 'nh3_n', 2.6)
    const linked = await relyOn(await completeDraft(), [v.id], [sample.id])
    const draft = linked.ok ? linked.value : expect.fail('not linked')
    const once = await lin.must('opinions.sign', { password: testPassword, id: draft.id, revision: draft.revision })
    // A later analysis and a corrected visit change neither the signed version nor what the second investigator signs.
    await result(sample.id, 'nh3_n', 0.9, '2020-05-14T02:00:00.000Z')
    await lin.must('visits.update', { id: v.id, revision: v.revision, visit: { caseId: courtCase.id, visitDate: '2020-05-12', peoplePresent: ['林永华'], weather: '阴', notes: '' } })
    const signed = await chen.must('opinions.sign', { password: testPassword, id: draft.id, revision: once.revision })
    expect(signed.samples).toEqual(draft.samples)
    expect(signed.visits).toEqual(draft.visits)
    expect(signed.samples[0]!.evaluation).toMatchObject({ class: '劣V' })

    const v2 = await chen.must('opinions.update', { id: signed.id, revision: signed.revision, content: { ...contentOf(signed), findings: '复核后修改' } })
    expect(v2).toMatchObject({ version: 2, visitIds: [v.id], sampleIds: [sample.id] })
    expect(v2.samples[0]!.results).toEqual([expect.objectContaining({ parameterKey: 'nh3_n', value: 0.9 })])
    expect(v2.samples[0]!.evaluation).toMatchObject({ class: 'III' })
    expect(v2.visits[0]).toMatchObject({ peoplePresent: ['林永华'], weather: '阴' })
    expect((await people.judge.must('opinions.get', { id: signed.id })).samples).toEqual(draft.samples)
  })

  it('mark a field measurement counted for want of a lab value and a result analysed past its holding time, and keep the marks as signed', async () => {
    const cod = (await people.admin.must('holdingTimes.list', {})).find((r) => r.parameterKey === 'cod' && r.matrix === 'surface_water')!
    await people.admin.must('holdingTimes.update', { id: cod.id, revision: cod.revision, maxHours: 48, basis: '测试依据 表1', notes: '' })
    const v = await visit()
    const fieldMeasurements = { ...water(null).fieldMeasurements, ph: 7.2, dissolvedOxygenMgL: 3.1 }
    const sample = await lin.must('samples.create', water(v.id, { fieldMeasurements }))
    // Sampled 2020-05-12 02:30 UTC; COD analysed 50 h later, NH3-N within a day.
    await result(sample.id, 'cod', 38, '2020-05-14T04:30:00.000Z')
    await result(sample.id, 'nh3_n', 0.8)
    const linked = await relyOn(await completeDraft(), [v.id], [sample.id])
    const draft = linked.ok ? linked.value : expect.fail(JSON.stringify(linked.error))
    const relied = draft.samples[0]!
    expect(relied.results.map((r) => [r.parameterKey, r.value, r.source, r.exceededByHours])).toEqual([
      ['cod', 38, 'lab', 2],
      ['nh3_n', 0.8, 'lab', null],
      ['ph', 7.2, 'field', null],
      ['do', 3.1, 'field', null]
    ])
    expect(relied.evaluation).toMatchObject({ standard: 'gb3838', class: 'V', pastHoldingTime: [{ key: 'cod', maxHours: 48, exceededByHours: 2 }] })
    const once = await lin.must('opinions.sign', { password: testPassword, id: draft.id, revision: draft.revision })
    // Verifying the holding time differently afterwards changes nothing signed.
    await people.admin.must('holdingTimes.update', { id: cod.id, revision: cod.revision + 1, maxHours: 72, basis: '测试依据 表1', notes: '' })
    expect((await people.judge.must('opinions.get', { id: once.id })).samples).toEqual(draft.samples)
  })

  it('are not required for signing', async () => {
    const draft = await completeDraft()
    expect(draft.samples).toEqual([])
    expect((await lin.must('opinions.sign', { password: testPassword, id: draft.id, revision: draft.revision })).investigators[0]!.signedAt).not.toBeNull()
  })
})

describe('a draft restoration order from the recommended option', () => {
  async function signedOpinion() {
    const draft = await completeDraft()
    const once = await lin.must('opinions.sign', { password: testPassword, id: draft.id, revision: draft.revision })
    return chen.must('opinions.sign', { password: testPassword, id: draft.id, revision: once.revision })
  }
  const waterOrder = async () => (await people.judge.must('orderTypes.list', {})).find((t) => t.code === 'water_purification')!.id

  it('carries the method, cost and duration of the option and the case defendants and sites, audited', async () => {
    const site = await people.clerk.must('sites.create', {
      caseId: courtCase.id,
      site: { name: '作坊旁池塘', address: '某村', latitude: 24.1, longitude: 117.6, accuracyM: 5, waterbody: 'lake', notes: '' }
    })
    const signed = await signedOpinion()
    const events = await auditCount()
    const order = await chen.must('opinions.draftOrder', { id: signed.id, orderTypeId: await waterOrder(), orderNumber: '(2020)闽0626执修1号' })
    expect(order).toMatchObject({
      orderNumber: '（2020）闽0626执修1号',
      status: 'draft',
      caseId: courtCase.id,
      method: '水生植物净化',
      restorationFeeFen: 9_900_000,
      obligor: '黎某',
      siteIds: [site.id],
      deadline: '2027-03-02'
    })
    expect(order.notes).toContain('预期效果：一年内达到 IV 类')
    // The order, its one site link and the opinion's link to the draft.
    expect(await auditCount()).toBe(events + 3)
    expect((await lin.must('opinions.get', { id: signed.id })).draftOrder).toEqual({ id: order.id, orderNumber: '（2020）闽0626执修1号' })
    expect(await people.clerk.call('opinions.draftOrder', { id: signed.id, orderTypeId: await waterOrder(), orderNumber: '(2020)闽0626执修2号' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: '该意见已生成修复令草稿 （2020）闽0626执修1号' }
    })
  })

  it('is refused before signing, without a site, to a judge or an outsider', async () => {
    const draft = await completeDraft()
    const request = { id: draft.id, orderTypeId: await waterOrder(), orderNumber: '(2020)闽0626执修1号' }
    expect(await lin.call('opinions.draftOrder', request)).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('须经全部技术调查官签署') } })
    const once = await lin.must('opinions.sign', { password: testPassword, id: draft.id, revision: draft.revision })
    await chen.must('opinions.sign', { password: testPassword, id: draft.id, revision: once.revision })
    expect(await lin.call('opinions.draftOrder', request)).toMatchObject({ ok: false, error: { code: 'conflict', message: '本案尚未登记地点，不能生成修复令草稿' } })
    expect(await people.judge.call('opinions.draftOrder', request)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await outsider.call('opinions.draftOrder', request)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await lin.call('opinions.draftOrder', { ...request, orderNumber: '执修1号' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fieldErrors: { orderNumber: expect.stringContaining('格式') } }
    })
  })
})
