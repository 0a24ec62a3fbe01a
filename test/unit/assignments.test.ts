import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { expertInput } from './support/expert-fixtures'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { migrations } from '../../electron/core/db/migrations'
import type { Core } from '../../electron/core/core'
import type { ExpertInput } from '../../electron/shared/experts'
import type { Role } from '../../electron/shared/roles'
import type { CourtCase } from '../../electron/shared/cases'
import { person, staff, testCore, type Actor, testPassword } from './support/test-core'
import { pondCase } from './support/case-fixtures'
import { drawExperts, drawKey } from '../../electron/core/assignments/draw-algorithm'
import { recusalFindings } from '../../electron/core/assignments/recusal'
import { findingPart } from '../../electron/shared/assignments'
import { partText } from '../../electron/shared/errors'
import { noticeDuty, noticeDueOn } from '../../electron/core/assignments/notice-duty'
import { overdueNotices } from '../../electron/core/assignments/assignment.repository'

let core: Core
let people: Record<Role, Actor>
let fieldIds: Record<string, string>
let courtCase: CourtCase

beforeEach(async () => {
  // 09:00 in Beijing on 2 March 2026
  core = await testCore('2026-03-02T01:00:00.000Z')
  people = await staff(core)
  const fields = await people.clerk.must('fields.list', {})
  fieldIds = Object.fromEntries(fields.map((f) => [f.code, f.id]))
  courtCase = await people.clerk.must(
    'cases.create',
    pondCase({
      parties: [
        { name: '黎某', role: 'defendant', organisation: '漳浦县某电镀作坊' },
        { name: '漳浦县人民检察院', role: 'procuratorate', organisation: '' },
        { name: '漳州绿源环保科技有限公司', role: 'third_party', organisation: '' }
      ]
    })
  )
})
afterEach(() => core.close())

async function addExpert(name: string, overrides: Partial<ExpertInput> = {}) {
  return people.clerk.must('experts.create', expertInput([fieldIds.water!], { name, organisation: '福建省环境科学研究院', title: '高级工程师', ...overrides }))
}

async function otherCase(number: string, sameMatterAs: string | null = null, stage: 'first_instance' | 'second_instance' = 'first_instance') {
  return people.clerk.must('cases.create', { ...pondCase({ caseNumber: number, stage, filedOn: '2021-01-05' }), sameMatterAs, parties: [{ name: '某公司', role: 'defendant', organisation: '' }] })
}

const screenFacts = (caseId = courtCase.id) => people.clerk.must('assignments.screen', { caseId, fieldIds: [fieldIds.water!] })
/** A screening with each finding worded in Chinese from its facts, as the clerk reads it. */
async function screen(caseId = courtCase.id) {
  const screening = await screenFacts(caseId)
  const excluded = screening.excluded.map((e) => ({ ...e, reasons: e.reasons.map((r) => ({ code: r.code, detail: partText(findingPart(r.detail), 'zh') })) }))
  return { ...screening, excluded }
}

describe('the eligible pool', () => {
  it('holds every expert who is active, in term, qualified, under the max concurrent cases and not recused', async () => {
    await addExpert('甲可用')
    const suspended = await addExpert('乙暂停')
    await people.clerk.must('experts.suspend', { id: suspended.id, revision: 0, reason: '出国访学' })
    await addExpert('丙期满', { termStart: '2023-01-01', termEnd: '2026-03-01' })
    await addExpert('丁未聘', { termStart: '2026-03-03', termEnd: '2028-12-31' })
    const busy = await addExpert('戊满额', { maxConcurrentCases: 1 })
    await addExpert('己林业', { fieldIds: [fieldIds.forestry!], primaryFieldId: fieldIds.forestry! })
    const elsewhere = await otherCase('(2021)闽0626刑初5号')
    await people.clerk.must('assignments.designate', { caseId: elsewhere.id, expertId: busy.id, fieldId: fieldIds.water!, overrideReason: '', replacesAssignmentId: null })

    const screening = await screen()
    expect(screening.today).toBe('2026-03-02')
    expect(screening.eligible.map((e) => e.name)).toEqual(['甲可用'])
    expect(Object.fromEntries(screening.excluded.map((e) => [e.name, e.reasons.map((r) => `${r.code}:${r.detail}`)]))).toEqual({
      乙暂停: ['inactive:出国访学'],
      丙期满: ['out_of_term:聘任期 2023-01-01 至 2026-03-01'],
      丁未聘: ['out_of_term:聘任期 2026-03-03 至 2028-12-31'],
      戊满额: ['at_capacity:在办 1 件，已达上限 1 件']
    })
  })

  it('uses the day in Beijing: 23:00 UTC on 1 March is already 2 March', async () => {
    await core.close()
    core = await testCore('2026-03-01T23:00:00.000Z')
    people = await staff(core)
    fieldIds = Object.fromEntries((await people.clerk.must('fields.list', {})).map((f) => [f.code, f.id]))
    courtCase = await people.clerk.must('cases.create', pondCase())
    await addExpert('丁未聘', { termStart: '2026-03-02', termEnd: '2028-12-31' })
    expect((await screen()).eligible.map((e) => e.name)).toEqual(['丁未聘'])
  })
})

describe('recusal grounds, each with its reason', () => {
  it('a party (CPL art. 47(1), CrimPL art. 29(1))', async () => {
    await addExpert('黎某')
    expect((await screen()).excluded[0]!.reasons).toEqual([{ code: 'party', detail: '本人即本案被告（人）“黎某”' }])
    // Core records what matched as facts; the words come from the catalog in the reader's language.
    const [finding] = (await screenFacts()).excluded[0]!.reasons
    expect(finding).toEqual({ code: 'party', detail: { reason: 'finding_is_party', params: { partyRole: [{ reason: 'party_role_defendant' }], party: '黎某' } } })
    expect(partText(findingPart(finding!.detail), 'en')).toBe('Is the defendant “黎某” of this case')
    // A draw recorded before findings were facts keeps its words, read as recorded in either language.
    expect(partText(findingPart('本人即本案被告（人）“黎某”'), 'en')).toBe('本人即本案被告（人）“黎某”')
  })

  it('a near relative of a party or of a party\'s agent or defender, as the expert declared them', async () => {
    await people.clerk.must('cases.update', {
      id: courtCase.id,
      revision: courtCase.revision,
      courtCase: {
        ...pondCase({ parties: courtCase.parties }),
        participants: [
          { role: 'defender', name: '周律师', organisation: '福建某某律师事务所', partyPosition: 0 },
          { role: 'agent', name: '吴代理', organisation: '', partyPosition: 2 }
        ]
      }
    })
    await addExpert('黎某之子', { relatives: [{ name: '黎某', relation: 'parent' }] })
    await addExpert('周律师之妻', { relatives: [{ name: '周 律师', relation: 'spouse' }] })
    await addExpert('吴代理之弟', { relatives: [{ name: '吴代理', relation: 'sibling' }] })
    await addExpert('无亲属', { relatives: [{ name: '黎某某', relation: 'sibling' }] })
    const screening = await screen()
    const detail = (name: string) => screening.excluded.find((e) => e.name === name)?.reasons
    expect(detail('黎某之子')).toEqual([{ code: 'near_relative', detail: '申报的近亲属“黎某”（父母）即本案被告（人）“黎某”' }])
    expect(detail('周律师之妻')).toEqual([{ code: 'near_relative', detail: '申报的近亲属“周 律师”（配偶）是被告（人）“黎某”的辩护人“周律师”' }])
    expect(detail('吴代理之弟')).toEqual([{ code: 'near_relative', detail: '申报的近亲属“吴代理”（兄弟姐妹）是第三人“漳州绿源环保科技有限公司”的诉讼代理人“吴代理”' }])
    expect(screening.eligible.map((e) => e.name)).toEqual(['无亲属'])
  })

  it('an interest (works for a party) and another relationship (a declared tie to a party or to an agent\'s firm)', async () => {
    await people.clerk.must('cases.update', {
      id: courtCase.id,
      revision: courtCase.revision,
      courtCase: { ...pondCase({ parties: courtCase.parties }), participants: [{ role: 'defender', name: '周律师', organisation: '福建某某律师事务所', partyPosition: 0 }] }
    })
    await addExpert('许文涛', { affiliations: [{ organisation: '漳州绿源环保科技有限公司', relation: '技术顾问' }] })
    await addExpert('作坊技术员', { organisation: '漳浦县 某电镀作坊' })
    await addExpert('律所顾问', { affiliations: [{ organisation: '福建某某律师事务所', relation: '兼职顾问' }] })
    const screening = await screen()
    expect(screening.excluded.find((e) => e.name === '许文涛')!.reasons).toEqual([
      { code: 'other_relationship', detail: '申报与漳州绿源环保科技有限公司存在关联（技术顾问），该单位涉及本案第三人“漳州绿源环保科技有限公司”' }
    ])
    expect(screening.excluded.find((e) => e.name === '作坊技术员')!.reasons).toEqual([{ code: 'interest', detail: '工作单位漳浦县某电镀作坊涉及本案被告（人）“黎某”' }])
    expect(screening.excluded.find((e) => e.name === '律所顾问')!.reasons).toEqual([
      { code: 'other_relationship', detail: '申报与福建某某律师事务所存在关联（兼职顾问），该单位的被告（人）“黎某”的辩护人“周律师”' }
    ])
  })

  it('served in the case as witness, appraiser, defender, agent or translator, in this case or another of the matter', async () => {
    const appeal = await otherCase('(2021)闽06刑终12号', courtCase.id, 'second_instance')
    await people.clerk.must('cases.update', {
      id: courtCase.id,
      revision: courtCase.revision,
      courtCase: {
        ...pondCase({ parties: courtCase.parties, sameMatterAs: appeal.id }),
        participants: [
          { role: 'witness', name: '证人甲', organisation: '' },
          { role: 'appraiser', name: '鉴定乙', organisation: '某司法鉴定所' },
          { role: 'translator', name: '翻译丙', organisation: '' }
        ]
      }
    })
    for (const name of ['证人甲', '鉴定乙', '翻译丙']) await addExpert(name)
    const own = await screen()
    expect(own.excluded.map((e) => [e.name, e.reasons])).toEqual([
      ['翻译丙', [{ code: 'prior_role', detail: '曾在本案中担任翻译人员' }]],
      ['鉴定乙', [{ code: 'prior_role', detail: '曾在本案中担任鉴定人' }]],
      ['证人甲', [{ code: 'prior_role', detail: '曾在本案中担任证人' }]]
    ])
    expect((await screen(appeal.id)).excluded.find((e) => e.name === '鉴定乙')!.reasons).toEqual([
      { code: 'prior_role', detail: '曾在（2020）闽0626刑初123号中担任鉴定人' }
    ])
    const refused = await people.clerk.call('cases.update', {
      id: courtCase.id,
      revision: courtCase.revision + 1,
      courtCase: { ...pondCase({ parties: courtCase.parties }), participants: [{ role: 'agent', name: '某代理', organisation: '' }, { role: 'witness', name: '某证人', organisation: '', partyPosition: 0 }] }
    })
    expect(refused.ok || refused.error.fieldErrors).toEqual({
      'courtCase.participants.0.partyPosition': '请选择其代理或辩护的当事人',
      'courtCase.participants.1.partyPosition': '证人、鉴定人和翻译人员不代理当事人'
    })
  })

  it('served in another trial stage of the matter, but not one who declined there, and not the original appeal after a remand', async () => {
    const served = await addExpert('前审专家')
    const declined = await addExpert('婉拒专家')
    const appeal = await otherCase('(2021)闽06刑终12号', courtCase.id, 'second_instance')
    await people.clerk.must('assignments.designate', { caseId: appeal.id, expertId: served.id, fieldId: fieldIds.water!, overrideReason: '', replacesAssignmentId: null })
    const refused = await people.clerk.must('assignments.designate', { caseId: appeal.id, expertId: declined.id, fieldId: fieldIds.water!, overrideReason: '', replacesAssignmentId: null })
    await people.clerk.must('assignments.decline', { id: refused.id, revision: 0, reason: '时间冲突' })
    const unrelated = await otherCase('(2021)闽0626刑初77号')
    expect((await screen(unrelated.id)).eligible.map((e) => e.name)).toEqual(['前审专家', '婉拒专家'])

    const screening = await screen()
    expect(screening.excluded.map((e) => [e.name, e.reasons])).toEqual([
      ['前审专家', [{ code: 'prior_stage', detail: '已在同一事项的（2021）闽06刑终12号（二审）案件中担任技术调查官' }]]
    ])
    expect(screening.eligible.map((e) => e.name)).toEqual(['婉拒专家'])
    // 法释〔2019〕2号 art. 5(2): remanded, rejudged, appealed again: the original appeal's investigator may serve in the new appeal.
    const secondAppeal = await otherCase('(2022)闽06刑终3号', courtCase.id, 'second_instance')
    expect((await screen(secondAppeal.id)).eligible.map((e) => e.name)).toContain('前审专家')
  })

  it('a conflict the clerk recorded from the expert\'s declaration, for this case only, with its ground', async () => {
    const expert = await addExpert('邻居专家')
    const input = { caseId: courtCase.id, expertId: expert.id, ground: 'other_relationship' as const, reason: '与被告人系邻居' }
    const forbidden = await people.investigator.call('assignments.markConflict', input)
    expect(forbidden.ok || forbidden.error.code).toBe('forbidden')
    const blank = await people.clerk.call('assignments.markConflict', { ...input, reason: ' ' })
    expect(blank.ok || blank.error.fieldErrors).toEqual({ reason: '请填写利害关系说明' })
    const marked = await people.clerk.must('assignments.markConflict', input)
    expect(marked).toMatchObject({ expertName: '邻居专家', ground: 'other_relationship', reason: '与被告人系邻居' })
    expect(await people.judge.must('assignments.conflicts', { caseId: courtCase.id })).toEqual([marked])
    expect((await screen()).excluded[0]!.reasons).toEqual([{ code: 'other_relationship', detail: '本人申报：与被告人系邻居' }])
    const elsewhere = await otherCase('(2021)闽0626刑初5号')
    expect((await screen(elsewhere.id)).eligible.map((e) => e.name)).toEqual(['邻居专家'])
  })

  it('compares names without regard to spaces, bracket widths or letter case', () => {
    const expert = { name: 'Li', organisation: 'X', affiliations: [{ organisation: '绿源（漳州）公司', relation: '股东' }], relatives: [] }
    const findings = recusalFindings(expert, {
      stage: 'first_instance',
      parties: [{ position: 0, name: ' li ', role: 'third_party', organisation: '绿源(漳州)公司' }],
      participants: [],
      servedInMatter: [],
      conflict: null
    })
    expect(findings.map((f) => f.code)).toEqual(['party', 'other_relationship'])
  })
})

describe('who decides recusal', () => {
  async function judgedCase() {
    const judgeId = people.judge.session.userId!
    return people.clerk.must('cases.update', { id: courtCase.id, revision: courtCase.revision, courtCase: { ...pondCase({ parties: courtCase.parties }), judgeId } })
  }

  it('the clerk proposes an override with a written reason; only the presiding judge decides it, with the reason kept', async () => {
    await judgedCase()
    const xu = await addExpert('许文涛', { affiliations: [{ organisation: '漳州绿源环保科技有限公司', relation: '技术顾问' }] })
    const input = { caseId: courtCase.id, expertId: xu.id, fieldId: fieldIds.water!, overrideReason: '  ', replacesAssignmentId: null }
    const refused = await people.clerk.call('assignments.designate', input)
    expect(refused.ok || refused.error).toMatchObject({ code: 'invalid_input', fieldErrors: { overrideReason: '仍要指派须填写书面理由' } })
    expect(await people.clerk.must('assignments.list', { caseId: courtCase.id })).toEqual([])

    const reason = '全省仅此一名重金属水质专家，顾问关系已于 2019 年终止'
    const proposed = await people.clerk.must('assignments.designate', { ...input, overrideReason: reason })
    expect(proposed).toMatchObject({ status: 'proposed', overrideReason: reason, overriddenFindings: [{ code: 'other_relationship' }], awaitingDecision: true })
    const matter = proposed.recusals[0]!
    expect(matter).toMatchObject({ kind: 'override', reason, decision: 'pending' })
    const early = await people.clerk.call('assignments.notify', { id: proposed.id, revision: 0 })
    expect(early.ok || early.error.message).toBe('该专家存在回避事由，须由审判长决定是否回避后，才能告知当事人')

    const decision = { id: matter.id, revision: 0, recused: false, reason: '顾问关系已终止五年，与本案无关' }
    for (const who of [people.clerk, people.admin, people.investigator]) {
      expect(((await who.call('assignments.decideRecusal', decision)) as { ok: false; error: { code: string } }).error.code).toBe('forbidden')
    }
    const otherJudge = await person(people.admin, 'judge2', '李法官', 'judge')
    const notPresiding = await otherJudge.call('assignments.decideRecusal', decision)
    expect(notPresiding.ok || notPresiding.error).toMatchObject({ code: 'forbidden', message: '回避由本案审判长（承办法官）决定' })
    const blank = await people.judge.call('assignments.decideRecusal', { ...decision, reason: '' })
    expect(blank.ok || blank.error.fieldErrors).toEqual({ reason: '请写明决定理由' })

    const decided = await people.judge.must('assignments.decideRecusal', decision)
    expect(decided.awaitingDecision).toBe(false)
    expect(decided.recusals[0]).toMatchObject({ decision: 'not_recused', decisionReason: decision.reason, decidedOn: '2026-03-02', decidedByName: '王法官' })
    const again = await people.judge.call('assignments.decideRecusal', { ...decision, revision: 1 })
    expect(again.ok || again.error.message).toBe('该回避事项已经决定')
    await people.clerk.must('assignments.notify', { id: proposed.id, revision: 0 })
    const audit = await core.db.selectFrom('auditEvent').select(['afterJson', 'actorId']).where('entityType', '=', 'recusal_matter').orderBy('seq').execute()
    expect(JSON.parse(audit.at(-1)!.afterJson!)).toMatchObject({ decision: 'not_recused', decision_reason: decision.reason })
  })

  it('a party\'s application is recorded by the clerk and decided by the presiding judge within 3 days; the investigator pauses meanwhile', async () => {
    await judgedCase()
    const expert = await addExpert('甲')
    const proposed = await people.clerk.must('assignments.designate', { caseId: courtCase.id, expertId: expert.id, fieldId: fieldIds.water!, overrideReason: '', replacesAssignmentId: null })
    await people.clerk.must('assignments.notify', { id: proposed.id, revision: 0 })
    const application = { assignmentId: proposed.id, applicant: '被告人黎某的辩护人周律师', reason: '该专家曾为本地环保部门出具过不利于被告的意见', receivedOn: '2026-03-02' }
    const future = await people.clerk.call('assignments.applyRecusal', { ...application, receivedOn: '2026-03-03' })
    expect(future.ok || future.error.fieldErrors).toEqual({ receivedOn: '不能晚于今天' })
    const applied = await people.clerk.must('assignments.applyRecusal', application)
    expect(applied.recusals[0]).toMatchObject({ kind: 'application', applicant: application.applicant, decideBy: '2026-03-05', decision: 'pending' })
    const paused = await people.clerk.call('assignments.activate', { id: proposed.id, revision: 1 })
    expect(paused.ok || paused.error.message).toBe('回避事项尚待审判长决定；决定作出前，技术调查官暂停参与本案工作')

    const recused = await people.judge.must('assignments.decideRecusal', { id: applied.recusals[0]!.id, revision: 0, recused: true, reason: '申请理由成立' })
    expect(recused).toMatchObject({ status: 'recused', statusReason: '申请理由成立', awaitingDecision: false })
  })

  it('recusing an assignment directly is the presiding judge\'s, not the clerk\'s; a case without a judge says so', async () => {
    const expert = await addExpert('甲')
    const proposed = await people.clerk.must('assignments.designate', { caseId: courtCase.id, expertId: expert.id, fieldId: fieldIds.water!, overrideReason: '', replacesAssignmentId: null })
    const clerk = await people.clerk.call('assignments.recuse', { id: proposed.id, revision: 0, reason: '本人申请回避' })
    expect(clerk.ok || clerk.error.code).toBe('forbidden')
    const noJudge = await people.judge.call('assignments.recuse', { id: proposed.id, revision: 0, reason: '本人申请回避' })
    expect(noJudge.ok || noJudge.error.message).toBe('（2020）闽0626刑初123号 尚未确定承办法官；回避由审判长决定，请先登记承办法官')
    await judgedCase()
    expect(await people.judge.must('assignments.recuse', { id: proposed.id, revision: 0, reason: '本人申请回避' })).toMatchObject({ status: 'recused' })
  })
})

describe('designation', () => {
  it('never assigns a suspended expert, an expert twice, or outside the chosen field, reason or not', async () => {
    const expert = await addExpert('甲')
    const input = { caseId: courtCase.id, expertId: expert.id, fieldId: fieldIds.water!, overrideReason: '理由', replacesAssignmentId: null }
    await people.clerk.must('assignments.designate', input)
    const twice = await people.clerk.call('assignments.designate', input)
    expect(twice.ok || twice.error).toMatchObject({ code: 'conflict', message: '不能指派该专家：已指派至本案' })
    const outside = await people.clerk.call('assignments.designate', { ...input, fieldId: fieldIds.soil! })
    expect(outside.ok || outside.error.fieldErrors).toEqual({ expertId: '该专家不具备所选专业领域' })
    const judge = await people.judge.call('assignments.designate', input)
    expect(judge.ok || judge.error.code).toBe('forbidden')
  })
})

describe('the random draw', () => {
  it('draws from the eligible pool, stores pool, seed, version and outcome, and replays to the same experts', async () => {
    for (const name of ['甲', '乙', '丙', '丁', '戊']) await addExpert(name)
    await addExpert('许文涛', { affiliations: [{ organisation: '漳州绿源环保科技有限公司', relation: '技术顾问' }] })
    const { draw, assignments } = await people.clerk.must('draws.create', { password: testPassword,
      caseId: courtCase.id,
      fieldIds: [fieldIds.water!],
      count: 2,
      balanced: false,
      replacesAssignmentId: null
    })
    expect(draw).toMatchObject({ count: 2, balanced: false, algorithmVersion: 'sha256-rank/1', drawnByName: '陈书记员' })
    expect(draw.seed).toMatch(/^[0-9a-f]{32}$/)
    expect(draw.eligible.map((e) => e.name).sort()).toEqual(['丁', '丙', '乙', '戊', '甲'].sort())
    expect(draw.excluded.map((e) => [e.name, e.reasons[0]!.code])).toEqual([['许文涛', 'other_relationship']])
    expect(assignments.map((a) => a.expertId)).toEqual(draw.outcome)
    expect(assignments.every((a) => a.method === 'draw' && a.drawId === draw.id && a.drawSeed === draw.seed && a.status === 'proposed')).toBe(true)

    const expected = [...draw.eligible].sort((a, b) => (drawKey(draw.seed, a.expertId) < drawKey(draw.seed, b.expertId) ? -1 : 1)).slice(0, 2)
    expect(draw.outcome).toEqual(expected.map((e) => e.expertId))
    const replay = await people.judge.must('draws.replay', { id: draw.id })
    expect(replay).toMatchObject({ matches: true, replayed: draw.outcome, stored: draw.outcome })

    await core.db.updateTable('expertDraw').set({ seed: '0'.repeat(32) }).where('id', '=', draw.id).execute()
    const tampered = await people.judge.must('draws.replay', { id: draw.id })
    const sameByChance = tampered.replayed.join() === draw.outcome.join()
    expect(tampered.matches).toBe(sameByChance)
    expect(drawExperts(draw.eligible, { ...draw, seed: '0'.repeat(32) })).toEqual(tampered.replayed)
  })

  it('a balanced draw prefers experts with fewer open cases and is recorded as balanced', async () => {
    const busy = await addExpert('忙碌')
    await addExpert('空闲一')
    await addExpert('空闲二')
    const elsewhere = await otherCase('(2021)闽0626刑初5号')
    await people.clerk.must('assignments.designate', { caseId: elsewhere.id, expertId: busy.id, fieldId: fieldIds.water!, overrideReason: '', replacesAssignmentId: null })
    const { draw, assignments } = await people.clerk.must('draws.create', { password: testPassword, caseId: courtCase.id, fieldIds: [fieldIds.water!], count: 2, balanced: true, replacesAssignmentId: null })
    expect(draw.balanced).toBe(true)
    expect(assignments.map((a) => a.expertName).sort()).toEqual(['空闲一', '空闲二'])
    expect(draw.eligible.find((e) => e.name === '忙碌')!.activeCases).toBe(1)
    expect((await people.clerk.must('draws.replay', { id: draw.id })).matches).toBe(true)
  })

  it('draws N of exactly N eligible only once the clerk accepts that it is not random, and says so on the draw', async () => {
    await addExpert('甲')
    await addExpert('乙')
    const input = { caseId: courtCase.id, fieldIds: [fieldIds.water!], count: 2, balanced: false, replacesAssignmentId: null }
    const refused = await people.clerk.call('draws.create', { ...input, password: testPassword })
    expect(refused.ok || refused.error).toMatchObject({ code: 'invalid_input', fieldErrors: { acceptNotRandom: '请确认本次抽取并非随机' } })
    expect(await core.db.selectFrom('expertDraw').select('id').execute()).toEqual([])
    const { draw } = await people.clerk.must('draws.create', { password: testPassword, ...input, acceptNotRandom: true })
    expect(draw.notRandom).toBe(true)
    await addExpert('丙')
    await addExpert('丁')
    const random = await people.clerk.must('draws.create', { password: testPassword, ...input, count: 1 })
    expect(random.draw.notRandom).toBe(false)
  })

  it('refuses to draw more experts than are eligible, and writes nothing', async () => {
    await addExpert('甲')
    const reply = await people.clerk.call('draws.create', { password: testPassword, caseId: courtCase.id, fieldIds: [fieldIds.water!], count: 2, balanced: false, replacesAssignmentId: null })
    expect(reply.ok || reply.error).toMatchObject({ code: 'conflict', message: '符合条件的专家只有 1 人，不足 2 人，未抽取' })
    expect(await core.db.selectFrom('expertDraw').select('id').execute()).toEqual([])
    const investigator = await people.investigator.call('draws.create', { password: testPassword, caseId: courtCase.id, fieldIds: [fieldIds.water!], count: 1, balanced: false, replacesAssignmentId: null })
    expect(investigator.ok || investigator.error.code).toBe('forbidden')
  })
})

describe('the assignment lifecycle', () => {
  it('proposed → notified (3-day notice due) → active → completed, each step once', async () => {
    const expert = await addExpert('甲')
    const proposed = await people.clerk.must('assignments.designate', { caseId: courtCase.id, expertId: expert.id, fieldId: fieldIds.water!, overrideReason: '', replacesAssignmentId: null })
    const early = await people.clerk.call('assignments.activate', { id: proposed.id, revision: 0 })
    expect(early.ok || early.error.message).toBe('尚未告知当事人技术调查官的确定及其申请回避的权利，指派不能生效')
    expect(proposed).toMatchObject({ noticeDueOn: '2026-03-05', noticeDuty: 'due' })
    const notified = await people.clerk.must('assignments.notify', { id: proposed.id, revision: 0 })
    expect(notified).toMatchObject({ status: 'notified', notifiedOn: '2026-03-02', noticeDueOn: '2026-03-05', noticeDuty: 'done' })
    const active = await people.clerk.must('assignments.activate', { id: proposed.id, revision: 1 })
    expect(active).toMatchObject({ status: 'active', activatedOn: '2026-03-02' })
    const stale = await people.clerk.call('assignments.complete', { id: proposed.id, revision: 1 })
    expect(stale.ok || stale.error.code).toBe('conflict')
    const done = await people.clerk.must('assignments.complete', { id: proposed.id, revision: 2 })
    expect(done).toMatchObject({ status: 'completed', completedOn: '2026-03-02' })
    const events = await core.db.selectFrom('auditEvent').select('channel').where('entityId', '=', proposed.id).orderBy('seq').execute()
    expect(events.map((e) => e.channel)).toEqual(['assignments.designate', 'assignments.notify', 'assignments.activate', 'assignments.complete'])
  })

  it('a declined expert is replaced by a new draw that keeps the history; the workload counts open assignments', async () => {
    for (const name of ['甲', '乙', '丙']) await addExpert(name)
    const first = await people.clerk.must('draws.create', { password: testPassword, caseId: courtCase.id, fieldIds: [fieldIds.water!], count: 1, balanced: false, replacesAssignmentId: null })
    const gone = first.assignments[0]!
    const early = await people.clerk.call('draws.create', { password: testPassword, caseId: courtCase.id, fieldIds: [fieldIds.water!], count: 1, balanced: false, replacesAssignmentId: gone.id })
    expect(early.ok || early.error.message).toBe('只能替换已拒绝或已回避的指派')
    const blank = await people.clerk.call('assignments.decline', { id: gone.id, revision: 0, reason: '' })
    expect(blank.ok || blank.error.fieldErrors).toEqual({ reason: '请填写原因' })
    await people.clerk.must('assignments.decline', { id: gone.id, revision: 0, reason: '本人患病，无法到场' })

    const second = await people.clerk.must('draws.create', { password: testPassword, caseId: courtCase.id, fieldIds: [fieldIds.water!], count: 1, balanced: false, replacesAssignmentId: gone.id })
    expect(second.draw.replacesAssignmentId).toBe(gone.id)
    expect(second.assignments[0]).toMatchObject({ replacesAssignmentId: gone.id })
    expect(second.draw.eligible.map((e) => e.expertId)).toContain(gone.expertId)
    const again = await people.clerk.call('draws.create', { password: testPassword, caseId: courtCase.id, fieldIds: [fieldIds.water!], count: 1, balanced: false, replacesAssignmentId: gone.id })
    expect(again.ok || again.error.message).toBe('该指派已有替换人选')

    const history = await people.clerk.must('assignments.list', { caseId: courtCase.id })
    expect(history.map((a) => [a.status, a.statusReason])).toEqual([
      ['declined', '本人患病，无法到场'],
      ['proposed', '']
    ])
    const load = await people.judge.must('assignments.workload', {})
    expect(load.fields).toEqual([{ fieldId: fieldIds.water, active: 1 }])
    expect(load.experts[0]).toMatchObject({ expertId: second.assignments[0]!.expertId, active: 1 })
    expect(load.experts.filter((e) => e.active > 0)).toHaveLength(1)
  })

  it('tracks the duty to notify the parties within 3 days of the determination: due, overdue on the dashboard, done', async () => {
    const expert = await addExpert('甲')
    const proposed = await people.clerk.must('assignments.designate', { caseId: courtCase.id, expertId: expert.id, fieldId: fieldIds.water!, overrideReason: '', replacesAssignmentId: null })
    expect(noticeDueOn('2026-03-01T16:30:00.000Z')).toBe('2026-03-05')
    expect(noticeDuty(proposed, '2026-03-05')).toBe('due')
    expect(noticeDuty(proposed, '2026-03-06')).toBe('overdue')
    expect(noticeDuty({ ...proposed, status: 'declined' }, '2026-03-06')).toBe('not_owed')
    expect(await overdueNotices(core.db, '2026-03-05')).toEqual([])
    expect(await overdueNotices(core.db, '2026-03-06')).toEqual([
      { assignmentId: proposed.id, caseId: courtCase.id, caseNumber: courtCase.caseNumber, expertName: '甲', noticeDueOn: '2026-03-05' }
    ])
    expect((await people.judge.must('orders.dashboard', { dueSoonDays: 14 })).overdueNotices).toEqual([])
    const notified = await people.clerk.must('assignments.notify', { id: proposed.id, revision: 0 })
    expect(noticeDuty(notified, '2026-03-09')).toBe('done')
    expect(await overdueNotices(core.db, '2026-03-09')).toEqual([])
  })

  it('finds an expert\'s open assignments and a case\'s assignments through the indexes', () => {
    const plan = (text: string) => (core.sqlite.prepare(`explain query plan ${text}`).all('x') as { detail: string }[]).map((r) => r.detail).join('\n')
    expect(plan(`select * from assignment where case_id = ? order by created_at`)).toMatch(/USING INDEX assignment_case/)
    expect(plan(`select count(*) from assignment where expert_id = ? and status in ('proposed','notified','active')`)).toMatch(/assignment_expert_status/)
  })
})

describe('migration 0010-recusal-grounds', () => {
  it('keeps the conflicts recorded before as declarations of an interest, and refuses unknown relations and participant roles', async () => {
    const sqlite = new BetterSqlite3(':memory:')
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
    const names = Object.keys(migrations)
    const name = names.find((n) => n.endsWith('-recusal-grounds'))!
    for (const earlier of names.slice(0, names.indexOf(name))) await migrations[earlier]!.up(db)
    const insert = (table: string, row: Record<string, unknown>) =>
      sqlite.prepare(`insert into ${table} (${Object.keys(row).join(',')}) values (${Object.keys(row).map(() => '?').join(',')})`).run(...Object.values(row))
    const stamp = { created_at: 't', updated_at: 't', updated_by: 'u', revision: 0 }
    insert('court_case', { id: 'c1', case_number: '（2020）闽0626刑初123号', year: 2020, type: 'criminal', stage: 'first_instance', cause: '', court: '', status: 'registered', filed_on: '2020-05-11', hearing_on: '', judged_on: '', closed_on: '', matter_id: 'c1', notes: '', ...stamp })
    insert('expert', { id: 'e1', name: '甲', organisation: '', title: '', phone: '', email: '', term_start: '2020-01-01', term_end: '2030-01-01', status: 'active', status_reason: '', max_concurrent_cases: 3, notes: '', ...stamp })
    insert('case_conflict', { id: 'k1', case_id: 'c1', expert_id: 'e1', reason: '邻居', ...stamp })
    await migrations[name]!.up(db)
    expect(sqlite.prepare('select ground, reason from case_conflict').get()).toEqual({ ground: 'interest', reason: '邻居' })
    expect(() => insert('expert_relative', { expert_id: 'e1', position: 0, name: '乙', relation: 'cousin' })).toThrow(/CHECK/)
    expect(() => insert('case_participant', { case_id: 'c1', position: 0, role: 'judge', name: '丙', organisation: '', party_position: null })).toThrow(/CHECK/)
    insert('case_participant', { case_id: 'c1', position: 0, role: 'agent', name: '丙', organisation: '', party_position: 0 })
    await db.destroy()
  })
})
