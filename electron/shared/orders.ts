import { z } from 'zod'
import { id } from './common'

/** Restoration order (修复令) status: draft → issued → in progress → accepted, failed or closed. */
export const orderStatuses = ['draft', 'issued', 'in_progress', 'accepted', 'failed', 'closed'] as const
export type OrderStatus = (typeof orderStatuses)[number]

export const orderStatusNames: Record<OrderStatus, string> = {
  draft: '草稿',
  issued: '已签发',
  in_progress: '执行中',
  accepted: '已验收',
  failed: '验收未通过',
  closed: '已终结'
}

/**
 * The moves each status allows. An issued order may be closed before work
 * starts (withdrawn, or replaced by a payment the court orders); accepted,
 * failed and closed are final: a new order is issued rather than a finished
 * one reopened, so the record of what was accepted never changes.
 */
export const orderTransitions: Record<OrderStatus, readonly OrderStatus[]> = {
  draft: ['issued'],
  issued: ['in_progress', 'closed'],
  in_progress: ['accepted', 'failed', 'closed'],
  accepted: [],
  failed: [],
  closed: []
}

/**
 * A milestone's stored progress. Only what a person decides is stored:
 * starting work and confirming it done (with evidence, or from a sample-based
 * criterion the investigator confirms). "Overdue" follows from the due date
 * and today, and "deviated" from the open deviations of its inspections, so
 * both are derived and can never go stale (see `milestoneStatus`).
 */
export const milestoneProgresses = ['pending', 'in_progress', 'done'] as const
export type MilestoneProgress = (typeof milestoneProgresses)[number]

/** What a milestone shows: its progress, or the derived overdue / deviated. */
export type MilestoneStatus = MilestoneProgress | 'overdue' | 'deviated'

export const milestoneStatusNames: Record<MilestoneStatus, string> = {
  pending: '未开始',
  in_progress: '进行中',
  done: '已完成',
  overdue: '已逾期',
  deviated: '存在偏差'
}

export const deviationSeverities = ['minor', 'major', 'critical'] as const
export type DeviationSeverity = (typeof deviationSeverities)[number]

export const deviationSeverityNames: Record<DeviationSeverity, string> = { minor: '一般', major: '较重', critical: '严重' }

/**
 * A sample-based acceptance criterion, e.g. "site S1 meets GB 3838 class IV
 * for COD, NH3-N and TP in two consecutive samplings at least 30 days apart".
 * `parameters` are GB 3838-2002 item keys (`cod`, `nh3_n`, `tp`); `lake` covers
 * lakes, reservoirs and ponds.
 */
export const sampleCriterion = z.object({
  siteId: id,
  standard: z.literal('gb3838', { message: '目前仅支持 GB 3838-2002' }),
  waterbody: z.enum(['river', 'lake'], { message: '请选择水体类型' }),
  targetClass: z.enum(['I', 'II', 'III', 'IV', 'V'], { message: '请选择目标类别' }),
  parameters: z
    .array(z.string().min(1), { message: '请选择评价项目' })
    .min(1, '至少选择一个评价项目')
    .max(24)
    .refine((keys) => new Set(keys).size === keys.length, '评价项目不能重复'),
  consecutive: z.number({ message: '请填写次数' }).int('请填写整数').min(1, '至少 1 次').max(12, '不能超过 12 次'),
  minDaysApart: z.number({ message: '请填写天数' }).int('请填写整数').min(0, '不能为负数').max(3650, '不能超过 3650 天')
})
export type SampleCriterion = z.infer<typeof sampleCriterion>
