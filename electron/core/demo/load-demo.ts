import { AppError } from '../../shared/errors'
import type { Role } from '../../shared/roles'
import type { Core } from '../core'
import { dispatch } from '../handler-table'
import type { Channel } from '../../shared/channels'
import type { InputOf, ReplyOf } from '../../shared/contract'
import { anyCredential } from '../users/credential.repository'
import { openSession } from '../users/open-session'
import { newSession } from '../call'
import { demoExperts } from './demo-experts'
import { loadDemoOrder } from './demo-order'
import { demoPassword } from './demo-password'

/** The people of the demo court, who make every demo record through the ordinary channels. */
const demoStaff: { username: string; displayName: string; role: Role }[] = [
  { username: 'chen.clerk', displayName: '陈晓雯', role: 'clerk' },
  { username: 'lin.investigator', displayName: '林永华', role: 'investigator' },
  { username: 'chen.investigator', displayName: '陈静怡', role: 'investigator' },
  { username: 'wang.judge', displayName: '王建明', role: 'judge' }
]

export { demoPassword }

/** Signs in as a demo user with the demo password, through `session.signIn` like any client. */
async function as(core: Core, username: string) {
  const session = await openSession(core, 'internal', username, demoPassword)
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
  if (existing) throw new AppError('conflict', 'demo_needs_empty_folder')

  if (await anyCredential(core.db)) throw new AppError('conflict', 'demo_needs_new_folder')
  const setup = await dispatch(core, newSession('internal'), 'session.setup', { username: 'admin', displayName: '系统管理员', password: demoPassword })
  if (!setup.ok) throw new Error(`demo session.setup: ${setup.error.message}`)
  const admin = await as(core, 'admin')
  // Created with a first password as an administrator would, then each demo user chooses the demo password, as at a first sign-in.
  const firstPassword = `${demoPassword}-first`
  for (const person of demoStaff) {
    await admin('users.create', { ...person, password: firstPassword })
    const session = await openSession(core, 'internal', person.username, firstPassword)
    const changed = await dispatch(core, session, 'session.changePassword', { currentPassword: firstPassword, newPassword: demoPassword })
    if (!changed.ok) throw new Error(`demo session.changePassword: ${changed.error.message}`)
  }
  // The demo court's particulars, as its administrator enters them once for every print and export.
  await admin('court.update', {
    fullName: '福建省漳滨县人民法院',
    shortName: '漳滨法院',
    tribunal: '环境资源审判庭',
    address: '福建省漳滨县滨江路 88 号',
    phone: '0596-2101234',
    sealPosition: 'over_date',
    revision: null
  })

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
    // Each confirms the link with their own password, as the app asks them to at their next sign-in.
    await (await as(core, username))('users.confirmExpertLink', { password: demoPassword })
  }
  const cases = await loadDemoCases(clerk, fieldId, experts, await as(core, 'lin.investigator'))
  await loadDemoOrder(core, await as(core, 'wang.judge'), await as(core, 'lin.investigator'))
  await loadDemoOpinion(await as(core, 'lin.investigator'), cases.pondCaseId)
  return { experts: demoExperts.length, users: demoStaff.length, cases: cases.count }
}

/** Calls channels as one demo user, failing loudly on any refusal. */
export type DemoCaller = Awaited<ReturnType<typeof as>>

/**
 * The pond case: a criminal case against a workshop owner who drained
 * untreated plating wastewater into a pond, and the civil public-interest
 * case of the same matter. Two investigators are designated to the criminal
 * case and the parties notified; the court and the places are invented.
 */
async function loadDemoCases(
  clerk: DemoCaller,
  fieldId: (code: string) => string,
  experts: Record<string, string>,
  investigator: DemoCaller
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
  const pond = await clerk('sites.create', {
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
  await loadDemoSampling(investigator, criminal.id, pond.id)
  return { count: 2, pondCaseId: criminal.id }
}

/**
 * A draft technical investigation opinion on the pond case, written by 林永华:
 * the court's two questions, the sampling visit of 12 May 2020 and its two
 * samples relied on, a virtual-cost estimate of 99,000.00 元
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
  // The opinion relies on the first visit, before restoration, and its samples other than the duplicate.
  const evidence = await lin('opinions.evidence', { caseId })
  const firstVisit = evidence.visits.at(-1)!
  const samples = evidence.samples.filter((s) => s.visitId === firstVisit.visitId && s.qcType === 'normal')
  const draft = await lin('opinions.create', { caseId })
  await lin('opinions.update', {
    id: draft.id,
    revision: draft.revision,
    content: {
      questions: [
        { text: '黎某排放电镀废水造成池塘水体生态环境损害的数额是多少？' },
        { text: '池塘水体应如何修复，修复费用及期限如何？' }
      ],
      visitIds: [firstVisit.visitId],
      sampleIds: samples.map((s) => s.sampleId),
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

const DEMO_NOTE = '演示数据（虚构）'
const STATION = '漳滨县环境监测站'

/**
 * The pond's field notebook: the county station's sampling of 12 May 2020,
 * supervised by both investigators, showing the pond at 劣V (lake column of
 * GB 3838-2002: NH3-N and TP decide), and two samplings after the
 * aquatic-plant purification meeting class IV, 33 days apart. Invented,
 * plausible figures; results go through the CSV import like a lab's file.
 */
async function loadDemoSampling(investigator: DemoCaller, caseId: string, siteId: string): Promise<void> {
  const csvRows: string[] = []
  const sample = async (
    visitId: string,
    sampledAt: string,
    extra: { qcType?: 'normal' | 'duplicate'; duplicateOfId?: string; seal: string; depthM: number; field: [number, number, number, number, number, number, string] },
    results: [number, number, number],
    analysedAt: string,
    report: string
  ) => {
    const [waterTemperatureC, ph, dissolvedOxygenMgL, conductivityUsCm, turbidityNtu, transparencyCm, appearance] = extra.field
    const created = await investigator('samples.create', {
      caseId,
      visitId,
      siteId,
      matrix: 'surface_water',
      sampledAt,
      depthM: extra.depthM,
      sampler: '郑海波',
      samplerOrganisation: STATION,
      supervisingInvestigator: '林永华、陈静怡',
      container: '聚乙烯瓶',
      volumeMl: 1000,
      preservative: 'H2SO4 酸化至 pH≤2，4 ℃ 冷藏',
      qcType: extra.qcType ?? 'normal',
      duplicateOfId: extra.duplicateOfId ?? null,
      sealNumber: extra.seal,
      landUse: null,
      fieldMeasurements: { waterTemperatureC, ph, dissolvedOxygenMgL, conductivityUsCm, turbidityNtu, transparencyCm, appearance },
      photoSha256: []
    })
    const handedOver = new Date(Date.parse(sampledAt) + 5 * 3_600_000).toISOString()
    await investigator('custody.record', {
      password: demoPassword,
      sampleId: created.id,
      relinquishedBy: '郑海波',
      receivedBy: `${STATION}实验室`,
      receiverKind: 'lab',
      at: handedOver,
      place: `${STATION}样品室`,
      condition: `冷藏箱运输，${DEMO_NOTE}`,
      temperatureC: 4,
      sealIntact: true
    })
    const [cod, nh3n, tp] = results
    csvRows.push(
      `${created.code},cod,${cod},,mg/L,4,HJ 828-2017,${STATION},${report},${analysedAt}`,
      `${created.code},nh3_n,${nh3n},,mg/L,0.025,HJ 535-2009,${STATION},${report},${analysedAt}`,
      `${created.code},tp,${tp},,mg/L,0.01,GB 11893-89,${STATION},${report},${analysedAt}`
    )
    return created
  }

  const before = await investigator('visits.create', {
    caseId,
    visitDate: '2020-05-12',
    peoplePresent: ['林永华（技术调查官）', '陈静怡（技术调查官）', `郑海波（${STATION}）`, `吴丽（${STATION}）`],
    weather: '多云，28 ℃，东南风 2 级',
    notes: `池塘东侧排水口附近水色灰绿、有异味；监测站按技术调查官指定点位采样。${DEMO_NOTE}`
  })
  const east = await sample(before.id, '2020-05-12T02:30:00.000Z', { seal: 'ZB-0512-01', depthM: 0.5, field: [26.4, 6.8, 3.1, 860, 42, 18, '灰绿色，有异味'] }, [38, 2.6, 0.46], '2020-05-13 10:00', 'ZBJC-2020-0512')
  await sample(before.id, '2020-05-12T02:55:00.000Z', { seal: 'ZB-0512-02', depthM: 0.5, field: [26.1, 7.0, 3.6, 790, 35, 22, '灰绿色，微臭'] }, [34, 2.2, 0.38], '2020-05-13 10:00', 'ZBJC-2020-0512')
  await sample(
    before.id,
    '2020-05-12T02:35:00.000Z',
    { qcType: 'duplicate', duplicateOfId: east.id, seal: 'ZB-0512-03', depthM: 0.5, field: [26.4, 6.8, 3.1, 860, 42, 18, '灰绿色，有异味'] },
    [37, 2.5, 0.45],
    '2020-05-13 10:00',
    'ZBJC-2020-0512'
  )

  for (const [day, at, values, seal] of [
    ['2020-11-20', '2020-11-20T02:00:00.000Z', [26, 1.2, 0.08], 'ZB-1120-01'],
    ['2020-12-23', '2020-12-23T02:00:00.000Z', [24, 1.1, 0.07], 'ZB-1223-01']
  ] as const) {
    const visit = await investigator('visits.create', {
      caseId,
      visitDate: day,
      peoplePresent: ['林永华（技术调查官）', `郑海波（${STATION}）`],
      weather: '晴',
      notes: `水生植物净化工程完成后的复测。${DEMO_NOTE}`
    })
    const analysed = `${day.slice(0, 8)}${String(Number(day.slice(8)) + 1).padStart(2, '0')} 10:00`
    await sample(visit.id, at, { seal, depthM: 0.5, field: [day.startsWith('2020-11') ? 17.2 : 12.8, 7.4, 6.2, 410, 8, 65, '清澈，无异味'] }, [...values], analysed, `ZBJC-${day}`)
  }

  const csv = ['sample_code,parameter,value,qualifier,unit,detection_limit,method,lab,report_number,analysed_at', ...csvRows].join('\n')
  const report = await investigator('labResults.import', { fileName: '演示检测结果.csv', contentBase64: Buffer.from(csv, 'utf8').toString('base64') })
  if (report.errors.length > 0) throw new Error(`demo results: ${JSON.stringify(report.errors)}`)
}
