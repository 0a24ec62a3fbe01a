import type { Core } from '../../electron/core/core'
import { demoPassword } from '../../electron/core/demo/demo-password'

export interface BenchCall {
  userId: string
  channel: string
  input: unknown
}

/** One screen's queries: the calls a screen makes together, timed as one. */
export interface Scenario {
  name: string
  calls: BenchCall[]
  /** p95 target in ms (issue 15), or null when the issue sets none. */
  target: number | null
  /** For the five busiest lists: at most this many times the raw SQL. */
  maxRatio?: number
  writes?: boolean
}

const listTarget = 5

/**
 * The queries behind every screen, over whatever a seed-scale folder holds:
 * each list's first page, filtered, searched with 1-, 2- and 3-character
 * Chinese terms and a sample code, a deep page, the dashboard, the workload,
 * the case page's channels, the evidence picker of the heaviest case,
 * screening and a draw, a sample with its evaluation, an order with its
 * criterion and the order summary.
 */
export async function benchScenarios(core: Core): Promise<Scenario[]> {
  const q = <T>(sql: string, ...params: unknown[]) => core.sqlite.prepare(sql).get(...params) as T
  const user = (username: string) => q<{ id: string }>('select id from app_user where username = ?', username).id
  const clerk = user('clerk.001')
  const judge = user('judge.001')
  const total = q<{ n: number }>('select count(*) as n from court_case').n
  const samples = q<{ n: number }>('select count(*) as n from sample').n
  const heaviest = q<{ case_id: string; n: number }>('select case_id, count(*) as n from sample group by case_id order by n desc limit 1')
  const ordinary = q<{ id: string }>("select id from court_case where status = 'restoration' order by filed_on desc limit 1").id
  const order = q<{ id: string; case_id: string }>("select id, case_id from restoration_order where status = 'in_progress' order by created_at desc limit 1")
  const sample = q<{ id: string; code: string }>('select s.id, s.code from sample s join lab_result r on r.sample_id = s.id order by s.sampled_at desc limit 1')
  const judgeOfCases = q<{ judge_id: string }>('select judge_id from court_case limit 1').judge_id
  const fields = core.sqlite.prepare('select id, code from field order by sort_order').all() as { id: string; code: string }[]
  const water = fields.find((f) => f.code === 'water')!.id
  const party = q<{ name: string }>("select name from case_party where role = 'defendant' and name like '%有限公司' limit 1").name
  // The cursor the list hands out for the row at that depth (keyset paging: the sort key of the last row shown).
  const cursorAt = (sql: string, offset: number) => Buffer.from(JSON.stringify(Object.values(q<Record<string, unknown>>(sql, offset)))).toString('base64url')
  const deepCases = Math.floor(total * 0.8)
  const deepSamples = Math.floor(samples * 0.5)
  const caseCursor = cursorAt('select filed_on, id from court_case order by filed_on desc, id desc limit 1 offset ?', deepCases - 1)
  const sampleCursor = cursorAt('select sampled_at, id from sample order by sampled_at desc, id desc limit 1 offset ?', deepSamples - 1)
  const drawCases = (core.sqlite.prepare("select id from court_case where status = 'registered' order by filed_on desc limit 40").all() as { id: string }[]).map((r) => r.id)

  const one = (name: string, channel: string, input: unknown, target: number | null = listTarget, userId = clerk, maxRatio?: number): Scenario => ({
    name,
    calls: [{ userId, channel, input }],
    target,
    maxRatio
  })
  // The case's own clerk: the opinion is read only by the case's investigators, its judge and its clerk (access by case).
  const clerkOf = (caseId: string) => q<{ clerk_id: string }>('select clerk_id from court_case where id = ?', caseId).clerk_id
  const casePage = (caseId: string): BenchCall[] =>
    [
      ['cases.get', { id: caseId }],
      ['sites.list', { caseId }],
      ['assignments.list', { caseId }],
      ['visits.list', { caseId }],
      ['samples.list', { caseId }],
      ['orders.list', { caseId }],
      ['estimates.list', { caseId }],
      ['opinions.forCase', { caseId }]
    ].map(([channel, input]) => ({ userId: clerkOf(caseId), channel: channel as string, input }))

  let draw = 0
  // A draw is signed (the clerk's password unlocks the clerk's key), so its time includes one scrypt of that password.
  // seed-scale's accounts chose the demo password at their first sign-in.
  const drawScenario: Scenario = {
    name: '随机抽取（draws.create，含签名口令的 scrypt）',
    target: 20,
    writes: true,
    get calls() {
      const caseId = drawCases[draw++ % drawCases.length]!
      return [{ userId: clerk, channel: 'draws.create', input: { caseId, fieldIds: [water], count: 1, balanced: true, replacesAssignmentId: null, password: demoPassword } }]
    }
  }

  return [
    one('案件列表首页', 'cases.list', {}, listTarget, clerk, 2),
    one('案件列表：按状态筛选', 'cases.list', { status: 'restoration' }, listTarget, clerk, 2),
    one('案件列表：按法官筛选', 'cases.list', { judgeId: judgeOfCases }),
    one('案件列表：按年度与类型', 'cases.list', { year: 2024, type: 'criminal' }),
    one(`案件列表：深页（第 ${Math.floor(deepCases / 50) + 1} 页）`, 'cases.list', { after: caseCursor }),
    one('案件搜索：1 字（林）', 'cases.list', { search: '林' }),
    one('案件搜索：2 字（污染）', 'cases.list', { search: '污染' }),
    one('案件搜索：3 字（采矿罪）', 'cases.list', { search: '采矿罪' }),
    one(`案件搜索：当事人（${party}）`, 'cases.list', { search: party }),
    one('专家列表首页', 'experts.list', {}, listTarget, clerk, 2),
    one('专家列表：按领域筛选', 'experts.list', { fieldId: water }),
    one('专家搜索：2 字（大学）', 'experts.list', { search: '大学' }),
    one('样品列表首页', 'samples.list', {}, listTarget, clerk, 2),
    one(`样品列表：深页（第 ${deepSamples + 1} 份起）`, 'samples.list', { after: sampleCursor }),
    one(`样品搜索：样品编号（${sample.code}）`, 'samples.list', { search: sample.code }),
    one('样品搜索：2 字（监测）', 'samples.list', { search: '监测' }),
    one('修复令列表首页', 'orders.list', {}, listTarget, judge, 2),
    one('修复令列表：执行中', 'orders.list', { status: 'in_progress' }, listTarget, judge),
    one('修复令看板（orders.dashboard）', 'orders.dashboard', {}, listTarget, judge),
    one('专家工作量（assignments.workload）', 'assignments.workload', {}),
    { name: '案件页（全部通道）', calls: casePage(ordinary), target: 10 },
    { name: `最重案件页（${heaviest.n} 份样品，全部通道）`, calls: casePage(heaviest.case_id), target: 10 },
    one(`证据选择：最重案件（${heaviest.n} 份样品）`, 'opinions.evidence', { caseId: heaviest.case_id }, 30),
    one('抽取前筛查（assignments.screen）', 'assignments.screen', { caseId: drawCases[0], fieldIds: [water] }, 20),
    drawScenario,
    one('样品详情与评价（samples.get）', 'samples.get', { id: sample.id }, listTarget),
    one('修复令详情与验收标准（orders.get）', 'orders.get', { id: order.id }, listTarget, judge),
    one('修复令摘要（orders.summary）', 'orders.summary', { id: order.id }, 10, judge)
  ]
}
