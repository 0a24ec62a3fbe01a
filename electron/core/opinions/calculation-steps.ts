import type { CalculationStep, FigureSource, StepAmount, StepFigure, StepFormula, StepTerm } from '../../shared/opinions'

export type { CalculationStep, StepAmount, StepFigure }

/** Low and high figures as one point when they agree, else as a low and a high one. */
function figuresOf(low: Omit<StepFigure, 'bound'>, high: Omit<StepFigure, 'bound'>): StepFigure[] {
  if (JSON.stringify(low) === JSON.stringify(high)) return [{ bound: 'point', ...low }]
  return [
    { bound: 'low', ...low },
    { bound: 'high', ...high }
  ]
}

/** A figure the investigator entered: the range in its unit, and its source. */
export function enteredStep(subject: StepTerm, low: StepAmount, high: StepAmount, source: FigureSource): CalculationStep {
  return { code: 'entered', subject, figures: figuresOf({ expression: null, result: low }, { expression: null, result: high }), source }
}

/** A computed step: the formula with the low and with the high figures put in. */
export function computedStep(
  subject: StepTerm,
  formula: StepFormula,
  low: { expression: StepAmount[]; result: StepAmount },
  high: { expression: StepAmount[]; result: StepAmount }
): CalculationStep {
  return { code: 'computed', subject, formula, figures: figuresOf(low, high) }
}

/** The one rounding of a calculation, to whole fen, from the exact figure. */
export function roundingStep(subject: StepTerm, low: { exact: StepAmount; rounded: StepAmount }, high: { exact: StepAmount; rounded: StepAmount }): CalculationStep {
  return { code: 'rounded', subject, figures: figuresOf({ expression: [low.exact], result: low.rounded }, { expression: [high.exact], result: high.rounded }) }
}
