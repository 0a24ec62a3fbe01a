import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch, handlerTable } from '../../../electron/core/handler-table'
import { demoPassword } from '../../../electron/core/demo/load-demo'
import { channels, type Channel } from '../../../electron/shared/channels'
import type { Role } from '../../../electron/shared/roles'
import type { Core } from '../../../electron/core/core'
import { accessFixture, freshSession, identities, type Identity } from '../support/access-fixture'
import type { Actor } from '../support/test-core'

/**
 * How a channel treats the cases it touches, as this matrix expects it
 * (written apart from the handler table, which is checked against it):
 * `none` touches no case's records; `read`/`write` one case's; `opinion-read`/
 * `opinion-write` the not-for-release opinion of one case; `list` narrows a
 * list across cases; `anyone` is a session channel, open before sign-in.
 */
type Expect = 'anyone' | 'none' | 'list' | 'read' | 'write' | 'opinion-read' | 'opinion-write'

/** What each identity's refusal by the access rules says, when it is refused. */
const accessReasons = new Set(['forbidden_role', 'case_not_assigned', 'case_assignment_ended', 'opinion_not_public'])

const roleOf: Record<Identity, Role> = { clerk: 'clerk', judge: 'judge', admin: 'admin', assigned: 'investigator', unassigned: 'investigator', ended: 'investigator' }

/** The refusal the rule gives an identity on a channel of this kind and these roles, or null when the rules let it through. */
function expectedRefusal(identity: Identity, expect: Expect, roles: readonly Role[] | 'signedIn' | 'anyone'): string | null {
  if (roles === 'anyone') return null
  if (roles !== 'signedIn' && !roles.includes(roleOf[identity])) return 'forbidden_role'
  const writes = expect === 'write' || expect === 'opinion-write'
  if (expect === 'read' || expect === 'write' || expect === 'opinion-read' || expect === 'opinion-write') {
    if (identity === 'unassigned') return 'case_not_assigned'
    if (identity === 'ended' && writes) return 'case_assignment_ended'
  }
  // The opinion: its investigators, the case's own judge and clerk (both are the demo's), nobody else.
  if ((expect === 'opinion-read' || expect === 'opinion-write') && identity === 'admin') return 'opinion_not_public'
  return null
}

let core: Core
let actors: Record<Identity, Actor>
let matrix: Record<Channel, { expect: Expect; input: unknown }>

beforeAll(async () => {
  const fixture = await accessFixture()
  core = fixture.core
  actors = fixture.actors
  const caseId = fixture.pondCaseId
  const one = (sql: string, ...args: unknown[]) => core.sqlite.prepare(sql).pluck().get(...args) as string
  const site = one('select id from site where case_id = ? limit 1', caseId)
  const visit = core.sqlite.prepare('select * from site_visit where case_id = ? limit 1').get(caseId) as { id: string; visit_date: string }
  const sample = one('select id from sample where case_id = ? limit 1', caseId)
  const custody = one('select c.id from custody_event c join sample s on s.id = c.sample_id where s.case_id = ? limit 1', caseId)
  const result = one('select r.id from lab_result r join sample s on s.id = r.sample_id where s.case_id = ? limit 1', caseId)
  const order = one('select id from restoration_order where case_id = ? limit 1', caseId)
  const orderNumber = one('select order_number from restoration_order where id = ?', order)
  const milestone = one('select id from milestone where order_id = ? order by position limit 1', order)
  const inspection = one('select id from inspection where order_id = ? limit 1', order)
  const deviation = one('select id from deviation where order_id = ? limit 1', order)
  const opinion = one('select id from opinion where case_id = ? limit 1', caseId)
  const assignment = one("select a.id from assignment a join app_user u on u.expert_id = a.expert_id where u.username = 'lin.investigator' and a.case_id = ?", caseId)
  const linExpert = one("select expert_id from app_user where username = 'lin.investigator'")
  const water = one("select id from field where code = 'water'")
  const photo = one('select sha256 from inspection_photo limit 1')
  const sampleCode = one('select code from sample where id = ?', sample)
  const user = one("select id from app_user where username = 'wang.judge'")
  const orderType = one('select id from order_type limit 1')
  const field = one('select id from field limit 1')
  const expert = fixture.unassignedExpert
  // A draw on the pond case, and a recusal application on the assignment it proposed: real ids of both, on the case.
  const draw = await actors.clerk.must('draws.create', { caseId, fieldIds: [water], count: 1, balanced: false, replacesAssignmentId: null, acceptNotRandom: true, password: demoPassword })
  const drawn = draw.assignments[0]!
  const applied = await actors.clerk.must('assignments.applyRecusal', { assignmentId: drawn.id, applicant: '黎某', reason: '与本案当事人有利害关系', receivedOn: '2026-03-02' })
  const matter = applied.recusals[0]!.id
  const stale = 999
  const visitInput = { caseId, visitDate: visit.visit_date, peoplePresent: ['林永华'], weather: '晴', notes: '' }
  const sampleInput = (await actors.judge.must('samples.get', { id: sample })).sample
  const sampleBody = {
    caseId,
    visitId: sampleInput.visitId,
    siteId: sampleInput.siteId,
    matrix: sampleInput.matrix,
    sampledAt: sampleInput.sampledAt,
    depthM: sampleInput.depthM,
    sampler: sampleInput.sampler,
    samplerOrganisation: sampleInput.samplerOrganisation,
    supervisingInvestigator: sampleInput.supervisingInvestigator,
    container: sampleInput.container,
    volumeMl: sampleInput.volumeMl,
    preservative: sampleInput.preservative,
    qcType: sampleInput.qcType,
    duplicateOfId: sampleInput.duplicateOfId,
    sealNumber: sampleInput.sealNumber,
    landUse: sampleInput.landUse,
    fieldMeasurements: sampleInput.fieldMeasurements,
    photoSha256: sampleInput.photoSha256
  }
  const orderNow = await actors.judge.must('orders.get', { id: order })
  const orderBody = {
    orderNumber: orderNow.orderNumber,
    orderTypeId: orderNow.orderTypeId,
    caseId,
    judgmentReference: orderNow.judgmentReference,
    obligor: orderNow.obligor,
    executor: orderNow.executor,
    siteIds: orderNow.siteIds,
    method: orderNow.method,
    methodItems: orderNow.methodItems,
    standardTargets: orderNow.standardTargets,
    measurableTargets: orderNow.measurableTargets,
    restorationFeeFen: orderNow.restorationFeeFen,
    restorationFeePaid: orderNow.restorationFeePaid,
    bondFen: orderNow.bondFen,
    bondPaid: orderNow.bondPaid,
    fallbackCostFen: orderNow.fallbackCostFen,
    deadline: orderNow.deadline,
    samplesCountFrom: null,
    upkeep: null,
    labour: null,
    restocking: null,
    supervisorIds: orderNow.supervisorIds,
    supervisingAgencies: orderNow.supervisingAgencies,
    notes: orderNow.notes
  }
  const milestoneBody = { title: '补充节点', dueDate: orderNow.deadline, criterionText: '按修复方案完成', sampleCriterion: null }
  const caseNow = await actors.clerk.must('cases.get', { id: caseId })
  const caseBody = {
    caseNumber: caseNow.caseNumber,
    type: caseNow.type,
    stage: caseNow.stage,
    cause: caseNow.cause,
    court: caseNow.court,
    judgeId: caseNow.judgeId,
    clerkId: caseNow.clerkId,
    filedOn: caseNow.filedOn,
    hearingOn: caseNow.hearingOn,
    judgedOn: caseNow.judgedOn,
    closedOn: caseNow.closedOn,
    sameMatterAs: null,
    parties: caseNow.parties.map((p) => ({ name: p.name, role: p.role, organisation: p.organisation })),
    notes: caseNow.notes
  }
  const siteBody = { name: '池塘东岸', address: '', latitude: null, longitude: null, accuracyM: null, waterbody: 'lake' as const, notes: '' }
  const estimateRequest = { kind: 'actual_cost' as const, input: { items: [{ description: '清淤', amountFen: 100_000, source: { kind: 'judgement' as const, reference: '演示', note: '演示' } }] } }
  const csv = Buffer.from(`sample_code,parameter,value,qualifier,unit,detection_limit,method,lab,report_number,analysed_at\n${sampleCode},cod,25,,mg/L,4,HJ 828-2017,漳滨县环境监测站,MX-1,2020-05-13 10:00\n`).toString('base64')

  matrix = {
    'session.current': { expect: 'anyone', input: {} },
    'session.setup': { expect: 'anyone', input: { username: 'admin', displayName: '管理员', password: 'another-password' } },
    'session.signIn': { expect: 'anyone', input: { username: 'nobody', password: 'wrong-password' } },
    'session.signOut': { expect: 'anyone', input: {} },
    'session.lock': { expect: 'anyone', input: {} },
    'session.unlock': { expect: 'anyone', input: { password: demoPassword } },
    'session.changePassword': { expect: 'anyone', input: { currentPassword: 'wrong-password', newPassword: 'new-password-1' } },
    'session.switchRole': { expect: 'anyone', input: { role: 'admin' } },
    'users.list': { expect: 'none', input: {} },
    'users.all': { expect: 'none', input: {} },
    'users.create': { expect: 'none', input: { username: 'zhao.investigator', displayName: '重名', role: 'investigator', extraRoles: [], password: 'first-password' } },
    'users.update': { expect: 'none', input: { id: user, revision: stale, displayName: '王建明', role: 'judge', extraRoles: [] } },
    'users.deactivate': { expect: 'none', input: { id: user, revision: stale } },
    'users.reactivate': { expect: 'none', input: { id: user, revision: stale } },
    'users.resetPassword': { expect: 'none', input: { userId: 'missing-user', password: 'reset-password-1' } },
    'users.linkExpert': { expect: 'none', input: { userId: user, expertId: expert } },
    'users.confirmExpertLink': { expect: 'none', input: { password: demoPassword } },
    'security.get': { expect: 'none', input: {} },
    'security.update': { expect: 'none', input: { idleMinutes: 15, maxFailures: 5, lockMinutes: 30, revision: stale } },
    'fields.list': { expect: 'none', input: {} },
    'fields.create': { expect: 'none', input: { code: 'water', nameZh: '水', nameEn: 'Water', sortOrder: 1, active: true } },
    'fields.update': { expect: 'none', input: { id: field, revision: stale, code: 'water', nameZh: '水', nameEn: 'Water', sortOrder: 1, active: true } },
    'experts.list': { expect: 'none', input: {} },
    'experts.get': { expect: 'none', input: { id: expert } },
    'experts.create': { expect: 'none', input: { name: '' } },
    'experts.update': { expect: 'none', input: { id: expert, revision: stale } },
    'experts.suspend': { expect: 'none', input: { id: expert, revision: stale, reason: '暂停' } },
    'experts.reinstate': { expect: 'none', input: { id: expert, revision: stale, reason: '恢复' } },
    'experts.import': { expect: 'none', input: { fileName: 'x.csv', contentBase64: '' } },
    'experts.load': { expect: 'none', input: { ids: [expert] } },
    'cases.list': { expect: 'list', input: {} },
    'cases.mine': { expect: 'list', input: {} },
    'cases.get': { expect: 'read', input: { id: caseId } },
    'cases.create': { expect: 'none', input: caseBody },
    'cases.update': { expect: 'write', input: { id: caseId, revision: stale, courtCase: caseBody } },
    'cases.setStatus': { expect: 'write', input: { id: caseId, revision: stale, status: 'judged' } },
    'cases.reopen': { expect: 'write', input: { id: caseId, revision: stale, reason: '重新审理' } },
    'sites.list': { expect: 'read', input: { caseId } },
    'sites.create': { expect: 'write', input: { caseId, site: siteBody } },
    'sites.update': { expect: 'write', input: { id: site, revision: stale, site: siteBody } },
    'assignments.list': { expect: 'read', input: { caseId } },
    'assignments.screen': { expect: 'read', input: { caseId, fieldIds: [water] } },
    'assignments.designate': { expect: 'write', input: { caseId, expertId: linExpert, fieldId: water, overrideReason: '', replacesAssignmentId: null } },
    'assignments.notify': { expect: 'write', input: { id: assignment, revision: stale } },
    'assignments.activate': { expect: 'write', input: { id: assignment, revision: stale } },
    'assignments.complete': { expect: 'write', input: { id: assignment, revision: stale } },
    'assignments.decline': { expect: 'write', input: { id: assignment, revision: stale, reason: '不能承办' } },
    'assignments.recuse': { expect: 'write', input: { id: assignment, revision: stale, reason: '应当回避' } },
    'assignments.markConflict': { expect: 'write', input: { caseId, expertId: linExpert, ground: 'interest', reason: '曾受聘于当事人' } },
    'assignments.conflicts': { expect: 'read', input: { caseId } },
    'assignments.applyRecusal': { expect: 'write', input: { assignmentId: drawn.id, applicant: '黎某', reason: '再次申请', receivedOn: '2026-03-02' } },
    'assignments.decideRecusal': { expect: 'write', input: { id: matter, revision: stale, recused: false, reason: '理由不成立' } },
    'assignments.workload': { expect: 'none', input: {} },
    'draws.create': { expect: 'write', input: { caseId, fieldIds: [water], count: 10, balanced: false, replacesAssignmentId: null, acceptNotRandom: false, password: demoPassword } },
    'draws.get': { expect: 'read', input: { id: draw.draw.id } },
    'draws.replay': { expect: 'read', input: { id: draw.draw.id } },
    'attachments.record': { expect: 'none', input: { sha256: 'f'.repeat(64), mediaType: 'image/png', originalName: 'x.png' } },
    'attachments.get': { expect: 'read', input: { sha256: photo } },
    'attachments.verify': { expect: 'read', input: { sha256: photo } },
    'attachments.info': { expect: 'read', input: { sha256: photo } },
    'holdingTimes.list': { expect: 'none', input: {} },
    'holdingTimes.update': { expect: 'none', input: { id: 'missing', revision: stale } },
    'visits.list': { expect: 'read', input: { caseId } },
    'visits.get': { expect: 'read', input: { id: visit.id } },
    'visits.create': { expect: 'write', input: visitInput },
    'visits.update': { expect: 'write', input: { id: visit.id, revision: stale, visit: visitInput } },
    'samples.list': { expect: 'list', input: {} },
    'samples.get': { expect: 'read', input: { id: sample } },
    'samples.create': { expect: 'write', input: { ...sampleBody, duplicateOfId: null, qcType: 'normal' } },
    'samples.update': { expect: 'write', input: { id: sample, revision: stale, sample: sampleBody, reason: '更正' } },
    'samples.void': { expect: 'write', input: { id: sample, revision: stale, reason: '录入错误' } },
    'samples.caseCode': { expect: 'read', input: { caseId } },
    'samples.setCaseCode': { expect: 'write', input: { caseId, shortCode: one('select short_code from court_case where id = ?', caseId) } },
    'samples.codePattern': { expect: 'none', input: {} },
    'samples.setCodePattern': { expect: 'none', input: { pattern: '{case}-{matrix}-{seq:3}', revision: stale } },
    'custody.record': { expect: 'write', input: { sampleId: sample, relinquishedBy: '林永华', receivedBy: '监测站', receiverKind: 'lab', at: '2020-05-13T01:00:00.000Z', place: '实验室', condition: '完好', temperatureC: 4, sealIntact: true, password: demoPassword } },
    'custody.void': { expect: 'write', input: { id: custody, revision: stale, reason: '录入错误' } },
    'labResults.create': { expect: 'write', input: { sampleId: sample, parameterKey: 'cod', value: 25, qualifier: null, unit: 'mg/L', detectionLimit: 4, method: 'HJ 828-2017', lab: '监测站', reportNumber: 'MX-2', analysedAt: '2020-05-13T02:00:00.000Z' } },
    'labResults.void': { expect: 'write', input: { id: result, revision: stale, reason: '录入错误' } },
    'labResults.import': { expect: 'list', input: { fileName: 'results.csv', contentBase64: csv } },
    'labResults.series': { expect: 'read', input: { siteId: site, parameterKey: 'cod', targetClass: 'IV' } },
    'orderTypes.list': { expect: 'none', input: {} },
    'orderTypes.create': { expect: 'none', input: { code: 'water_purification' } },
    'orderTypes.update': { expect: 'none', input: { id: orderType, revision: stale } },
    'orders.list': { expect: 'list', input: {} },
    'orders.get': { expect: 'read', input: { id: order } },
    'orders.create': { expect: 'write', input: orderBody },
    'orders.update': { expect: 'write', input: { id: order, revision: stale, order: orderBody } },
    'orders.issue': { expect: 'write', input: { id: order, revision: stale, issuedOn: '2026-03-01', password: demoPassword } },
    'orders.setStatus': { expect: 'write', input: { id: order, revision: stale, status: 'closed', reason: '撤销' } },
    'orders.accept': {
      expect: 'write',
      input: { orderId: order, revision: stale, acceptingBody: '漳滨县生态环境局', acceptedOn: '2026-03-01', result: 'passed', members: [{ name: '王建明', organisation: '法院', role: 'court' }], notes: '', reportSha256: photo, password: demoPassword }
    },
    'orders.discard': { expect: 'write', input: { id: order, revision: stale, reason: '不再签发' } },
    'orders.handover': { expect: 'write', input: { orderId: order, handedOverTo: '村委会', handedOverOn: '2026-03-01', notes: '' } },
    'orders.dashboard': { expect: 'list', input: {} },
    'orders.summary': { expect: 'read', input: { id: order } },
    'orders.charts': { expect: 'list', input: {} },
    'milestones.overdue': { expect: 'list', input: {} },
    'milestones.create': { expect: 'write', input: { orderId: order, milestone: { ...milestoneBody, dueDate: '2099-01-01' } } },
    'milestones.update': { expect: 'write', input: { id: milestone, revision: stale, milestone: milestoneBody, reason: '调整' } },
    'milestones.remove': { expect: 'write', input: { id: milestone, revision: stale, reason: '取消' } },
    'milestones.setProgress': { expect: 'write', input: { id: milestone, revision: stale, progress: 'in_progress', doneOn: null, evidenceSha256: [], note: '' } },
    'inspections.create': { expect: 'write', input: { orderId: order, milestoneId: null, inspectedOn: '2026-03-01', findings: '长势良好', photoSha256: [], samplesTaken: [] } },
    'inspections.void': { expect: 'write', input: { id: inspection, revision: stale, reason: '录入错误' } },
    'deviations.create': { expect: 'write', input: { inspectionId: inspection, description: '部分死亡', severity: 'minor', correctiveAction: '补种', dueDate: '2026-04-01' } },
    'deviations.close': { expect: 'write', input: { id: deviation, revision: stale, closedOn: '2026-03-01', closingNote: '已补种', evidenceSha256: [] } },
    'deviations.void': { expect: 'write', input: { id: deviation, revision: stale, reason: '录入错误' } },
    'signatures.list': { expect: 'list', input: { subjectIds: [custody, order] } },
    'estimates.calculate': { expect: 'none', input: estimateRequest },
    'estimates.create': { expect: 'write', input: { caseId, estimate: estimateRequest } },
    'estimates.list': { expect: 'read', input: { caseId } },
    'opinions.forCase': { expect: 'opinion-read', input: { caseId } },
    'opinions.evidence': { expect: 'read', input: { caseId } },
    'opinions.get': { expect: 'opinion-read', input: { id: opinion } },
    'opinions.print': { expect: 'opinion-read', input: { id: opinion } },
    'opinions.create': { expect: 'opinion-write', input: { caseId } },
    'opinions.update': { expect: 'opinion-write', input: { id: opinion, revision: stale, content: { questions: [], findings: '', visitIds: [], sampleIds: [], virtualEstimateId: null, actualEstimateId: null, options: [], statement: '声明' } } },
    'opinions.sign': { expect: 'opinion-write', input: { id: opinion, revision: stale, password: demoPassword } },
    'opinions.submit': { expect: 'opinion-write', input: { id: opinion, revision: stale } },
    'opinions.draftOrder': { expect: 'opinion-write', input: { id: opinion, orderTypeId: orderType, orderNumber: orderNumber } },
    'documents.seal': { expect: 'opinion-read', input: { kind: 'opinion', id: opinion } },
    'documents.exportDocx': { expect: 'opinion-read', input: { kind: 'opinion', id: opinion } },
    'lists.exportXlsx': { expect: 'list', input: { list: 'orders' } },
    'court.get': { expect: 'none', input: {} },
    'court.update': { expect: 'none', input: { fullName: '法院', shortName: '法院', tribunal: '', address: '', phone: '', sealPosition: 'over_date', revision: stale } },
    'backups.schedule': { expect: 'none', input: {} },
    'backups.setSchedule': { expect: 'none', input: { revision: stale } },
    'backups.status': { expect: 'none', input: {} },
    'history.forRecord': { expect: 'read', input: { entityType: 'sample', entityId: sample } },
    'history.log': { expect: 'list', input: {} },
    'search.global': { expect: 'list', input: { query: '池塘' } },
    'cases.awaitingAssignment': { expect: 'list', input: {} },
    'exchange.card': { expect: 'none', input: {} },
    'exchange.partners': { expect: 'none', input: {} },
    'exchange.pair': { expect: 'none', input: { card: '{}', expertId: null } },
    'exchange.export': { expect: 'read', input: { to: '01900000-0000-7000-8000-00000000ffff', caseId, changes: false } },
    'exchange.import': { expect: 'list', input: { inboxName: 'missing.ecocase' } },
    'exchange.conflicts': { expect: 'list', input: {} },
    'exchange.resolve': { expect: 'write', input: { conflictId: 'no-such-conflict', revision: 0, choices: {}, keep: 'local' } },
    'exchange.forCase': { expect: 'read', input: { caseId } }
  }
}, 120_000)

afterAll(() => core?.close())

/** The handler table's own declaration of a channel, in the matrix's words. */
function declared(channel: Channel, input: unknown): Expect {
  const handler = handlerTable[channel] as { access: unknown; scope?: { kind: string; mode?: string; reader?: unknown } }
  if (handler.access === 'anyone') return 'anyone'
  const scope = handler.scope!
  if (scope.kind === 'none') return 'none'
  if (scope.kind === 'across') return 'list'
  const reader = typeof scope.reader === 'function' ? (scope.reader as (i: unknown) => string)(input) : scope.reader
  return `${reader === 'opinion' ? 'opinion-' : ''}${scope.mode}` as Expect
}

describe('the permission matrix: every channel × every identity', () => {
  it('refuses exactly what the permission table and the case scope refuse, with the rule’s reason, on real demo records', async () => {
    expect(Object.keys(matrix).sort(), 'a channel is missing from the matrix').toEqual([...channels].sort())
    const wrong: string[] = []
    let cells = 0
    for (const channel of channels) {
      const { expect: kind, input } = matrix[channel]
      // Exchange conflicts are only made by two installations: the matrix names an unknown one, so its case check is not reached.
      if (channel !== 'exchange.resolve' && declared(channel, input) !== kind) wrong.push(`${channel}: declared ${declared(channel, input)}, expected ${kind}`)
      const access = (handlerTable[channel] as { access: readonly Role[] | 'signedIn' | 'anyone' }).access
      for (const identity of identities) {
        cells++
        const refusal = channel === 'exchange.resolve' && access !== 'anyone' && kind === 'write' ? expectedRefusal(identity, 'none', access) : expectedRefusal(identity, kind, access)
        const reply = await dispatch(core, freshSession(core, actors[identity]), channel, structuredClone(input))
        const reason = reply.ok ? null : ((reply.error as { reason?: string }).reason ?? null)
        const refusedByRule = !reply.ok && reply.error.code === 'forbidden' && reason !== null && accessReasons.has(reason)
        if (refusal === null && refusedByRule) wrong.push(`${channel} × ${identity}: refused (${reason}), should pass`)
        if (refusal !== null && (reply.ok || reply.error.code !== 'forbidden' || reason !== refusal))
          wrong.push(`${channel} × ${identity}: ${reply.ok ? 'ok' : `${reply.error.code}/${reason}`}, should be refused ${refusal}`)
        if (!reply.ok) expect(reply.error.code, `${channel} × ${identity}: ${reply.error.message}`).not.toBe('internal')
      }
    }
    process.stdout.write(`permission matrix: ${channels.length} channels × ${identities.length} identities = ${cells} cells\n`)
    expect(wrong).toEqual([])
    expect(cells).toBe(channels.length * identities.length)
  }, 240_000)
})
