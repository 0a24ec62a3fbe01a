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
  quantityUnitSymbols,
  virtualCostInput,
  type ActualCostInput,
  type Coefficient,
  type FigureRange,
  type FunctionClass,
  type Gamma,
  type MethodRecord,
  type VirtualCostInput,
  type VirtualCostMethod
} from '../../shared/opinions'
import { parseOrRefuse } from '../parse-input'
import { computedStep, enteredStep, roundingStep, type CalculationStep } from './calculation-steps'
import { verifiedMultiplier } from './virtual-cost-multipliers'

export type { CalculationStep, StepFigure, Bound } from './calculation-steps'
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
  const symbol = quantityUnitSymbols[input.quantity.unit]
  const quantity = spanOf(input.quantity)
  const unitCost = spanOf(input.unitCostYuan)
  const adjustment = adjustmentOf(input.method)
  const names =
    input.method.version === 'recommended-2014'
      ? { quantity: '排放量', unitCost: '单位治理成本', damage: '生态环境损害数额' }
      : { quantity: '排放数量 E', unitCost: '单位治理成本 C', damage: '生态环境损害数额 D' }
  const steps: CalculationStep[] = [
    enteredStep(names.quantity, formatDecimal(quantity.low), formatDecimal(quantity.high), ` ${symbol}`, input.quantity.source),
    enteredStep(names.unitCost, formatDecimal(unitCost.low, 2), formatDecimal(unitCost.high, 2), ` 元/${symbol}`, input.unitCostYuan.source),
    ...adjustment.steps
  ]

  const virtualCost = multiplySpans(quantity, unitCost)
  const yuan = (d: Decimal) => `${formatDecimal(d, 2)} 元`
  const costFigure = (bound: 'low' | 'high') => ({
    expression: `${formatDecimal(quantity[bound])} ${symbol} × ${formatDecimal(unitCost[bound], 2)} 元/${symbol}`,
    result: yuan(virtualCost[bound])
  })
  steps.push(computedStep('虚拟治理成本', `${names.quantity} × ${names.unitCost}`, costFigure('low'), costFigure('high')))

  const damage = multiplySpans(virtualCost, adjustment.value)
  const damageFigure = (bound: 'low' | 'high') => ({
    expression: `${yuan(virtualCost[bound])} × ${formatDecimal(adjustment.value[bound])}`,
    result: yuan(damage[bound])
  })
  steps.push(computedStep(names.damage, `虚拟治理成本 × ${adjustment.name}`, damageFigure('low'), damageFigure('high')))

  const lowFen = toFen(damage.low)
  const highFen = toFen(damage.high)
  const rounded = (exact: Decimal, fen: number) => ({ exact: `${formatDecimal(exact, 2)} 元`, rounded: `${formatYuan(fen)} 元` })
  const low = rounded(damage.low, lowFen)
  const high = rounded(damage.high, highFen)
  if (low.exact !== low.rounded || high.exact !== high.rounded) steps.push(roundingStep(names.damage, low, high))
  return { method: adjustment.record, lowFen, highFen, steps }
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
    const amount = formatYuan(item.amountFen)
    return enteredStep(item.description, amount, amount, ' 元', item.source)
  })
  const total = items.reduce((sum, item) => sum + BigInt(item.amountFen), 0n)
  const totalFen = safeFen(total)
  const sum = {
    expression: items.map((item) => `${formatYuan(item.amountFen)} 元`).join(' + '),
    result: `${formatYuan(totalFen)} 元`
  }
  const formula = items.length <= 5 ? items.map((item) => item.description).join(' + ') : '各项费用之和'
  steps.push(computedStep('实际治理费用合计', formula, sum, sum))
  return { totalFen, steps }
}

/** The method's adjustment of the virtual cost: its figure, how it is named in formulas, its steps and record. */
interface Adjustment {
  value: Span
  name: string
  steps: CalculationStep[]
  record: MethodRecord
}

function adjustmentOf(method: VirtualCostMethod): Adjustment {
  const document = methodDocuments[method.version]
  if (method.version === 'recommended-2014') {
    refuseOutsideVerifiedRange(method.functionClass, method.multiplier)
    const value = spanOf(method.multiplier)
    const description = `倍数（受纳水体 ${method.functionClass} 类）`
    return {
      value,
      name: '倍数',
      steps: [enteredStep(description, formatDecimal(value.low), formatDecimal(value.high), '', method.multiplier.source)],
      record: {
        version: method.version,
        document,
        formula: '生态环境损害数额 = 排放量 × 单位治理成本 × 倍数',
        functionClass: method.functionClass
      }
    }
  }
  const gamma = gammaSteps(method.gamma)
  return {
    value: gamma.value,
    name: 'γ',
    steps: gamma.steps,
    record: { version: method.version, document, formula: 'D = E × C × γ', gammaComposition: method.gamma.composition }
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
  const message = new AppError('invalid_input', 'multiplier_out_of_range', params).message
  const fieldErrors: Record<string, string> = {}
  for (const bound of ['low', 'high'] as const) {
    const value = parseDecimal(multiplier[bound])
    if (compareDecimals(value, min) < 0 || compareDecimals(value, max) > 0) fieldErrors[`method.multiplier.${bound}`] = message
  }
  if (Object.keys(fieldErrors).length > 0) throw new AppError('invalid_input', 'multiplier_out_of_range', params, fieldErrors)
}

function gammaSteps(gamma: Gamma): { value: Span; steps: CalculationStep[] } {
  const steps = gamma.components.map((c) => coefficientStep(c))
  if (gamma.kind === 'entered') {
    const value = spanOf(gamma.value)
    steps.push(enteredStep(`调整系数 γ（${gamma.composition}）`, formatDecimal(value.low), formatDecimal(value.high), '', gamma.value.source))
    return { value, steps }
  }
  const spans = gamma.components.map((c) => spanOf(c.value))
  const value = spans.reduce((product, span) => multiplySpans(product, span))
  const figure = (bound: 'low' | 'high') => ({
    expression: spans.map((s) => formatDecimal(s[bound])).join(' × '),
    result: formatDecimal(value[bound])
  })
  const formula = gamma.components.map((c) => c.symbol).join(' × ')
  steps.push(computedStep(`调整系数 γ（${gamma.composition}）`, formula, figure('low'), figure('high')))
  return { value, steps }
}

function coefficientStep(c: Coefficient): CalculationStep {
  const value = spanOf(c.value)
  return enteredStep(`${c.name} ${c.symbol}`, formatDecimal(value.low), formatDecimal(value.high), '', c.value.source)
}

function toFen(yuan: Decimal): number {
  return safeFen(roundHalfUp(yuan, 2))
}

function safeFen(fen: bigint): number {
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) throw new AppError('invalid_input', 'amount_too_large')
  return Number(fen)
}
