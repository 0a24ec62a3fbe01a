import { sourceKindNames, type Bound, type CalculationStep, type FigureSource, type StepFigure } from '../../shared/opinions'

export type { Bound, CalculationStep, StepFigure }

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
