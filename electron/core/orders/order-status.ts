import { AppError, type ErrorPart } from '../../shared/errors'
import { orderTransitions, type AcceptanceBlocker, type OrderStatus } from '../../shared/orders'
import { acceptanceBlockers, type AcceptanceState } from './milestone-rules'

/**
 * Checks that a restoration order may move from its status to `to`
 * (draft → issued → in progress → accepted, failed or closed; issued → closed),
 * and that nothing blocks acceptance when `to` is `accepted`.
 *
 * @throws AppError `invalid_input` with a `status` field error naming the move
 *   refused, or listing the open deviations and unfinished milestones.
 */
export function assertOrderTransition(order: AcceptanceState & { status: OrderStatus }, to: OrderStatus): void {
  const from = order.status
  if (!orderTransitions[from].includes(to)) {
    const allowed = orderTransitions[from].map((s) => status(s))
    const hint: ErrorPart = allowed.length === 0 ? { reason: 'order_status_final_hint', params: { status: [status(from)] } } : { reason: 'order_status_allowed_hint', params: { allowed } }
    const params = { from: [status(from)], to: [status(to)], hint: [hint] }
    throw new AppError('invalid_input', 'order_move_refused', params, { status: 'order_move_refused' })
  }
  if (to === 'accepted') {
    const blockers = acceptanceBlockers(order)
    if (blockers.length > 0) {
      throw new AppError('invalid_input', 'acceptance_blocked', { blockers: blockers.map(blockerPart) }, { status: 'acceptance_blocked' })
    }
  }
}

const status = (s: OrderStatus): ErrorPart => ({ reason: `order_status_${s}` })

function blockerPart(b: AcceptanceBlocker): ErrorPart {
  return b.kind === 'open_deviation'
    ? {
        reason: 'blocker_open_deviation',
        params: { description: b.description, severity: [{ reason: `severity_${b.severity}` }], action: b.correctiveAction, dueDate: b.dueDate }
      }
    : { reason: 'blocker_milestone_not_done', params: { title: b.title, status: [{ reason: `milestone_status_${b.progress}` }] } }
}
