import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import type { CourtCase } from '../../shared/cases'
import type { ConflictGround, ExcludedEntry, Finding, PoolEntry, Screening } from '../../shared/assignments'
import { openAssignmentStatuses } from '../../shared/assignments'
import { findExperts } from '../experts/expert.repository'
import type { CaseStage, ParticipantRole } from '../../shared/cases'
import { recusalFindings, type MatterParticipant } from './recusal'

function conflictOf(conflicts: { expertId: string; ground: string; reason: string }[], expertId: string) {
  const conflict = conflicts.find((c) => c.expertId === expertId)
  return conflict ? { ground: conflict.ground as ConflictGround, reason: conflict.reason } : null
}

/**
 * Open cases of each of these experts: the workload that max concurrent
 * cases is checked against. Read for the screened experts only, through
 * `assignment_expert_status`, not by grouping every open assignment.
 */
export async function openCaseCounts(db: Kysely<Database>, expertIds: readonly string[]): Promise<Map<string, number>> {
  if (expertIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('assignment')
    .select((eb) => ['expertId', eb.fn.count<number>('caseId').distinct().as('cases')])
    .where('expertId', 'in', [...expertIds])
    .where('status', 'in', openAssignmentStatuses)
    .groupBy('expertId')
    .execute()
  return new Map(rows.map((r) => [r.expertId, Number(r.cases)]))
}

/**
 * Screens every expert qualified in any of the fields for a case, on the day
 * `today`: eligible when active, within the term of appointment, under the
 * max concurrent cases, not already on the case and without recusal grounds.
 * The excluded keep every reason, so the clerk sees why.
 */
export async function screenPool(db: Kysely<Database>, courtCase: CourtCase, fieldIds: string[], today: string): Promise<Screening> {
  const qualified = await db.selectFrom('expertField').select('expertId').distinct().where('fieldId', 'in', fieldIds).execute()
  const experts = await findExperts(db, qualified.map((q) => q.expertId))
  const openCases = await openCaseCounts(db, experts.map((e) => e.id))

  const onThisCase = new Set(
    (
      await db
        .selectFrom('assignment')
        .select('expertId')
        .where('caseId', '=', courtCase.id)
        .where('status', 'in', openAssignmentStatuses)
        .execute()
    ).map((a) => a.expertId)
  )
  const otherStages = courtCase.linkedCases.map((c) => c.id)
  const served = otherStages.length
    ? await db
        .selectFrom('assignment')
        .innerJoin('courtCase', 'courtCase.id', 'assignment.caseId')
        .select(['assignment.expertId', 'courtCase.caseNumber', 'courtCase.stage'])
        .where('assignment.caseId', 'in', otherStages)
        .where('assignment.status', 'not in', ['declined', 'recused'])
        .execute()
    : []
  const conflicts = await db.selectFrom('caseConflict').select(['expertId', 'ground', 'reason']).where('caseId', '=', courtCase.id).execute()
  const participants: MatterParticipant[] = (
    await db
      .selectFrom('caseParticipant')
      .innerJoin('courtCase', 'courtCase.id', 'caseParticipant.caseId')
      .selectAll('caseParticipant')
      .select('courtCase.caseNumber')
      .where('courtCase.matterId', '=', courtCase.matterId)
      .orderBy('courtCase.filedOn')
      .orderBy('caseParticipant.position')
      .execute()
  ).map((p) => ({
    // Agents and defenders of other cases act for those cases' parties: only this case's own count for the near-relative ground.
    position: p.position,
    role: p.role as ParticipantRole,
    name: p.name,
    organisation: p.organisation,
    partyPosition: p.caseId === courtCase.id ? p.partyPosition : null,
    caseNumber: p.caseId === courtCase.id ? null : p.caseNumber
  }))

  const eligible: PoolEntry[] = []
  const excluded: ExcludedEntry[] = []
  for (const expert of experts) {
    const activeCases = openCases.get(expert.id) ?? 0
    const entry: PoolEntry = {
      expertId: expert.id,
      name: expert.name,
      organisation: expert.organisation,
      title: expert.title,
      fieldIds: expert.fields
        .filter((f) => fieldIds.includes(f.fieldId))
        .sort((a, b) => Number(b.primary) - Number(a.primary))
        .map((f) => f.fieldId),
      activeCases,
      maxConcurrentCases: expert.maxConcurrentCases
    }
    const reasons: Finding[] = []
    if (expert.status !== 'active') {
      const detail = expert.statusReason === '' ? { reason: 'finding_inactive_no_reason' as const } : { reason: 'finding_inactive' as const, params: { statusReason: expert.statusReason } }
      reasons.push({ code: 'inactive', detail })
    }
    if (today < expert.termStart || today > expert.termEnd) {
      reasons.push({ code: 'out_of_term', detail: { reason: 'finding_out_of_term', params: { termStart: expert.termStart, termEnd: expert.termEnd } } })
    }
    if (activeCases >= expert.maxConcurrentCases) {
      reasons.push({ code: 'at_capacity', detail: { reason: 'finding_at_capacity', params: { activeCases, maxConcurrentCases: expert.maxConcurrentCases } } })
    }
    if (onThisCase.has(expert.id)) reasons.push({ code: 'already_assigned', detail: { reason: 'finding_already_assigned' } })
    reasons.push(
      ...recusalFindings(expert, {
        stage: courtCase.stage,
        parties: courtCase.parties,
        participants,
        servedInMatter: served
          .filter((s, i) => s.expertId === expert.id && served.findIndex((o) => o.expertId === s.expertId && o.caseNumber === s.caseNumber) === i)
          .map((s) => ({ caseNumber: s.caseNumber, stage: s.stage as CaseStage })),
        conflict: conflictOf(conflicts, expert.id)
      })
    )
    if (reasons.length === 0) eligible.push(entry)
    else excluded.push({ ...entry, reasons })
  }
  return { caseId: courtCase.id, today, fieldIds, eligible, excluded }
}
