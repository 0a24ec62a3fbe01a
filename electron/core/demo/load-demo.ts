import { AppError } from '../../shared/errors'
import type { Role } from '../../shared/roles'
import type { Core } from '../core'
import { dispatch } from '../handler-table'
import type { Channel } from '../../shared/channels'
import type { InputOf, ReplyOf } from '../../shared/contract'
import { findUserByUsername } from '../users/user.repository'
import { demoExperts } from './demo-experts'

/** The people of the demo court, who make every demo record through the ordinary channels. */
const demoStaff: { username: string; displayName: string; role: Role }[] = [
  { username: 'chen.clerk', displayName: '陈晓雯', role: 'clerk' },
  { username: 'lin.investigator', displayName: '林永华', role: 'investigator' },
  { username: 'chen.investigator', displayName: '陈静怡', role: 'investigator' },
  { username: 'wang.judge', displayName: '王建明', role: 'judge' }
]

async function as(core: Core, username: string) {
  const user = await findUserByUsername(core.db, username)
  if (!user) throw new Error(`demo user ${username} missing`)
  const session = { userId: user.id }
  return async <C extends Channel>(channel: C, input: InputOf<C>): Promise<ReplyOf<C>> => {
    const reply = await dispatch(core, session, channel, input)
    if (!reply.ok) throw new Error(`demo ${channel}: ${reply.error.message}`)
    return reply.value as ReplyOf<C>
  }
}

/**
 * Fills an empty data folder with the demo data set: a fictionalised version
 * of the Zhangzhou pond case and a pool of experts over the 11 fields. Every
 * record goes through the handler table, so the audit chain covers it.
 */
export async function loadDemo(core: Core): Promise<{ experts: number; users: number; cases: number }> {
  const existing = await core.db.selectFrom('expert').select('id').limit(1).executeTakeFirst()
  if (existing) throw new AppError('conflict', '数据文件夹中已有数据，演示数据只能载入空的数据文件夹')

  const admin = await as(core, 'admin')
  for (const person of demoStaff) await admin('users.create', person)

  const clerk = await as(core, 'chen.clerk')
  const fields = await clerk('fields.list', {})
  const fieldId = (code: string) => {
    const field = fields.find((f) => f.code === code)
    if (!field) throw new Error(`demo field ${code} missing`)
    return field.id
  }
  const experts: Record<string, string> = {}
  for (const [i, e] of demoExperts.entries()) {
    const created = await clerk('experts.create', {
      name: e.name,
      organisation: e.organisation,
      title: e.title,
      fieldIds: e.fields.map(fieldId),
      primaryFieldId: fieldId(e.fields[0]!),
      phone: `0596-${(2_100_000 + i * 137).toString()}`,
      email: '',
      termStart: '2025-01-01',
      termEnd: i % 9 === 8 ? '2026-06-30' : '2027-12-31',
      maxConcurrentCases: 3,
      affiliations: e.affiliations ?? [],
      notes: ''
    })
    experts[created.name] = created.id
  }
  // The two demo investigators act as the experts of the pool the pond case is assigned to.
  const users = await admin('users.list', {})
  for (const [username, expert] of [['lin.investigator', '林永华'], ['chen.investigator', '陈静怡']] as const) {
    await admin('users.linkExpert', { userId: users.find((u) => u.username === username)!.id, expertId: experts[expert]! })
  }
  const cases = await loadDemoCases(clerk, fieldId, experts)
  await loadDemoOpinion(await as(core, 'lin.investigator'), cases.pondCaseId)
  return { experts: demoExperts.length, users: demoStaff.length, cases: cases.count }
}

type DemoCaller = Awaited<ReturnType<typeof as>>

/**
 * The pond case: a criminal case against a workshop owner who drained
 * untreated plating wastewater into a pond, and the civil public-interest
 * case of the same matter. Two investigators are designated to the criminal
 * case and the parties notified; the court and the places are invented.
 */
async function loadDemoCases(
  clerk: DemoCaller,
  fieldId: (code: string) => string,
  experts: Record<string, string>
): Promise<{ count: number; pondCaseId: string }> {
  const users = await clerk('users.list', {})
  const userId = (username: string) => users.find((u) => u.username === username)!.id
  const court = '福建省漳滨县人民法院'
  const procuratorate = { name: '漳滨县人民检察院', role: 'procuratorate' as const, organisation: '' }
  const defendant = { name: '黎某', role: 'defendant' as const, organisation: '漳滨县某电镀作坊' }
  const common = { court, judgeId: userId('wang.judge'), clerkId: userId('chen.clerk'), judgedOn: '', closedOn: '' }

  const criminal = await clerk('cases.create', {
    ...common,
    caseNumber: '（2020）闽0626刑初123号',
    type: 'criminal',
    stage: 'first_instance',
    cause: '污染环境罪',
    filedOn: '2020-05-11',
    hearingOn: '2020-07-15',
    sameMatterAs: null,
    parties: [defendant, procuratorate],
    notes: '检察机关一并提起刑事附带民事公益诉讼。黎某经营的电镀作坊将未经处理的废水排入作坊旁池塘。'
  })
  await clerk('sites.create', {
    caseId: criminal.id,
    site: {
      name: '黎某作坊旁池塘',
      address: '福建省漳州市漳滨县某镇某村',
      latitude: 24.1186,
      longitude: 117.6112,
      accuracyM: 4.5,
      waterbody: 'lake',
      notes: '面积约 1.2 亩，池塘东侧为作坊排水口。'
    }
  })
  await clerk('cases.setStatus', { id: criminal.id, revision: 0, status: 'in_trial' })

  await clerk('cases.create', {
    ...common,
    caseNumber: '（2020）闽0626民初456号',
    type: 'public_interest',
    stage: 'first_instance',
    cause: '环境污染民事公益诉讼',
    filedOn: '2020-06-02',
    hearingOn: '',
    sameMatterAs: criminal.id,
    parties: [
      { ...procuratorate, role: 'plaintiff' },
      defendant,
      { name: '漳州绿源环保科技有限公司', role: 'third_party', organisation: '' }
    ],
    notes: '第三人曾受托处置该作坊部分废水。'
  })

  for (const [name, field] of [['林永华', 'forestry'], ['陈静怡', 'water']] as const) {
    const proposed = await clerk('assignments.designate', {
      caseId: criminal.id,
      expertId: experts[name]!,
      fieldId: fieldId(field),
      overrideReason: '',
      replacesAssignmentId: null
    })
    const notified = await clerk('assignments.notify', { id: proposed.id, revision: proposed.revision })
    await clerk('assignments.activate', { id: notified.id, revision: notified.revision })
  }
  return { count: 2, pondCaseId: criminal.id }
}

/**
 * A draft technical investigation opinion on the pond case, written by 林永华:
 * the court's two questions, a virtual-cost estimate of 99,000.00 元
 * (4,000 m³ × 5.50 元/m³ × 4.5, the minimum verified class III multiplier)
 * whose figures are marked as demo judgement, and two restoration options with
 * aquatic-plant purification recommended. Left unsigned, so the demo can sign it.
 */
async function loadDemoOpinion(lin: DemoCaller, caseId: string): Promise<void> {
  const judged = (value: string, reference: string, note: string) => ({ low: value, high: value, source: { kind: 'judgement' as const, reference, note } })
  const estimate = await lin('estimates.create', {
    caseId,
    estimate: {
      kind: 'virtual_cost',
      input: {
        quantity: { ...judged('4000', '演示数据：现场勘查与作坊用水记录', '演示用研判数值：按作坊日排水量与排放天数推算'), unit: 'm3' },
        unitCostYuan: judged('5.50', '演示数据：县域污水处理单位成本', '演示用研判数值，非真实价格'),
        method: {
          version: 'recommended-2014',
          functionClass: 'III',
          multiplier: judged('4.5', '《环境损害鉴定评估推荐方法（第Ⅱ版）》', '演示用研判数值：III 类水体取 4.5–6 倍中的下限')
        }
      }
    }
  })
  const draft = await lin('opinions.create', { caseId })
  await lin('opinions.update', {
    id: draft.id,
    revision: draft.revision,
    content: {
      questions: [
        { text: '黎某排放电镀废水造成池塘水体生态环境损害的数额是多少？' },
        { text: '池塘水体应如何修复，修复费用及期限如何？' }
      ],
      findings:
        '经现场勘查，池塘面积约 1.2 亩，东侧为作坊排水口。县环境监测站在调查官监督下采集的水样显示，化学需氧量、氨氮、总磷超过 GB 3838-2002 III 类标准限值。',
      virtualEstimateId: estimate.id,
      actualEstimateId: null,
      options: [
        {
          method: '水生植物净化：种植沉水及挺水植物，辅以生态浮床',
          expectedResult: '12 个月内池塘水质达到 GB 3838-2002 IV 类（化学需氧量、氨氮、总磷）',
          costFen: 9_900_000,
          durationDays: 365,
          recommended: true
        },
        {
          method: '抽排池水并清淤后换水',
          expectedResult: '3 个月内水质达到 IV 类，但底栖生态需较长时间恢复',
          costFen: 26_000_000,
          durationDays: 90,
          recommended: false
        }
      ],
      statement: draft.statement
    }
  })
}
