import { z } from 'zod'
import { id, optionalText, requiredText, revision, type RecordStamp } from './common'
import { DECIMAL_TEXT, compareDecimals, parseDecimal } from './decimal'
import { orderNumber } from './orders'
import type { Matrix, PastHoldingTime, QcType, SampleEvaluation, ValueSource } from './sampling'
import { functionClasses, quantityUnits, sourceKinds, type CalculationStep, type FunctionClass } from './estimate-steps'

export { functionClasses, quantityUnits, sourceKinds }
export type { Bound, CalculationStep, FunctionClass, QuantityUnit, RecordedStep, SourceKind, StepAmount, StepFigure, StepFormula, StepTerm, StepUnit } from './estimate-steps'

/** The source of one figure: its kind, what it is (report number, document, price list) and a note. */
export const figureSource = z
  .object({
    kind: z.enum(sourceKinds, { message: 'source_kind_required' }),
    reference: requiredText(200, 'source_reference_required'),
    note: optionalText(1000)
  })
  .superRefine((source, ctx) => {
    // A figure the investigator judged has no document behind it: the reasoning is its only support.
    if (source.kind === 'judgement' && source.note === '') {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'judgement_needs_note' })
    }
  })
export type FigureSource = z.infer<typeof figureSource>

// Decimals are typed as text and kept as text, so "22.00" stays exact all the
// way to the printed opinion (see `Decimal`). The checks run in this order and
// the first failing message is the one a form shows.
const decimalText = z
  .string({ message: 'figure_required' })
  .trim()
  .min(1, 'figure_required')
  .max(20, 'figure_too_long')
  .refine((text) => !text.startsWith('-'), 'number_not_negative')
  .refine((text) => text.startsWith('-') || DECIMAL_TEXT.test(text), 'decimal_malformed')
  .refine((text) => !DECIMAL_TEXT.test(text) || /[1-9]/.test(text), 'must_be_positive')

/**
 * A figure as a range: `low` and `high` are equal for a point value. Both are
 * decimal text greater than zero; `high` may not be below `low`.
 */
export const figureRange = z.object({ low: decimalText, high: decimalText, source: figureSource }).superRefine(highNotBelowLow)
export type FigureRange = z.infer<typeof figureRange>

function highNotBelowLow(range: { low: string; high: string }, ctx: z.RefinementCtx): void {
  if (!DECIMAL_TEXT.test(range.low) || !DECIMAL_TEXT.test(range.high)) return
  if (compareDecimals(parseDecimal(range.high), parseDecimal(range.low)) < 0) {
    ctx.addIssue({ code: 'custom', path: ['high'], message: 'high_below_low' })
  }
}

/** A named coefficient of GB/T 39793.2-2020 (α 危害系数, τ 超标系数…), entered with its source. */
export const coefficient = z.object({
  symbol: requiredText(10, 'coefficient_symbol_required'),
  name: requiredText(50, 'coefficient_name_required'),
  value: figureRange
})
export type Coefficient = z.infer<typeof coefficient>

/**
 * γ of GB/T 39793.2-2020. How γ is made up is not settled in our reference
 * (α×τ×ω in one secondary source, other forms elsewhere), so the investigator
 * states the composition used and its basis, and either enters γ itself
 * (`entered`, components optional and shown for the record) or has it
 * computed as the product of the components entered (`product`).
 */
export const gamma = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('entered'),
    value: figureRange,
    composition: requiredText(300, 'gamma_composition_required'),
    components: z.array(coefficient).max(10, 'coefficients_at_most')
  }),
  z.object({
    kind: z.literal('product'),
    composition: requiredText(300, 'gamma_composition_required'),
    components: z.array(coefficient).min(1, 'coefficients_needed').max(10, 'coefficients_at_most')
  })
])
export type Gamma = z.infer<typeof gamma>

export const methodVersions = ['recommended-2014', 'gbt-39793.2-2020'] as const
export type MethodVersion = (typeof methodVersions)[number]

/** The documents each method version follows, as an opinion cites them. */
export const methodDocuments: Record<MethodVersion, string> = {
  'recommended-2014': '《环境损害鉴定评估推荐方法（第Ⅱ版）》（环办〔2014〕90号）',
  'gbt-39793.2-2020': 'GB/T 39793.2-2020《生态环境损害鉴定评估技术指南 基础方法 第2部分：水污染虚拟治理成本法》'
}

export const virtualCostMethod = z.discriminatedUnion('version', [
  z.object({
    version: z.literal('recommended-2014'),
    functionClass: z.enum(functionClasses, { message: 'function_class_required' }),
    multiplier: figureRange
  }),
  z.object({ version: z.literal('gbt-39793.2-2020'), gamma })
])
export type VirtualCostMethod = z.infer<typeof virtualCostMethod>

/** 虚拟治理成本法: discharged quantity × unit treatment cost (元 per unit) × the method's adjustment. */
export const virtualCostInput = z.object({
  quantity: figureRange.safeExtend({ unit: z.enum(quantityUnits, { message: 'quantity_unit_required' }) }),
  unitCostYuan: figureRange,
  method: virtualCostMethod
})
export type VirtualCostInput = z.input<typeof virtualCostInput>

/** One real treatment cost (an invoice, a contract payment), in whole fen. */
export const actualCostItem = z.object({
  description: requiredText(200, 'cost_description_required'),
  amountFen: z.number({ message: 'amount_required' }).int('amount_whole_fen').min(0, 'number_not_negative').max(Number.MAX_SAFE_INTEGER),
  source: figureSource
})
export type ActualCostItem = z.infer<typeof actualCostItem>

export const actualCostInput = z.object({
  items: z.array(actualCostItem).min(1, 'actual_costs_needed').max(200, 'cost_items_at_most')
})
export type ActualCostInput = z.input<typeof actualCostInput>

/** The method an estimate followed, as the opinion names it. */
export type MethodRecord =
  | { version: 'recommended-2014'; document: string; functionClass: FunctionClass }
  | { version: 'gbt-39793.2-2020'; document: string; gammaComposition: string }

/** The two ways an opinion estimates damage. */
export const estimateKinds = ['virtual_cost', 'actual_cost'] as const
export type EstimateKind = (typeof estimateKinds)[number]

/** An estimate to work out: the virtual-cost inputs, or the real cost items. */
export const estimateRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('virtual_cost'), input: virtualCostInput }),
  z.object({ kind: z.literal('actual_cost'), input: actualCostInput })
])
export type EstimateRequest = z.input<typeof estimateRequest>

/** `estimates.create`: works out an estimate for a case and keeps it, inputs, result and steps together. */
export const estimateCreateInput = z.object({ caseId: id, estimate: estimateRequest })
export type EstimateCreateInput = z.input<typeof estimateCreateInput>

/** The figures an estimate came to: low and high in fen (equal for a point estimate, and for actual costs). */
export interface EstimateResult {
  lowFen: number
  highFen: number
  steps: CalculationStep[]
  /** `null` for an actual-cost estimate, which follows no method. */
  method: MethodRecord | null
}

/**
 * A stored estimate. Written once and never changed: an opinion prints the
 * result stored here, so a later change to the calculation code can never
 * change what an investigator signed.
 */
export type DamageEstimate = EstimateResult & {
  id: string
  caseId: string
  /** `recommended-2014`, `gbt-39793.2-2020`, or `actual-cost`. */
  methodVersion: string
  createdAt: string
  createdByName: string
} & (
    | { kind: 'virtual_cost'; input: z.output<typeof virtualCostInput> }
    | { kind: 'actual_cost'; input: z.output<typeof actualCostInput> }
  )

/** One restoration option an opinion puts to the court, the recommended one marked. */
export const restorationOption = z.object({
  method: requiredText(500, 'restoration_method_required'),
  expectedResult: requiredText(500, 'expected_result_required'),
  costFen: z.number({ message: 'cost_required' }).int('cost_whole_fen').min(0, 'number_not_negative').max(Number.MAX_SAFE_INTEGER),
  durationDays: z.number({ message: 'duration_required' }).int('duration_whole_days').min(1, 'duration_days_at_least').max(3650, 'duration_days_at_most'),
  recommended: z.boolean()
})
export type RestorationOption = z.infer<typeof restorationOption>

/** One question the court asked the investigators. */
export const courtQuestion = z.object({ text: requiredText(500, 'court_question_required') })

const distinctIds = (max: number, tooMany: string) =>
  z
    .array(id)
    .max(max, tooMany)
    .refine((ids) => new Set(ids).size === ids.length, 'chosen_twice')

/** The editable sections of an opinion, stored structured. */
export const opinionContent = z.object({
  questions: z.array(courtQuestion).max(20, 'questions_at_most'),
  findings: optionalText(10000),
  /** The case's site visits and samples the opinion relies on, in the order chosen. */
  visitIds: distinctIds(100, 'visits_at_most'),
  sampleIds: distinctIds(500, 'samples_at_most'),
  virtualEstimateId: id.nullable(),
  actualEstimateId: id.nullable(),
  options: z
    .array(restorationOption)
    .max(10, 'options_at_most')
    .superRefine((options, ctx) => {
      if (options.filter((o) => o.recommended).length > 1) {
        ctx.addIssue({ code: 'custom', path: [], message: 'one_recommended_option' })
      }
    }),
  statement: optionalText(5000)
})
export type OpinionContent = z.infer<typeof opinionContent>

/** The statement an opinion starts with; investigators edit it. */
export const defaultOpinionStatement =
  '本意见系技术调查官根据现场勘查、采样检测结果及相关技术规范，就法院提出的专门性问题所作的技术说明，仅供合议庭评议时参考，不作为证据使用，不对外公开。'

/** Opinion status: draft → signed (by every assigned investigator) → submitted (before deliberation). */
export const opinionStatuses = ['draft', 'signed', 'submitted'] as const
export type OpinionStatus = (typeof opinionStatuses)[number]

export const opinionCreateInput = z.object({ caseId: id })
export const opinionIdInput = z.object({ id })
export const opinionCaseInput = z.object({ caseId: id })
/** An edit names the revision it was based on; editing a signed opinion makes a new version. */
export const opinionUpdateInput = z.object({ id, revision, content: opinionContent })
export type OpinionUpdateInput = z.input<typeof opinionUpdateInput>
export const opinionStepInput = z.object({ id, revision })
/**
 * `opinions.draftOrder`: the recommended option of a signed opinion becomes a
 * draft restoration order; only the order's type and number are chosen, the
 * rest comes from the opinion and its case.
 */
export const opinionDraftOrderInput = z.object({ id, orderTypeId: id, orderNumber })
export type OpinionDraftOrderInput = z.input<typeof opinionDraftOrderInput>

/** A site visit an opinion relies on, as its print lists it. */
export interface OpinionVisit {
  visitId: string
  visitDate: string
  peoplePresent: string[]
  weather: string
  voided: boolean
}

/**
 * A value of a sample an opinion relies on: a standing lab result, or a
 * field measurement the evaluation counted for want of a lab value. The two
 * marks are absent from samples frozen by a signature before EcoCase kept
 * them: such a value reads as a lab result whose holding time was not checked.
 */
export interface OpinionSampleResult {
  /** The parameter's code (`cod`); absent from samples frozen before EcoCase sent codes, which carry `parameterName` instead. */
  parameterKey?: string
  /** The Chinese name frozen by a signature before codes (read only). */
  parameterName?: string
  value: number
  qualifier: '<' | null
  unit: string
  /** `field`: measured on site (pH, DO), counted because the laboratory gave no value. */
  source?: ValueSource
  /** Hours by which the analysis came after the holding time; `null` within it, or when the holding time is not verified. */
  exceededByHours?: number | null
}

/**
 * A sample an opinion relies on, with its standing results and its
 * evaluation against GB 3838-2002 or GB 15618-2018 (`SampleEvaluation`).
 */
export interface OpinionSample {
  sampleId: string
  visitId: string | null
  code: string
  siteName: string
  sampledAt: string
  matrix: Matrix
  qcType: QcType
  voided: boolean
  results: OpinionSampleResult[]
  evaluation: FrozenEvaluation<SampleEvaluation>
}

/** An evaluation as a signature froze it: one frozen before evaluations listed late analyses has no `pastHoldingTime`. */
export type FrozenEvaluation<E> = E extends { pastHoldingTime: PastHoldingTime[] } ? Omit<E, 'pastHoldingTime'> & { pastHoldingTime?: PastHoldingTime[] } : E

/** The visits and samples of a case an opinion may rely on (`opinions.evidence`). */
export interface OpinionEvidence {
  visits: OpinionVisit[]
  samples: OpinionSample[]
}

/** An investigator of the case as the opinion shows them, with their signature once they signed. */
export interface OpinionInvestigator {
  expertId: string
  name: string
  title: string
  organisation: string
  signedAt: string | null
  signedByName: string | null
}

/** One version of an opinion in its history. */
export interface OpinionVersion {
  id: string
  version: number
  status: OpinionStatus
  updatedAt: string
}

export interface Opinion extends OpinionContent, RecordStamp {
  id: string
  caseId: string
  caseNumber: string
  caseCause: string
  court: string
  version: number
  previousVersionId: string | null
  /** The next version, when this one was changed after signing; `null` for the latest. */
  nextVersionId: string | null
  status: OpinionStatus
  investigators: OpinionInvestigator[]
  virtualEstimate: DamageEstimate | null
  actualEstimate: DamageEstimate | null
  /**
   * The visits and samples relied on. Read live while nobody has signed; from
   * the first signature on, as they stood then, so later results or edits to
   * a visit never change what was signed.
   */
  visits: OpinionVisit[]
  samples: OpinionSample[]
  submittedAt: string | null
  submittedByName: string | null
  /** The draft restoration order made from this version's recommended option, once made. */
  draftOrder: { id: string; orderNumber: string } | null
  /** 不公开: an opinion is for the judges' deliberation only. */
  notForPublicRelease: true
  versions: OpinionVersion[]
}

/** What the print view needs: the opinion at print time (its seal comes from `documents.seal`). */
export interface OpinionPrint {
  opinion: Opinion
  printedAt: string
}
