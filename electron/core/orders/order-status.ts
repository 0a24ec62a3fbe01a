import { AppError } from '../../shared/errors'
import { deviationSeverityNames, milestoneStatusNames, orderStatusNames, orderTransitions, type AcceptanceBlocker, type OrderStatus } from '../../shared/orders'
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
    const allowed = orderTransitions[from].map((s) => orderStatusNames[s])
    const hint = allowed.length === 0 ? `“${orderStatusNames[from]}”为最终状态` : `只能改为：${allowed.join('、')}`
    const message = `修复令不能从“${orderStatusNames[from]}”改为“${orderStatusNames[to]}”（${hint}）`
    throw new AppError('invalid_input', message, { status: message })
  }
  if (to === 'accepted') {
    const blockers = acceptanceBlockers(order)
    if (blockers.length > 0) {
      const message = `尚不能验收：${blockers.map(blockerZh).join('；')}`
      throw new AppError('invalid_input', message, { status: message })
    }
  }
}

// The error's Chinese words; the order page words the same facts in its own language.
function blockerZh(b: AcceptanceBlocker): string {
  return b.kind === 'open_deviation'
    ? `偏差未关闭：${b.description}（${deviationSeverityNames[b.severity]}；整改要求：${b.correctiveAction}；整改期限 ${b.dueDate}）`
    : `节点未完成：${b.title}（${milestoneStatusNames[b.progress]}）`
}
