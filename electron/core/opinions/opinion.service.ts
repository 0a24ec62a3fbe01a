import { AppError, errorFields, type ErrorParams, type ErrorPart, type ErrorReason } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import {
  defaultOpinionStatement,
  type DamageEstimate,
  type EstimateRequest,
  type EstimateResult,
  type Opinion,
  type OpinionContent
} from '../../shared/opinions'
import type { Call } from '../call'
import { checkRevision, insertRecord, updateRecord } from '../records/records'
import type { Handlers } from '../handler-table'
import { findCase } from '../cases/case.repository'
import { addDays, shanghaiDay } from '../../shared/shanghai-time'
import { formatYuan } from '../../shared/money'
import { siteListQuery } from '../sites/site.repository'
import { findOrderIdByNumber, findOrderType } from '../orders/order.repository'
import { insertDraftOrder, loadOrder } from '../orders/order.service'
import { estimateActualCost, estimateVirtualCost } from './damage-estimate'
import {
  caseEvidence,
  contentColumns,
  findEstimate,
  findOpinion,
  freezeEvidence,
  listEstimates,
  listOpinionVersions,
  requiredSigners,
  writeEvidenceLinks
} from './opinion.repository'
import { findSample, findVisit } from '../sampling/sampling.repository'
import { signRecord } from '../signatures/signing'
import { inputCase, noCase, readsCase, readsOpinion, writesCase, writesOpinion } from '../access/case-scope'
import { caseOf } from '../access/case-of'

/**
 * Works out an estimate. The calculation's own refusals name fields relative
 * to its input, so they are prefixed to match the channel's input.
 */
function calculate(request: EstimateRequest, fieldPrefix: string): EstimateResult {
  try {
    if (request.kind === 'virtual_cost') return estimateVirtualCost(request.input)
    const actual = estimateActualCost(request.input)
    return { lowFen: actual.totalFen, highFen: actual.totalFen, steps: actual.steps, method: null }
  } catch (error) {
    if (!(error instanceof AppError) || !error.fieldErrors) throw error
    const fieldErrors = Object.fromEntries(Object.entries(errorFields(error)!).map(([path, text]) => [`${fieldPrefix}${path}`, text]))
    throw new AppError(error.code, error.reason, error.params, fieldErrors)
  }
}

async function loadCase(call: Call, caseId: string) {
  const courtCase = await findCase(call.db, caseId)
  if (!courtCase) throw new AppError('not_found', 'case_not_found')
  return courtCase
}

/**
 * The expert the caller acts as, when they are an investigator assigned
 * (notified or active) to the case; anyone else is refused.
 */
async function refuseUnlessAssigned(call: Call, caseId: string): Promise<string> {
  const expertId = call.user.role === 'investigator' ? call.user.expertId : null
  if (expertId === null) {
    throw new AppError('forbidden', 'opinion_no_expert')
  }
  // An administrator's link alone does not make the account the expert: the user confirms it with their own password first.
  if (!call.user.expertLinkConfirmed) {
    throw new AppError('forbidden', 'expert_link_unconfirmed')
  }
  if (!(await requiredSigners(call.db, caseId)).includes(expertId)) {
    throw new AppError('forbidden', 'opinion_not_assigned')
  }
  return expertId
}

async function loadOpinion(call: Call, id: string): Promise<Opinion> {
  const opinion = await findOpinion(call.db, id)
  if (!opinion) throw new AppError('not_found', 'opinion_not_found')
  return opinion
}

/** Loads the latest version at the revision the caller saw; an older version is frozen and only read. */
async function loadForChange(call: Call, id: string, revision: number): Promise<Opinion> {
  const opinion = await loadOpinion(call, id)
  if (opinion.nextVersionId !== null) throw new AppError('conflict', 'opinion_old_version', { version: opinion.version })
  checkRevision(opinion, revision)
  return opinion
}

/** An opinion may cite only estimates of its own case, each in its own section. */
async function refuseForeignEstimates(call: Call, caseId: string, content: OpinionContent) {
  const check = async (key: 'virtualEstimateId' | 'actualEstimateId', kind: DamageEstimate['kind']) => {
    const estimateId = content[key]
    if (estimateId === null) return
    const estimate = await findEstimate(call.db, estimateId)
    if (!estimate || estimate.caseId !== caseId || estimate.kind !== kind) {
      throw new AppError('invalid_input', 'estimate_foreign', {}, { [`content.${key}`]: 'estimate_foreign' })
    }
  }
  await check('virtualEstimateId', 'virtual_cost')
  await check('actualEstimateId', 'actual_cost')
}

/**
 * An opinion may rely only on visits and samples of its own case that stand.
 * A voided one is refused: it can no longer support a finding.
 */
async function refuseForeignEvidence(call: Call, caseId: string, content: OpinionContent) {
  const refuse = (key: 'visitIds' | 'sampleIds', index: number, reason: ErrorReason, params: ErrorParams = {}): never => {
    throw new AppError('invalid_input', reason, params, { [`content.${key}.${index}`]: reason, [`content.${key}`]: reason })
  }
  for (const [index, visitId] of content.visitIds.entries()) {
    const visit = await findVisit(call.db, visitId)
    if (!visit || visit.caseId !== caseId) refuse('visitIds', index, 'visit_not_of_case_pick')
    if (visit!.voided) refuse('visitIds', index, 'visit_voided_evidence', { date: visit!.visitDate })
  }
  for (const [index, sampleId] of content.sampleIds.entries()) {
    const sample = await findSample(call.db, sampleId)
    if (!sample || sample.caseId !== caseId) refuse('sampleIds', index, 'sample_not_of_case_pick')
    if (sample!.voided) refuse('sampleIds', index, 'sample_voided_evidence', { code: sample!.code })
  }
}

/** What an opinion lacks before it can be signed, in the words of its sections. */
function missingForSigning(opinion: Opinion): ErrorPart[] {
  const missing: ErrorPart[] = []
  if (opinion.questions.length === 0) missing.push({ reason: 'section_questions' })
  if (opinion.virtualEstimate === null && opinion.actualEstimate === null) missing.push({ reason: 'section_estimate' })
  if (!opinion.options.some((o) => o.recommended)) missing.push({ reason: 'section_recommended' })
  if (opinion.statement === '') missing.push({ reason: 'section_statement' })
  return missing
}

async function createOpinion(call: Call, caseId: string): Promise<Opinion> {
  await loadCase(call, caseId)
  await refuseUnlessAssigned(call, caseId)
  if ((await listOpinionVersions(call.db, caseId)).length > 0) throw new AppError('conflict', 'opinion_exists')
  const id = call.newId()
  const content: OpinionContent = {
    questions: [],
    findings: '',
    visitIds: [],
    sampleIds: [],
    virtualEstimateId: null,
    actualEstimateId: null,
    options: [],
    statement: defaultOpinionStatement
  }
  await insertRecord(call, 'opinion', { id, caseId, version: 1, previousVersionId: null, status: 'draft', ...contentColumns(content), submittedAt: null, submittedBy: null })
  return (await findOpinion(call.db, id))!
}

/**
 * Edits an opinion. A draft nobody has signed yet changes in place; once any
 * investigator has signed, the signed text is frozen and the edit becomes a
 * new draft version pointing back to it, which must be signed afresh.
 */
async function updateOpinion(call: Call, input: { id: string; revision: number; content: OpinionContent }): Promise<Opinion> {
  const before = await loadForChange(call, input.id, input.revision)
  await refuseUnlessAssigned(call, before.caseId)
  await refuseForeignEstimates(call, before.caseId, input.content)
  await refuseForeignEvidence(call, before.caseId, input.content)
  const frozen = before.status !== 'draft' || before.investigators.some((i) => i.signedAt !== null)
  if (!frozen) {
    await updateRecord(call, 'opinion', input.id, { revision: input.revision, set: contentColumns(input.content) })
    await writeEvidenceLinks(call, input.id, input.content)
    return (await findOpinion(call.db, input.id))!
  }
  const id = call.newId()
  await insertRecord(call, 'opinion', {
    id,
    caseId: before.caseId,
    version: before.version + 1,
    previousVersionId: before.id,
    status: 'draft',
    ...contentColumns(input.content),
    submittedAt: null,
    submittedBy: null
  })
  await writeEvidenceLinks(call, id, input.content)
  return (await findOpinion(call.db, id))!
}

async function signOpinion(call: Call, input: { id: string; revision: number }): Promise<Opinion> {
  const before = await loadForChange(call, input.id, input.revision)
  const expertId = await refuseUnlessAssigned(call, before.caseId)
  if (before.status !== 'draft') throw new AppError('conflict', 'opinion_fully_signed')
  if (before.investigators.some((i) => i.expertId === expertId && i.signedAt !== null)) throw new AppError('conflict', 'opinion_already_signed_by_you')
  const missing = missingForSigning(before)
  if (missing.length > 0) throw new AppError('invalid_input', 'opinion_incomplete', { missing })
  // The first signature freezes the text, and with it the visits and samples as they read now.
  if (before.investigators.every((i) => i.signedAt === null)) await freezeEvidence(call, before)
  await insertRecord(call, 'opinionSignature', { opinionId: input.id, expertId, userId: call.user.id, signedAt: call.now })
  const unsigned = before.investigators.filter((i) => i.signedAt === null && i.expertId !== expertId)
  await updateRecord(call, 'opinion', input.id, { revision: input.revision, set: { status: unsigned.length === 0 ? 'signed' : 'draft' } })
  await signRecord(call, 'opinion.sign', input.id, expertId)
  return (await findOpinion(call.db, input.id))!
}

async function submitOpinion(call: Call, input: { id: string; revision: number }): Promise<Opinion> {
  const before = await loadForChange(call, input.id, input.revision)
  if (call.user.role === 'investigator') await refuseUnlessAssigned(call, before.caseId)
  if (before.status !== 'signed') {
    throw new AppError('conflict', before.status === 'draft' ? 'submit_needs_signatures' : 'opinion_already_submitted')
  }
  await updateRecord(call, 'opinion', input.id, { revision: input.revision, set: { status: 'submitted', submittedAt: call.now, submittedBy: call.user.id } })
  return (await findOpinion(call.db, input.id))!
}

/**
 * Makes the recommended option of a signed opinion a draft restoration order
 * of its case, without retyping: the method, cost and duration (as the
 * deadline) come from the option, the obligor from the case's defendants, the
 * sites from the case. The judge completes the targets and milestones, and
 * alone issues it. One draft per opinion version.
 */
async function draftOrderFromOpinion(call: Call, input: { id: string; orderTypeId: string; orderNumber: string }) {
  const opinion = await loadOpinion(call, input.id)
  if (call.user.role === 'investigator') await refuseUnlessAssigned(call, opinion.caseId)
  if (opinion.status === 'draft') throw new AppError('conflict', 'draft_order_needs_signed_opinion')
  if (opinion.nextVersionId !== null) throw new AppError('conflict', 'opinion_not_latest', { version: opinion.version })
  if (opinion.draftOrder) throw new AppError('conflict', 'opinion_draft_order_exists', { orderNumber: opinion.draftOrder.orderNumber })
  const option = opinion.options.find((o) => o.recommended)
  if (!option) throw new AppError('conflict', 'opinion_no_recommended_option')
  const type = await findOrderType(call.db, input.orderTypeId)
  if (!type?.active) throw new AppError('invalid_input', 'order_type_inactive', {}, { orderTypeId: 'order_type_inactive' })
  if ((await findOrderIdByNumber(call.db, input.orderNumber)) !== null) {
    throw new AppError('conflict', 'order_number_taken', { orderNumber: input.orderNumber }, { orderNumber: 'field_order_number_taken' })
  }
  const courtCase = await loadCase(call, opinion.caseId)
  const sites = await siteListQuery(call.db, opinion.caseId).execute()
  if (sites.length === 0) throw new AppError('conflict', 'draft_order_needs_site')
  const defendants = courtCase.parties.filter((p) => p.role === 'defendant').map((p) => p.name)
  const id = await insertDraftOrder(call, {
    orderNumber: input.orderNumber,
    orderTypeId: input.orderTypeId,
    caseId: opinion.caseId,
    judgmentReference: '',
    obligor: defendants.length > 0 ? defendants.join('、') : '（待法官填写）',
    executor: '',
    siteIds: sites.map((s) => s.id),
    method: option.method,
    methodItems: [],
    standardTargets: [],
    measurableTargets: [],
    restorationFeeFen: option.costFen,
    restorationFeePaid: false,
    bondFen: 0,
    bondPaid: false,
    fallbackCostFen: 0,
    deadline: addDays(shanghaiDay(call.now), option.durationDays),
    // The sections of a replanting, restocking or labour order are the judge's to fill in before issue.
    samplesCountFrom: null,
    upkeep: null,
    labour: null,
    restocking: null,
    supervisorIds: [],
    supervisingAgencies: [],
    notes: `依据技术调查意见（第 ${opinion.version} 版）推荐的修复方案生成。预期效果：${option.expectedResult}；费用 ${formatYuan(option.costFen)} 元；工期约 ${option.durationDays} 天。修复目标与履行节点待法官确定。`
  })
  await insertRecord(call, 'opinionDraftOrder', { opinionId: opinion.id, orderId: id, createdAt: call.now, createdBy: call.user.id })
  return loadOrder(call, id)
}

export const opinionHandlers: Handlers<
  | 'estimates.calculate'
  | 'estimates.create'
  | 'estimates.list'
  | 'opinions.forCase'
  | 'opinions.evidence'
  | 'opinions.get'
  | 'opinions.print'
  | 'opinions.create'
  | 'opinions.update'
  | 'opinions.sign'
  | 'opinions.submit'
  | 'opinions.draftOrder'
> = {
  'estimates.calculate': { scope: noCase, access: 'signedIn', writes: false, run: async (_call, request) => calculate(request, 'input.') },
  'estimates.create': { scope: writesCase(inputCase),
    access: permissions.writeOpinions,
    writes: true,
    run: async (call, { caseId, estimate: request }) => {
      await loadCase(call, caseId)
      await refuseUnlessAssigned(call, caseId)
      const result = calculate(request, 'estimate.input.')
      const id = call.newId()
      await insertRecord(call, 'damageEstimate', {
        id,
        caseId,
        kind: request.kind,
        methodVersion: result.method?.version ?? 'actual-cost',
        inputJson: JSON.stringify(request.input),
        methodJson: result.method === null ? null : JSON.stringify(result.method),
        lowFen: result.lowFen,
        highFen: result.highFen,
        stepsJson: JSON.stringify(result.steps)
      })
      return (await findEstimate(call.db, id))!
    }
  },
  'estimates.list': { scope: readsCase(inputCase), access: 'signedIn', writes: false, run: (call, { caseId }) => listEstimates(call.db, caseId) },
  'opinions.forCase': { scope: readsOpinion(inputCase), access: 'signedIn', writes: false, run: (call, { caseId }) => listOpinionVersions(call.db, caseId) },
  'opinions.evidence': { scope: readsCase(inputCase), access: 'signedIn', writes: false, run: (call, { caseId }) => caseEvidence(call.db, caseId) },
  'opinions.get': { scope: readsOpinion((db, { id }) => caseOf.opinion(db, id)), access: 'signedIn', writes: false, run: (call, { id }) => loadOpinion(call, id) },
  'opinions.print': { scope: readsOpinion((db, { id }) => caseOf.opinion(db, id)),
    access: 'signedIn',
    writes: false,
    run: async (call, { id }) => {
      const opinion = await loadOpinion(call, id)
      return { opinion, printedAt: call.now }
    }
  },
  'opinions.create': { scope: writesOpinion(inputCase), access: permissions.writeOpinions, writes: true, run: (call, { caseId }) => createOpinion(call, caseId) },
  'opinions.update': { scope: writesOpinion((db, { id }) => caseOf.opinion(db, id)), access: permissions.writeOpinions, writes: true, run: updateOpinion },
  'opinions.sign': { scope: writesOpinion((db, { id }) => caseOf.opinion(db, id)), access: permissions.writeOpinions, writes: true, signs: true, run: signOpinion },
  'opinions.submit': { scope: writesOpinion((db, { id }) => caseOf.opinion(db, id)), access: permissions.submitOpinions, writes: true, run: submitOpinion },
  'opinions.draftOrder': { scope: writesOpinion((db, { id }) => caseOf.opinion(db, id)), access: permissions.draftOrdersFromOpinions, writes: true, run: draftOrderFromOpinion }
}
