import type { Kysely } from 'kysely'
import type { Database } from '../db/database'
import type { CourtCase } from '../../shared/cases'
import type { ExcludedEntry, Finding, PoolEntry, Screening } from '../../shared/assignments'
import { openAssignmentStatuses } from '../../shared/assignments'
import { findExperts } from '../experts/expert.repository'
import { recusalFindings } from './recusal'

/** Open cases per expert: the workload that max concurrent cases is checked against. */
export async function openCaseCounts(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('assignment')
    .select((eb) => ['expertId', eb.fn.count<number>('caseId').distinct().as('cases')])
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
  const openCases = await openCaseCounts(db)

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
        .select(['assignment.expertId', 'courtCase.caseNumber'])
        .where('assignment.caseId', 'in', otherStages)
        .where('assignment.status', 'not in', ['declined', 'recused'])
        .execute()
    : []
  const conflicts = await db.selectFrom('caseConflict').select(['expertId', 'reason']).where('caseId', '=', courtCase.id).execute()

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
    if (expert.status !== 'active') reasons.push({ code: 'inactive', detail: expert.statusReason || '已暂停' })
    if (today < expert.termStart || today > expert.termEnd) {
      reasons.push({ code: 'out_of_term', detail: `聘任期 ${expert.termStart} 至 ${expert.termEnd}` })
    }
    if (activeCases >= expert.maxConcurrentCases) {
      reasons.push({ code: 'at_capacity', detail: `在办 ${activeCases} 件，已达上限 ${expert.maxConcurrentCases} 件` })
    }
    if (onThisCase.has(expert.id)) reasons.push({ code: 'already_assigned', detail: '已指派至本案' })
    reasons.push(
      ...recusalFindings(expert, {
        parties: courtCase.parties,
        servedInMatter: [...new Set(served.filter((s) => s.expertId === expert.id).map((s) => s.caseNumber))],
        personalConflict: conflicts.find((c) => c.expertId === expert.id)?.reason ?? null
      })
    )
    if (reasons.length === 0) eligible.push(entry)
    else excluded.push({ ...entry, reasons })
  }
  return { caseId: courtCase.id, today, fieldIds, eligible, excluded }
}
