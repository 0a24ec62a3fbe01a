import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Core } from '../../../electron/core/core'
import type { Role } from '../../../electron/shared/roles'
import type { Channel } from '../../../electron/shared/channels'
import type { InputOf } from '../../../electron/shared/contract'
import { clearStatementCache } from '../../../electron/core/db/statement-cache'
import { denseMatches, veryDenseMatches } from '../../../electron/core/search/search-index'
import { documentTokens } from '../../../electron/core/search/search-terms'
import { statementRecorder } from '../../bench/sql-capture'
import { staff, testCore, type Actor } from '../support/test-core'
import { pondCase } from '../support/case-fixtures'

/**
 * EXPLAIN QUERY PLAN of the statements the list channels really run
 * (recorded from the connection as a handler prepares them, not a copy of
 * the repository's query): the page is read from the index of its order,
 * with no full scan of any table and no temporary B-tree for the order.
 */
let core: Core
let people: Record<Role, Actor>
let recorder: ReturnType<typeof statementRecorder>

beforeEach(async () => {
  core = await testCore('2020-06-01T01:00:00.000Z')
  people = await staff(core)
  recorder = statementRecorder(core.sqlite)
})
afterEach(() => core.close())

interface Planned {
  sql: string
  plan: string
}

/** Every select the call ran, each with its plan. */
async function plansOf<C extends Channel>(channel: C, input: InputOf<C>, actor: Actor = people.judge): Promise<Planned[]> {
  // With the cache empty the handler prepares each statement, so the recorder sees them all.
  clearStatementCache(core.sqlite)
  const statements = await recorder.capture(() => actor.must(channel, input))
  return statements
    .filter((s) => /^\s*select/i.test(s.sql))
    .map((s) => ({
      sql: s.sql,
      plan: (core.sqlite.prepare(`explain query plan ${s.sql}`).all(...s.params) as { detail: string }[]).map((r) => r.detail).join('\n')
    }))
}

/** The statement that reads the page: the list's table, ordered, limited. */
function pageStatement(plans: Planned[], table: string): Planned {
  const page = plans.find((p) => new RegExp(`from "${table}"`).test(p.sql) && / order by /.test(p.sql) && / limit \?/.test(p.sql))
  if (!page) throw new Error(`no page statement on ${table} among:\n${plans.map((p) => p.sql).join('\n')}`)
  return page
}

/** No statement of the call scans a stored table without an index (an FTS5 lookup, a subquery's rows and a co-routine are not tables). */
function expectNoTableScan(plans: Planned[]) {
  const isTable = core.sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = ? and sql not like 'CREATE VIRTUAL TABLE%'")
  for (const { sql, plan } of plans) {
    const scanned = [...plan.matchAll(/^SCAN (\S+)$/gm)].map((m) => m[1]!)
    expect(scanned.filter((name) => isTable.get(name)), `${sql}\n${plan}`).toEqual([])
  }
}

async function expectPage<C extends Channel>(channel: C, input: InputOf<C>, table: string, index: string, actor?: Actor) {
  const plans = await plansOf(channel, input, actor)
  expectNoTableScan(plans)
  const page = pageStatement(plans, table)
  expect(page.plan, page.sql).toMatch(new RegExp(`USING INDEX ${index}\\b`))
  expect(page.plan, page.sql).not.toMatch(/TEMP B-TREE/)
}

describe('list query plans', () => {
  it('cases: every filter and a deep page walk an index of the order (filed_on, id)', async () => {
    const judgeId = (await people.clerk.must('users.list', {})).find((u) => u.role === 'judge')!.id
    for (let i = 1; i <= 3; i++) await people.clerk.must('cases.create', pondCase({ caseNumber: `(2020)闽0626刑初${i}号`, judgeId }))
    const after = (await people.judge.must('cases.list', { limit: 1 })).next
    await expectPage('cases.list', {}, 'court_case', 'court_case_filed')
    await expectPage('cases.list', { after }, 'court_case', 'court_case_filed')
    await expectPage('cases.list', { status: 'registered', after }, 'court_case', 'court_case_status_filed_id')
    await expectPage('cases.list', { type: 'civil' }, 'court_case', 'court_case_type_filed_id')
    await expectPage('cases.list', { year: 2020, after }, 'court_case', 'court_case_year_filed_id')
    await expectPage('cases.list', { judgeId, after }, 'court_case', 'court_case_judge_filed_id')
  })

  it('experts: the pool and by status walk an index of the order (name_sort, id); by field, the field index', async () => {
    const fields = await people.clerk.must('fields.list', {})
    await expectPage('experts.list', {}, 'expert', 'expert_name_sort_id')
    await expectPage('experts.list', { status: 'active' }, 'expert', 'expert_status_name_sort_id')
    const byField = await plansOf('experts.list', { fieldId: fields[0]!.id })
    expectNoTableScan(byField)
    // Driven from the field's experts, then sorted: a sort of one field's share of the pool (a province's 2,000 experts over 11 fields), never of the pool.
    expect(pageStatement(byField, 'expert').plan).toMatch(/SEARCH expert_field USING COVERING INDEX expert_field_by_field \(field_id=\?\)/)
  })

  it('samples: across cases and of one case, first and deep pages', async () => {
    const courtCase = await people.clerk.must('cases.create', pondCase())
    await expectPage('samples.list', {}, 'sample', 'sample_sampled')
    await expectPage('samples.list', { caseId: courtCase.id }, 'sample', 'sample_case_sampled_id')
    const cursor = Buffer.from(JSON.stringify(['2020-05-12T02:30:00.000Z', courtCase.id])).toString('base64url')
    await expectPage('samples.list', { after: cursor }, 'sample', 'sample_sampled')
    await expectPage('samples.list', { caseId: courtCase.id, after: cursor }, 'sample', 'sample_case_sampled_id')
  })

  it('a search reads its matches from FTS5: a rare term sorts only its matches, a common one walks the order index', async () => {
    await people.clerk.must('cases.create', pondCase())
    const rare = await plansOf('cases.list', { search: '黎某' })
    expectNoTableScan(rare)
    const page = pageStatement(rare, 'court_case')
    expect(page.plan).toMatch(/VIRTUAL TABLE/)
    // Fewer than denseMatches rows to sort, whatever the volume.
    expect(page.plan).toMatch(/SEARCH court_case USING INDEX sqlite_autoindex_court_case_1 \(id=\?\)/)

    // Entries of no case, as many as make the term dense, then very dense: the plan, not the rows, is under test.
    const { unigrams, bigrams } = documentTokens(['黎某'])
    const insert = core.sqlite.prepare('insert into case_search_fts (rowid, unigrams, bigrams) values (?, ?, ?)')
    const addMatches = (from: number, to: number) => {
      for (let i = from; i < to; i++) insert.run(1_000_000 + i, unigrams, bigrams)
    }
    addMatches(0, denseMatches)
    await expectPage('cases.list', { search: '黎某' }, 'court_case', 'court_case_filed')
    const dense = await plansOf('cases.list', { search: '黎某', status: 'registered' })
    expectNoTableScan(dense)
    expect(pageStatement(dense, 'court_case').plan).toMatch(/USING INDEX court_case_status_filed_id/)
    expect(pageStatement(dense, 'court_case').plan).not.toMatch(/TEMP B-TREE/)

    addMatches(denseMatches, veryDenseMatches)
    const veryDense = await plansOf('cases.list', { search: '黎某' })
    expectNoTableScan(veryDense)
    const probed = pageStatement(veryDense, 'court_case')
    expect(probed.plan).toMatch(/SCAN court_case USING INDEX court_case_filed\nCORRELATED SCALAR SUBQUERY/)
    expect(probed.plan).not.toMatch(/TEMP B-TREE/)
    // The total is the FTS5 count alone when the search is the only filter: no statement counts court_case.
    expect(veryDense.filter((p) => /count\(\*\)/.test(p.sql) && /court_case/.test(p.sql))).toEqual([])
  })

  it('orders: every filter and a deep page walk an index of the order (created_at, id)', async () => {
    const courtCase = await people.clerk.must('cases.create', pondCase())
    const type = (await people.judge.must('orderTypes.list', {}))[0]!
    const after = Buffer.from(JSON.stringify(['2020-06-01T01:00:00.000Z', courtCase.id])).toString('base64url')
    await expectPage('orders.list', {}, 'restoration_order', 'restoration_order_created')
    await expectPage('orders.list', { after }, 'restoration_order', 'restoration_order_created')
    await expectPage('orders.list', { status: 'in_progress', after }, 'restoration_order', 'restoration_order_status_created_id')
    await expectPage('orders.list', { orderTypeId: type.id }, 'restoration_order', 'restoration_order_type_created_id')
    await expectPage('orders.list', { caseId: courtCase.id, after }, 'restoration_order', 'restoration_order_case_created_id')
  })

  it("the dashboard's counts of live orders by status and by type read covering indexes, no order row", async () => {
    const counts = (await plansOf('orders.dashboard', {})).filter((p) => /from "restoration_order"/.test(p.sql) && / group by /.test(p.sql))
    const plan = (column: string) => counts.find((p) => p.sql.includes(`group by "${column}"`))!
    for (const [column, index] of [['status', 'restoration_order_live_status'], ['order_type_id', 'restoration_order_live_type']]) {
      expect(plan(column).plan, plan(column).sql).toBe(`SEARCH restoration_order USING COVERING INDEX ${index} (voided_at=?)`)
    }
  })

  it('overdue milestones: first and deep pages walk the partial index of open milestones in due order (due_date, id)', async () => {
    const after = Buffer.from(JSON.stringify(['2020-05-01', '0190a000-0000-7000-8000-000000000000'])).toString('base64url')
    await expectPage('milestones.overdue', {}, 'milestone', 'milestone_open_due')
    await expectPage('milestones.overdue', { after }, 'milestone', 'milestone_open_due')
  })

  it('the audit log: unfiltered, by day, by user, by channel and by record, first and deep pages, walk an index of the order (at, seq)', async () => {
    await people.clerk.must('cases.create', pondCase())
    const first = await people.admin.must('history.log', { limit: 2 })
    expect(first.next).not.toBeNull()
    const after = first.next
    const actorId = people.clerk.session.userId!
    await expectPage('history.log', {}, 'audit_event', 'audit_event_at', people.admin)
    await expectPage('history.log', { after }, 'audit_event', 'audit_event_at', people.admin)
    await expectPage('history.log', { from: '2020-06-01', to: '2020-06-01', after }, 'audit_event', 'audit_event_at', people.admin)
    await expectPage('history.log', { actorId, after }, 'audit_event', 'audit_event_actor_at', people.admin)
    await expectPage('history.log', { actorId, from: '2020-06-01' }, 'audit_event', 'audit_event_actor_at', people.admin)
    await expectPage('history.log', { channel: 'cases.create', after }, 'audit_event', 'audit_event_channel_at', people.admin)
    await expectPage('history.log', { entityId: first.items[0]!.entityId, after }, 'audit_event', 'audit_event_entity_id_at', people.admin)
    await expectPage('history.log', { entityType: 'court_case', entityId: first.items[0]!.entityId }, 'audit_event', 'audit_event_entity_id_at', people.admin)
  })
})
