import type { CriterionEvaluationView, Milestone, RestorationOrder } from './orders'

/** One parameter's results over time at a target site, for the summary's trend chart. */
export interface TrendSeries {
  siteId: string
  siteName: string
  parameter: string
  unit: string
  /** The target class limit in `unit`; null when the item has a range or rule. */
  limit: number | null
  points: { sampledOn: string; sampleCode: string; value: number; belowDetection: boolean }[]
}

/** The latest sampling at a target site judged against the target, with the items that decide it. */
export interface TargetEvaluation {
  siteId: string
  siteName: string
  targetClass: string
  sampleCode: string | null
  sampledOn: string | null
  /** Single-factor class of the water at that sampling (I–V, 劣V), null without results. */
  waterClass: string | null
  meets: boolean | null
  /** `deciding`: the items that set the water's class (定类项目). */
  items: { parameter: string; /** null: not measured at that sampling. */ value: string | null; limit: string; meets: boolean | null; deciding: boolean }[]
}

/** Everything the printed restoration-order summary shows (its seal comes from `documents.seal`). */
export interface OrderSummary {
  order: RestorationOrder
  court: string
  targetEvaluations: TargetEvaluation[]
  trends: TrendSeries[]
  generatedAt: string
}

/**
 * The summary as its seal fingerprints it and its Word file prints it: each
 * sample-based criterion's explanation as its Chinese sentence, the shape
 * summaries were sealed in before the explanation was codes, so a summary
 * printed then still verifies (`verify --document`).
 */
export type SealedOrderSummary = Omit<OrderSummary, 'order'> & { order: Omit<RestorationOrder, 'milestones'> & { milestones: SealedMilestone[] } }
export type SealedMilestone = Omit<Milestone, 'evaluation'> & { evaluation: (Omit<CriterionEvaluationView, 'explanation'> & { explanation: string }) | null }
