import { AppError } from '../../shared/errors'
import { formatYuan } from '../../shared/money'
import {
  compareDecimals,
  formatDecimal,
  multiplyDecimals,
  parseDecimal,
  roundHalfUp,
  type Decimal
} from '../../shared/decimal'
import {
  actualCostInput,
  methodDocuments,
  virtualCostInput,
  type ActualCostInput,
  type Coefficient,
  type FigureRange,
  type FunctionClass,
  type Gamma,
  type MethodRecord,
  type StepAmount,
  type StepFormula,
  type StepTerm,
  type StepUnit,
  type VirtualCostInput,
  type VirtualCostMethod
} from '../../shared/opinions'
import { parseOrRefuse } from '../parse-input'
import { computedStep, enteredStep, roundingStep, type CalculationStep } from './calculation-steps'
import { verifiedMultiplier } from './virtual-cost-multipliers'

export type { CalculationStep, StepFigure } from './calculation-steps'
export type { MethodRecord }

export interface VirtualCostEstimate {
  method: MethodRecord
  /** Damage in whole fen, rounded once at the end, half up. Equal to `highFen` for point inputs. */
  lowFen: number
  highFen: number
  steps: CalculationStep[]
}

export interface ActualCostEstimate {
  totalFen: number
  steps: CalculationStep[]
}

interface Span {
  low: Decimal
  high: Decimal
}

/**
 * 虚拟治理成本法: discharged quantity × unit treatment cost × the adjustment of
 * the chosen method version, computed exactly and rounded once, half up, to
 * whole fen; a low and a high figure from the low and high ends of every input.
 *
 * - `recommended-2014` (《环境损害鉴定评估推荐方法（第Ⅱ版）》): the adjustment is
 *   the multiplier for the receiving water's function class. Where the
 *   reference file verifies the class's range (class III, 4.5–6, see
 *   `verifiedMultiplier`) the multiplier entered must lie inside it.
 * - `gbt-39793.2-2020`: D = E × C × γ, with γ entered, or the product of the
 *   coefficients entered, and its composition stated.
 *
 * @throws AppError `invalid_input` with `fieldErrors` for a missing, negative,
 *   zero or malformed figure, a high below its low, a missing source, or a
 *   multiplier outside the verified range.
 */
export function estimateVirtualCost(rawInput: VirtualCostInput): VirtualCostEstimate {
  const input = parseOrRefuse(virtualCostInput, rawInput)
  const unit = input.quantity.unit
  const quantity = spanOf(input.quantity)
  const unitCost = spanOf(input.unitCostYuan)
  const adjustment = adjustmentOf(input.method)
  // The 2014 method names its quantities in words; GB/T 39793.2-2020 also by letter (D = E × C × γ).
  const lettered = input.method.version === 'gbt-39793.2-2020'
  const terms: Record<'quantity' | 'unitCost' | 'damage', StepTerm> = {
    quantity: { kind: lettered ? 'discharge_e' : 'discharge' },
    unitCost: { kind: lettered ? 'unit_cost_c' : 'unit_cost' },
    damage: { kind: lettered ? 'damage_d' : 'damage' }
  }
  const quantityIn = (d: Decimal) => amount(formatDecimal(d), unit)
  const unitCostIn = (d: Decimal) => amount(formatDecimal(d, 2), `yuan_per_${unit}`)
  const steps: CalculationStep[] = [
    enteredStep(terms.quantity, quantityIn(quantity.low), quantityIn(quantity.high), input.quantity.source),
    enteredStep(terms.unitCost, unitCostIn(unitCost.low), unitCostIn(unitCost.high), input.unitCostYuan.source),
    ...adjustment.steps
  ]

  const virtualCost = multiplySpans(quantity, unitCost)
  const costFigure = (bound: 'low' | 'high') => ({
    expression: [quantityIn(quantity[bound]), unitCostIn(unitCost[bound])],
    result: yuan(virtualCost[bound])
  })
  const virtualCostTerm: StepTerm = { kind: 'virtual_cost' }
  steps.push(computedStep(virtualCostTerm, { op: 'product', terms: [terms.quantity, terms.unitCost] }, costFigure('low'), costFigure('high')))

  const damage = multiplySpans(virtualCost, adjustment.value)
  const damageFigure = (bound: 'low' | 'high') => ({
    expression: [yuan(virtualCost[bound]), amount(formatDecimal(adjustment.value[bound]), 'none')],
    result: yuan(damage[bound])
  })
  steps.push(computedStep(terms.damage, { op: 'product', terms: [virtualCostTerm, adjustment.term] }, damageFigure('low'), damageFigure('high')))

  const lowFen = toFen(damage.low)
  const highFen = toFen(damage.high)
  const rounded = (exact: Decimal, fen: number) => ({ exact: yuan(exact), rounded: amount(formatYuan(fen), 'yuan') })
  const low = rounded(damage.low, lowFen)
  const high = rounded(damage.high, highFen)
  if (low.exact.value !== low.rounded.value || high.exact.value !== high.rounded.value) steps.push(roundingStep(terms.damage, low, high))
  return { method: adjustment.record, lowFen, highFen, steps }
}

function amount(value: string, unit: StepUnit): StepAmount {
  return { value, unit }
}

/** An exact yuan figure, at least to the fen. */
function yuan(d: Decimal): StepAmount {
  return amount(formatDecimal(d, 2), 'yuan')
}

/**
 * Actual-cost estimate, where the real treatment costs are known: the sum of
 * the cost items (each in whole fen with its source), shown item by item.
 *
 * @throws AppError `invalid_input` with `fieldErrors` for no items, a negative
 *   or fractional amount, or an item without a description or source.
 */
export function estimateActualCost(rawInput: ActualCostInput): ActualCostEstimate {
  const { items } = parseOrRefuse(actualCostInput, rawInput)
  const steps = items.map((item) => {
    const figure = amount(formatYuan(item.amountFen), 'yuan')
    return enteredStep({ kind: 'typed', text: item.description }, figure, figure, item.source)
  })
  const total = items.reduce((sum, item) => sum + BigInt(item.amountFen), 0n)
  const totalFen = safeFen(total)
  const sum = { expression: items.map((item) => amount(formatYuan(item.amountFen), 'yuan')), result: amount(formatYuan(totalFen), 'yuan') }
  // Up to five items are named in the formula; more are summed by name.
  const formula: StepFormula = items.length <= 5 ? { op: 'sum', terms: items.map((item) => ({ kind: 'typed', text: item.description })) } : { op: 'sum_of_items' }
  steps.push(computedStep({ kind: 'actual_total' }, formula, sum, sum))
  return { totalFen, steps }
}

/** The method's adjustment of the virtual cost: its figure, its term in the damage formula, its steps and record. */
interface Adjustment {
  value: Span
  term: StepTerm
  steps: CalculationStep[]
  record: MethodRecord
}

function adjustmentOf(method: VirtualCostMethod): Adjustment {
  const document = methodDocuments[method.version]
  if (method.version === 'recommended-2014') {
    refuseOutsideVerifiedRange(method.functionClass, method.multiplier)
    const value = spanOf(method.multiplier)
    const subject: StepTerm = { kind: 'multiplier', functionClass: method.functionClass }
    return {
      value,
      term: { kind: 'multiplier_term' },
      steps: [enteredStep(subject, plain(value.low), plain(value.high), method.multiplier.source)],
      record: { version: method.version, document, functionClass: method.functionClass }
    }
  }
  const gamma = gammaSteps(method.gamma)
  return {
    value: gamma.value,
    term: { kind: 'typed', text: 'γ' },
    steps: gamma.steps,
    record: { version: method.version, document, gammaComposition: method.gamma.composition }
  }
}

// Every figure is positive, so the low ends multiply to the low figure and the high ends to the high one.
function multiplySpans(a: Span, b: Span): Span {
  return { low: multiplyDecimals(a.low, b.low), high: multiplyDecimals(a.high, b.high) }
}

function spanOf(range: Pick<FigureRange, 'low' | 'high'>): Span {
  return { low: parseDecimal(range.low), high: parseDecimal(range.high) }
}

function refuseOutsideVerifiedRange(functionClass: FunctionClass, multiplier: FigureRange): void {
  const verified = verifiedMultiplier(functionClass)
  if (!verified) return
  const min = parseDecimal(verified.low)
  const max = parseDecimal(verified.high)
  const params = { functionClass, low: verified.low, high: verified.high, document: methodDocuments['recommended-2014'] }
  // Each bound outside the range gets the reason, worded from the same parameters in the UI's language.
  const fieldErrors: Record<string, 'multiplier_out_of_range'> = {}
  for (const bound of ['low', 'high'] as const) {
    const value = parseDecimal(multiplier[bound])
    if (compareDecimals(value, min) < 0 || compareDecimals(value, max) > 0) fieldErrors[`method.multiplier.${bound}`] = 'multiplier_out_of_range'
  }
  if (Object.keys(fieldErrors).length > 0) throw new AppError('invalid_input', 'multiplier_out_of_range', params, fieldErrors)
}

function gammaSteps(gamma: Gamma): { value: Span; steps: CalculationStep[] } {
  const steps = gamma.components.map((c) => coefficientStep(c))
  const subject: StepTerm = { kind: 'gamma', composition: gamma.composition }
  if (gamma.kind === 'entered') {
    const value = spanOf(gamma.value)
    steps.push(enteredStep(subject, plain(value.low), plain(value.high), gamma.value.source))
    return { value, steps }
  }
  const spans = gamma.components.map((c) => spanOf(c.value))
  const value = spans.reduce((product, span) => multiplySpans(product, span))
  const figure = (bound: 'low' | 'high') => ({ expression: spans.map((s) => plain(s[bound])), result: plain(value[bound]) })
  const formula: StepFormula = { op: 'product', terms: gamma.components.map((c) => ({ kind: 'typed', text: c.symbol })) }
  steps.push(computedStep(subject, formula, figure('low'), figure('high')))
  return { value, steps }
}

function coefficientStep(c: Coefficient): CalculationStep {
  const value = spanOf(c.value)
  return enteredStep({ kind: 'coefficient', name: c.name, symbol: c.symbol }, plain(value.low), plain(value.high), c.value.source)
}

/** A figure without a unit (a multiplier, a coefficient). */
function plain(d: Decimal): StepAmount {
  return amount(formatDecimal(d), 'none')
}

function toFen(yuan: Decimal): number {
  return safeFen(roundHalfUp(yuan, 2))
}

function safeFen(fen: bigint): number {
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) throw new AppError('invalid_input', 'amount_too_large')
  return Number(fen)
}
