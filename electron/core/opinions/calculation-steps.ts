import { sourceKindNames, type FigureSource } from '../../shared/opinions'

/** Which figure of a range a line works out; `point` when low and high agree. */
export type Bound = 'point' | 'low' | 'high'

export interface StepFigure {
  bound: Bound
  /** The formula with the numbers put in, e.g. `2,000 m³ × 22.00 元/m³`; `null` for an entered figure. */
  expression: string | null
  /** The exact result with its unit, e.g. `44,000.00 元`. */
  result: string
}

/** One step of a calculation as an opinion prints it. */
export interface CalculationStep {
  /** What the step works out, e.g. `虚拟治理成本`. */
  description: string
  /** The rule in words, e.g. `排放量 × 单位治理成本`; `null` for an entered figure. */
  formula: string | null
  /** One figure for a point value, a low and a high one for a range. */
  figures: StepFigure[]
  /** Where an entered figure comes from; `null` for a computed one. */
  source: FigureSource | null
  /** The printable lines, e.g. `虚拟治理成本 = 排放量 × 单位治理成本 = 2,000 m³ × 22.00 元/m³ = 44,000.00 元`. */
  lines: string[]
}

/** A step for a figure the investigator entered: one line, the range and its source. */
export function enteredStep(description: string, low: string, high: string, unit: string, source: FigureSource): CalculationStep {
  const figures: StepFigure[] =
    low === high
      ? [{ bound: 'point', expression: null, result: low + unit }]
      : [
          { bound: 'low', expression: null, result: low + unit },
          { bound: 'high', expression: null, result: high + unit }
        ]
  const value = low === high ? low : `${low} ~ ${high}`
  return { description, formula: null, figures, source, lines: [`${description} = ${value}${unit}（${sourceText(source)}）`] }
}

/** A computed step: one line per figure, collapsed to one when the low and high lines agree. */
export function computedStep(
  description: string,
  formula: string,
  low: { expression: string; result: string },
  high: { expression: string; result: string }
): CalculationStep {
  const figures: StepFigure[] =
    low.expression === high.expression && low.result === high.result
      ? [{ bound: 'point', ...low }]
      : [
          { bound: 'low', ...low },
          { bound: 'high', ...high }
        ]
  return {
    description,
    formula,
    figures,
    source: null,
    lines: figures.map((f) => `${description}${BOUND_LABELS[f.bound]} = ${formula} = ${f.expression} = ${f.result}`)
  }
}

const BOUND_LABELS: Record<Bound, string> = { point: '', low: '（低值）', high: '（高值）' }

function sourceText(source: FigureSource): string {
  const note = source.note === '' ? '' : `；${source.note}`
  return `来源：${sourceKindNames[source.kind]}，${source.reference}${note}`
}

/** The one rounding of a calculation, to whole fen, shown only where it changes the figure. */
export function roundingStep(
  description: string,
  low: { exact: string; rounded: string },
  high: { exact: string; rounded: string }
): CalculationStep {
  const figures: StepFigure[] =
    low.exact === high.exact
      ? [{ bound: 'point', expression: low.exact, result: low.rounded }]
      : [
          { bound: 'low', expression: low.exact, result: low.rounded },
          { bound: 'high', expression: high.exact, result: high.rounded }
        ]
  return {
    description,
    formula: '四舍五入至分',
    figures,
    source: null,
    lines: figures.map((f) => `${description}${BOUND_LABELS[f.bound]} = ${f.expression}，四舍五入至分为 ${f.result}`)
  }
}
