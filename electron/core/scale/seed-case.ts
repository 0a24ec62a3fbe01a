import { matrixCodes, type Matrix } from '../../shared/sampling'
import type { BulkActor, BulkWriter } from './bulk-writer'
import { anonymisedParty, companyName, monitoringStation, siteName, village, WEATHER, type CaseKindSpec, type Court, type SeededRandom } from './scale-names'

export interface Person {
  id: string
  name: string
}

/** What every seeded case draws on. */
export interface CaseContext {
  writer: BulkWriter
  random: SeededRandom
  newId: () => string
  judges: Person[]
  clerks: Person[]
  investigators: Person[]
  experts: { id: string; name: string; fieldId: string }[]
  orderTypes: { id: string; code: string }[]
  /** The last day of the simulated period (YYYY-MM-DD). */
  today: string
  /** Next case sequence by year, court and type word; next order number by year and court. */
  sequence: Map<string, number>
}

export interface CaseSpec {
  index: number
  filedAt: number
  court: Court
  kind: CaseKindSpec
  /** Samples of a heavy case, or 0 for the ordinary spread. */
  heavy: number
  withOrder: boolean
}

const day = 86_400_000

/** Parameters a county station reports, by matrix kind (keys of GB 3838-2002 and GB 15618-2018). */
const WATER_TESTS = [
  { key: 'cod', unit: 'mg/L', method: 'HJ 828-2017', limit: 4, typical: 25 },
  { key: 'nh3_n', unit: 'mg/L', method: 'HJ 535-2009', limit: 0.025, typical: 1.2 },
  { key: 'tp', unit: 'mg/L', method: 'GB 11893-1989', limit: 0.01, typical: 0.25 },
  { key: 'tn', unit: 'mg/L', method: 'HJ 636-2012', limit: 0.05, typical: 1.6 },
  { key: 'cd', unit: 'mg/L', method: 'GB 7475-1987', limit: 0.001, typical: 0.004 }
]
const SOIL_TESTS = [
  { key: 'cd', unit: 'mg/kg', method: 'GB/T 17141-1997', limit: 0.01, typical: 0.5 },
  { key: 'pb', unit: 'mg/kg', method: 'HJ 491-2019', limit: 10, typical: 90 },
  { key: 'as', unit: 'mg/kg', method: 'HJ 680-2013', limit: 0.01, typical: 25 },
  { key: 'hg', unit: 'mg/kg', method: 'HJ 680-2013', limit: 0.002, typical: 0.4 },
  { key: 'cr', unit: 'mg/kg', method: 'HJ 491-2019', limit: 4, typical: 150 }
]
const MILESTONES = ['缴纳修复费用与保证金', '完成修复方案备案', '完成主体修复工程', '修复后首次采样检测', '修复效果验收']

/**
 * One case of the scale data set with its parties, sites, visits, samples
 * (each with custody handovers and lab results), assignments and, when
 * asked, a restoration order with five milestones; statuses and dates follow
 * the case's age. Every row goes through the bulk writer (one audit event each).
 */
export function seedCase(c: CaseContext, spec: CaseSpec): { order: boolean } {
  const { random, writer } = c
  const filedOn = isoDay(spec.filedAt)
  const age = (Date.parse(c.today) - spec.filedAt) / day
  const year = Number(filedOn.slice(0, 4))
  const seq = next(c, `${year}${spec.court.code}${spec.kind.typeWord}`)
  const caseNumber = `（${year}）${spec.court.code}${spec.kind.typeWord}${seq}号`
  const status = caseStatus(random, age, spec.withOrder)
  const hearingOn = status === 'registered' ? '' : isoDay(spec.filedAt + random.int(25, 80) * day)
  const judgedOn = ['judged', 'restoration', 'closed'].includes(status)
    ? isoDay(Math.min(Date.parse(c.today), spec.filedAt + random.int(90, Math.max(91, Math.min(300, age - 5))) * day))
    : ''
  const closedOn = status === 'closed' ? isoDay(Math.min(Date.parse(c.today), Date.parse(judgedOn) + random.int(30, 400) * day)) : ''
  const judge = random.pick(c.judges)
  const clerk = random.pick(c.clerks)
  const registeredAt = new Date(spec.filedAt + random.int(60, 480) * 60_000).toISOString()
  const clerkActor = (channel: string): BulkActor => ({ id: clerk.id, name: clerk.name, channel })
  const caseId = c.newId()
  const cause = random.pick(spec.kind.causes)
  const shortCode = `${year}-${spec.court.code.slice(1)}-${spec.kind.letter}${seq}`
  const stamp = (at: string, by: string) => ({ created_at: at, updated_at: at, updated_by: by, revision: 0 })
  writer.insert(
    'court_case',
    {
      id: caseId,
      case_number: caseNumber,
      year,
      type: spec.kind.type,
      stage: 'first_instance',
      cause,
      court: spec.court.name,
      judge_id: judge.id,
      clerk_id: clerk.id,
      status,
      filed_on: filedOn,
      hearing_on: hearingOn,
      judged_on: judgedOn,
      closed_on: closedOn,
      matter_id: caseId,
      notes: random.chance(0.3) ? `${spec.court.county}${cause.replace(/罪$/, '')}一案，涉案地点位于${village(random, spec.court)}。` : '',
      short_code: shortCode,
      ...stamp(registeredAt, clerk.id)
    },
    clerkActor('cases.create'),
    registeredAt
  )

  const defendant = random.chance(0.6) ? anonymisedParty(random) : companyName(random, spec.court)
  const procuratorate = `${spec.court.county}人民检察院`
  const parties: [string, string, string][] =
    spec.kind.type === 'criminal'
      ? [[defendant, 'defendant', ''], ...(random.chance(0.3) ? [[anonymisedParty(random), 'defendant', ''] as [string, string, string]] : []), [procuratorate, 'procuratorate', '']]
      : spec.kind.type === 'public_interest'
        ? [[procuratorate, 'plaintiff', ''], [defendant, 'defendant', '']]
        : spec.kind.type === 'administrative'
          ? [[companyName(random, spec.court), 'plaintiff', ''], [`${spec.court.county}生态环境局`, 'defendant', '']]
          : [[anonymisedParty(random), 'plaintiff', `${village(random, spec.court)}村民`], [defendant, 'defendant', '']]
  parties.forEach(([name, role, organisation], position) =>
    writer.insert('case_party', { case_id: caseId, position, name, role, organisation }, clerkActor('cases.create'), registeredAt)
  )

  const soil = /采矿|农用地|林木|狩猎|废渣/.test(cause) || random.chance(0.25)
  const siteCount = random.chance(0.7) ? 1 : 2
  const sites = Array.from({ length: siteCount }, () => {
    const site = writer.insert(
      'site',
      {
        id: c.newId(),
        case_id: caseId,
        name: siteName(random, soil ? 'soil' : 'water'),
        address: `福建省${spec.court.city}${village(random, spec.court)}`,
        latitude: round(24 + random.next() * 3.5, 5),
        longitude: round(116 + random.next() * 3.5, 5),
        accuracy_m: round(2 + random.next() * 8, 1),
        waterbody: soil ? null : random.chance(0.7) ? 'river' : 'lake',
        notes: '',
        ...stamp(registeredAt, clerk.id)
      },
      clerkActor('sites.create'),
      registeredAt
    )
    return site.id as string
  })

  const team = random.chance(0.6) ? [random.pick(c.experts)] : [random.pick(c.experts), random.pick(c.experts)]
  const samples = spec.heavy || (status === 'registered' || random.chance(0.45) ? 0 : random.int(1, 14))
  seedSamples(c, { caseId, shortCode, court: spec.court, soil, sites, samples, from: Date.parse(hearingOn || filedOn), team })
  seedAssignments(c, { caseId, team, status, registeredAt, clerk })
  if (!spec.withOrder || status === 'registered' || status === 'in_trial') return { order: false }
  seedOrder(c, { caseId, caseNumber, court: spec.court, judgedOn, judge, sites, defendant, year: Number(judgedOn.slice(0, 4)) })
  return { order: true }
}

function seedSamples(
  c: CaseContext,
  s: { caseId: string; shortCode: string; court: Court; soil: boolean; sites: string[]; samples: number; from: number; team: { name: string }[] }
) {
  const { random, writer } = c
  const investigator = random.pick(c.investigators)
  const actor = (channel: string): BulkActor => ({ id: investigator.id, name: investigator.name, channel })
  const station = monitoringStation(s.court)
  const seqByMatrix = new Map<string, number>()
  const todayMs = Date.parse(c.today)
  let visitId = ''
  let visitAt = s.from
  for (let i = 0; i < s.samples; i++) {
    if (i % 12 === 0) {
      // A visit every dozen samples; a heavy case's visits spread over the months of its restoration.
      visitAt = Math.min(todayMs - 2 * day, s.from + (i === 0 ? random.int(3, 20) : random.int(10, 45)) * day + (i / 12) * 20 * day * (s.samples > 100 ? 1 : 0))
      const at = new Date(visitAt + 9 * 3_600_000).toISOString()
      visitId = c.newId()
      writer.insert(
        'site_visit',
        {
          id: visitId,
          case_id: s.caseId,
          visit_date: isoDay(visitAt),
          people_present: JSON.stringify([...s.team.map((e) => `${e.name}（技术调查官）`), `${station}采样人员`]),
          weather: random.pick(WEATHER),
          notes: '',
          voided_at: null,
          voided_by: null,
          void_reason: '',
          created_at: at,
          updated_at: at,
          updated_by: investigator.id,
          revision: 0
        },
        actor('visits.create'),
        at
      )
    }
    const matrix: Matrix = s.soil ? (random.chance(0.85) ? 'soil' : 'sediment') : random.chance(0.85) ? 'surface_water' : 'wastewater'
    const seq = (seqByMatrix.get(matrix) ?? 0) + 1
    seqByMatrix.set(matrix, seq)
    const sampledAt = new Date(visitAt + (1 + (i % 12) * 0.3) * 3_600_000).toISOString()
    const water = !s.soil
    const sampler = `${random.pick(['郑', '吴', '林', '黄', '陈'])}${random.pick(['海波', '丽', '志强', '晓东', '秀兰'])}`
    const sample = writer.insert(
      'sample',
      {
        id: c.newId(),
        code: `${s.shortCode}-${matrixCodes[matrix]}-${seq.toString().padStart(3, '0')}`,
        seq,
        case_id: s.caseId,
        visit_id: visitId,
        site_id: s.sites[i % s.sites.length]!,
        matrix,
        sampled_at: sampledAt,
        depth_m: water ? 0.5 : round(0.2 * random.int(0, 3), 1),
        sampler,
        sampler_organisation: station,
        supervising_investigator: s.team.map((e) => e.name).join('、'),
        container: water ? '聚乙烯瓶' : '自封袋',
        volume_ml: water ? 1000 : null,
        preservative: water ? 'H2SO4 酸化至 pH≤2，4 ℃ 冷藏' : '4 ℃ 冷藏',
        qc_type: 'normal',
        duplicate_of_id: null,
        seal_number: `${s.shortCode.slice(5)}-${(i + 1).toString().padStart(3, '0')}`,
        land_use: water ? null : random.pick(['paddy', 'orchard', 'other']),
        water_temperature_c: water ? round(12 + random.next() * 18, 1) : null,
        ph: round(5.5 + random.next() * 3, 1),
        dissolved_oxygen_mg_l: water ? round(2 + random.next() * 6, 1) : null,
        conductivity_us_cm: water ? random.int(120, 1500) : null,
        turbidity_ntu: water ? random.int(2, 80) : null,
        transparency_cm: water ? random.int(10, 90) : null,
        appearance: water ? random.pick(['无色透明', '微黄，略浑浊', '灰绿色，有异味', '黑色，有恶臭']) : random.pick(['黄棕色壤土', '灰黑色淤泥', '红壤，夹碎石']),
        voided_at: null,
        voided_by: null,
        void_reason: '',
        created_at: sampledAt,
        updated_at: sampledAt,
        updated_by: investigator.id,
        revision: 0
      },
      actor('samples.create'),
      sampledAt
    )
    const handovers: [string, string, string, number][] = [
      [sampler, `${station}实验室`, 'lab', 5],
      [`${station}实验室`, `${station}样品库`, 'storage', 30]
    ]
    for (const [from, to, kind, hours] of handovers) {
      const at = new Date(Date.parse(sampledAt) + hours * 3_600_000).toISOString()
      writer.insert(
        'custody_event',
        {
          id: c.newId(),
          sample_id: sample.id,
          relinquished_by: from,
          received_by: to,
          receiver_kind: kind,
          at,
          place: `${station}样品室`,
          condition: '封条完好，冷藏运输',
          temperature_c: 4,
          seal_intact: 1,
          voided_at: null,
          voided_by: null,
          void_reason: '',
          created_at: at,
          updated_at: at,
          updated_by: investigator.id,
          revision: 0
        },
        actor('custody.record'),
        at
      )
    }
    const analysedAt = new Date(Date.parse(sampledAt) + 2 * day).toISOString()
    const importedAt = new Date(Date.parse(sampledAt) + 6 * day).toISOString()
    const report = `${s.shortCode.slice(5)}-JC${Math.floor(i / 12) + 1}`
    for (const test of water ? WATER_TESTS : SOIL_TESTS) {
      const below = random.chance(0.1)
      const value = below ? test.limit : round(test.typical * Math.exp((random.next() - 0.5) * 2), 4)
      writer.insert(
        'lab_result',
        {
          id: c.newId(),
          sample_id: sample.id,
          parameter_key: test.key,
          value,
          qualifier: below ? '<' : null,
          unit: test.unit,
          detection_limit: test.limit,
          method: test.method,
          lab: station,
          report_number: report,
          analysed_at: analysedAt,
          reported: below ? `<${test.limit} ${test.unit}` : `${value} ${test.unit}（检出限 ${test.limit}）`,
          source: 'csv',
          voided_at: null,
          voided_by: null,
          void_reason: '',
          created_at: importedAt,
          updated_at: importedAt,
          updated_by: investigator.id,
          revision: 0
        },
        actor('labResults.import'),
        importedAt
      )
    }
  }
}

function seedAssignments(
  c: CaseContext,
  a: { caseId: string; team: { id: string; fieldId: string }[]; status: string; registeredAt: string; clerk: Person }
) {
  const notifiedOn = isoDay(Date.parse(a.registeredAt) + 2 * day)
  for (const expert of new Set(a.team)) {
    // An investigator's work on a case ends with the judgment; the order's supervision is the supervisors'.
    const done = !['registered', 'in_trial'].includes(a.status)
    const assignmentStatus = a.status === 'registered' ? 'notified' : done ? 'completed' : 'active'
    c.writer.insert(
      'assignment',
      {
        id: c.newId(),
        case_id: a.caseId,
        expert_id: expert.id,
        field_id: expert.fieldId,
        method: 'designated',
        draw_id: null,
        status: assignmentStatus,
        status_reason: '',
        notified_on: notifiedOn,
        notice_due_on: isoDay(Date.parse(notifiedOn) + 3 * day),
        activated_on: assignmentStatus === 'notified' ? '' : isoDay(Date.parse(notifiedOn) + day),
        completed_on: done ? isoDay(Date.parse(notifiedOn) + 200 * day) : '',
        overridden_findings_json: '[]',
        override_reason: '',
        replaces_assignment_id: null,
        created_at: a.registeredAt,
        updated_at: a.registeredAt,
        updated_by: a.clerk.id,
        revision: 0
      },
      { id: a.clerk.id, name: a.clerk.name, channel: 'assignments.designate' },
      a.registeredAt
    )
  }
}

function seedOrder(
  c: CaseContext,
  o: { caseId: string; caseNumber: string; court: Court; judgedOn: string; judge: Person; sites: string[]; defendant: string; year: number }
) {
  const { random, writer } = c
  const todayMs = Date.parse(c.today)
  const issuedMs = Math.min(todayMs - day, Date.parse(o.judgedOn) + random.int(5, 30) * day)
  const issuedOn = isoDay(issuedMs)
  const deadlineMs = issuedMs + random.int(300, 720) * day
  const at = new Date(issuedMs + 2 * 3_600_000).toISOString()
  const expired = deadlineMs < todayMs
  const status = expired ? random.pick(['accepted', 'closed', 'accepted', 'failed']) : 'in_progress'
  const orderType = random.pick(c.orderTypes)
  const judge: BulkActor = { id: o.judge.id, name: o.judge.name, channel: 'orders.create' }
  const supervisor = random.pick(c.investigators)
  const orderId = c.newId()
  writer.insert(
    'restoration_order',
    {
      id: orderId,
      order_number: `（${o.year}）${o.court.code}执修${next(c, `order${o.year}${o.court.code}`)}号`,
      order_type_id: orderType.id,
      case_id: o.caseId,
      judgment_reference: `${o.caseNumber}判决书`,
      issued_by: o.judge.id,
      issued_on: issuedOn,
      obligor: o.defendant,
      executor: random.chance(0.5) ? companyName(random, o.court).replace(/有限公司$/, '生态修复有限公司') : '',
      method: '按经备案的修复方案实施修复，修复期间定期采样检测。',
      method_items_json: '[]',
      standard_targets_json: '[]',
      measurable_targets_json: '[]',
      restoration_fee_fen: random.int(5, 500) * 1_000_000,
      restoration_fee_paid: 1,
      bond_fen: random.int(1, 50) * 1_000_000,
      bond_paid: random.chance(0.8) ? 1 : 0,
      fallback_cost_fen: random.int(5, 600) * 1_000_000,
      deadline: isoDay(deadlineMs),
      supervising_agencies_json: JSON.stringify([`${o.court.county}生态环境局`]),
      status,
      status_reason: '',
      notes: '',
      created_at: at,
      updated_at: at,
      updated_by: o.judge.id,
      revision: 0
    },
    judge,
    at
  )
  o.sites.forEach((siteId, position) => writer.insert('order_site', { order_id: orderId, position, site_id: siteId }, judge, at))
  writer.insert('order_supervisor', { order_id: orderId, position: 0, user_id: supervisor.id }, judge, at)
  MILESTONES.forEach((title, i) => {
    const dueMs = issuedMs + ((i + 1) * (deadlineMs - issuedMs)) / MILESTONES.length
    // Most past milestones were met; a few of a running order's are overdue (the dashboard's list).
    const done = dueMs < todayMs && (expired || random.chance(0.97))
    const progress = done ? 'done' : dueMs < todayMs + 60 * day && random.chance(0.3) ? 'in_progress' : 'pending'
    writer.insert(
      'milestone',
      {
        id: c.newId(),
        order_id: orderId,
        position: i + 1,
        title,
        due_date: isoDay(dueMs),
        criterion_text: `${title}，附相关证明材料`,
        sample_criterion_json: null,
        progress,
        done_on: done ? isoDay(dueMs - random.int(0, 10) * day) : null,
        note: '',
        created_at: at,
        updated_at: at,
        updated_by: o.judge.id,
        revision: 0
      },
      { ...judge, channel: 'milestones.create' },
      at
    )
  })
}

function caseStatus(random: SeededRandom, age: number, withOrder: boolean): string {
  if (withOrder && age > 150) return age > 800 && random.chance(0.6) ? 'closed' : 'restoration'
  if (age < 90) return random.chance(0.5) ? 'registered' : 'in_trial'
  if (age < 365) return random.chance(0.4) ? 'in_trial' : 'judged'
  return random.pick(['judged', 'closed', 'closed', 'closed', 'restoration'])
}

function next(c: CaseContext, key: string): number {
  const value = (c.sequence.get(key) ?? 0) + 1
  c.sequence.set(key, value)
  return value
}

function isoDay(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10)
}

function round(value: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}
