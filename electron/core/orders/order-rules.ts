import { AppError } from '../../shared/errors'
import { formatYuan } from '../../shared/money'
import { addMonths, daysBetween } from '../../shared/shanghai-time'
import { orderTypeCodes } from '../../shared/order-types'
import type { LabourInput, MilestoneProgress, OrderInput, UpkeepInput } from '../../shared/orders'
import type { AcceptanceMember } from '../../shared/acceptance'

/**
 * The sections an order of a seeded type cannot go without (issue 13: orders
 * as courts issue them). A replanting order (补植复绿令) fixes its upkeep
 * (管护) and the survival rate accepted after it; a restocking order
 * (增殖放流令) the species and quantities the fishery authority approved, and
 * who approved them; labour in lieu (劳务代偿) its hours and hourly rate.
 * Other types may carry any section, and none is required of them.
 *
 * @throws AppError `invalid_input` on the missing section's field.
 */
export function refuseMissingSections(typeCode: string, input: Pick<Required<OrderInput>, 'upkeep' | 'labour' | 'restocking'>): void {
  if (typeCode === orderTypeCodes.replanting && (input.upkeep === null || input.upkeep.survivalThresholdPct === null)) {
    throw new AppError('invalid_input', 'replanting_needs_upkeep', {}, { upkeep: 'replanting_needs_upkeep' })
  }
  if (typeCode === orderTypeCodes.restocking && input.restocking === null) {
    throw new AppError('invalid_input', 'restocking_needs_approval', {}, { restocking: 'restocking_needs_approval' })
  }
  if (typeCode === orderTypeCodes.labour && input.labour === null) {
    throw new AppError('invalid_input', 'labour_needs_hours', {}, { labour: 'labour_needs_hours' })
  }
}

/** What labour in lieu offsets: hours × the hourly rate, in fen (both integers, so exact). */
export function labourOffsetFen(labour: LabourInput): number {
  return labour.hours * labour.hourlyRateFen
}

/**
 * Labour in lieu offsets part of the restoration fee the judgment set, never
 * more than the fee itself (EcoCase's rule: an offset beyond the fee would
 * pay the obligor for restoring).
 *
 * @throws AppError `invalid_input` on `labour` when hours × rate exceeds the fee.
 */
export function refuseLabourOverFee(input: Pick<Required<OrderInput>, 'labour' | 'restorationFeeFen'>): void {
  if (input.labour === null) return
  const offset = labourOffsetFen(input.labour)
  if (!Number.isSafeInteger(offset) || offset > input.restorationFeeFen) {
    const params = { offset: Number.isSafeInteger(offset) ? formatYuan(offset) : '∞', fee: formatYuan(input.restorationFeeFen) }
    throw new AppError('invalid_input', 'labour_exceeds_fee', params, { labour: 'labour_exceeds_fee' })
  }
}

/**
 * The last day of upkeep: upkeep runs for its months once the works are
 * done, i.e. from the day the last milestone was done ("补植完成后管护一年").
 * Null while any milestone is open (or there is no upkeep): the period has
 * not begun.
 */
export function upkeepEndsOn(upkeep: UpkeepInput | null, milestones: readonly { progress: MilestoneProgress; doneOn: string | null }[]): string | null {
  if (upkeep === null || milestones.length === 0 || milestones.some((m) => m.progress !== 'done' || m.doneOn === null)) return null
  const lastDone = milestones.map((m) => m.doneOn!).reduce((a, b) => (a > b ? a : b))
  return addMonths(lastDone, upkeep.months)
}

/** What a passing acceptance is checked against. */
export interface AcceptanceOrder {
  upkeep: UpkeepInput | null
  upkeepEndsOn: string | null
}

/**
 * A joint acceptance team (联合验收组: court, procuratorate, the competent
 * authority, the investigators; issue 13) records each member. The court
 * that issued the order and the competent authority that takes the site over
 * sit on every team; the procuratorate sits where it brought the suit and
 * investigators where the court appointed them, so neither is required.
 *
 * @throws AppError `invalid_input` on `members` naming the missing side.
 */
export function refuseIncompleteTeam(members: readonly AcceptanceMember[]): void {
  const missing = (['court', 'authority'] as const).filter((role) => !members.some((m) => m.role === role))
  if (missing.length > 0) {
    const params = { missing: missing.map((role) => ({ reason: `member_role_${role}` as const })) }
    throw new AppError('invalid_input', 'acceptance_members_missing', params, { members: 'acceptance_members_missing' })
  }
}

/**
 * An order with a survival threshold is accepted on the survival rate found:
 * passing needs the rate at or above the order's threshold (e.g. ≥ 85 %, the
 * figure the judgment fixes). A passing acceptance of an order with upkeep
 * also waits until the upkeep has run: on its last day, not before.
 *
 * @throws AppError `invalid_input` on `survivalRatePct` or `acceptedOn`.
 */
export function refusePassingTooSoon(
  order: AcceptanceOrder,
  input: { result: 'passed' | 'failed'; acceptedOn: string; survivalRatePct: number | null }
): void {
  const threshold = order.upkeep?.survivalThresholdPct ?? null
  if (threshold !== null && input.survivalRatePct === null) {
    throw new AppError('invalid_input', 'acceptance_needs_survival', {}, { survivalRatePct: 'field_survival_rate' })
  }
  if (input.result !== 'passed') return
  if (threshold !== null && input.survivalRatePct! < threshold) {
    throw new AppError('invalid_input', 'survival_below_threshold', { rate: input.survivalRatePct!, threshold }, { survivalRatePct: 'survival_below_threshold' })
  }
  if (order.upkeepEndsOn !== null && daysBetween(input.acceptedOn, order.upkeepEndsOn) > 0) {
    throw new AppError('invalid_input', 'upkeep_not_over', { endsOn: order.upkeepEndsOn }, { acceptedOn: 'upkeep_not_over' })
  }
}
