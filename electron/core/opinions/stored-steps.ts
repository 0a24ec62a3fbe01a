import { AppError } from '../../shared/errors'
import { stepLines, type RecordedStep } from '../../shared/estimate-steps'
import type { CalculationStep, MethodRecord } from '../../shared/opinions'
import { estimateActualCost, estimateVirtualCost } from './damage-estimate'

/** A stored estimate's columns that its steps are read from. */
export interface StoredEstimate {
  kind: string
  inputJson: string
  stepsJson: string
  lowFen: number
  highFen: number
}

/**
 * The steps of a stored estimate, as codes. An estimate stored before steps
 * carried codes holds Chinese lines only, and the stored row stays as it
 * is (the audit trail and the exchange packages carry it so). Its input is
 * stored beside them, so its steps are worked out again from that input and
 * taken only when their Chinese words are exactly the stored lines and the
 * result the stored one: what the investigators saw and signed reads the
 * same. Any other stored step (worked out by a calculation since changed,
 * or an input no longer accepted) is shown as recorded, in its own words.
 */
export function storedSteps(row: StoredEstimate): CalculationStep[] {
  const stored = JSON.parse(row.stepsJson) as (CalculationStep | Omit<RecordedStep, 'code'>)[]
  if (stored.every((step) => 'code' in step)) return stored as CalculationStep[]
  const recorded = stored.map((step): CalculationStep => ('code' in step ? step : { code: 'recorded', ...step }))
  const again = workedOutAgain(row)
  if (again === null) return recorded
  const lines = (steps: CalculationStep[]) => JSON.stringify(steps.map((step) => stepLines(step, 'zh')))
  return lines(again) === lines(recorded) ? again : recorded
}

function workedOutAgain(row: StoredEstimate): CalculationStep[] | null {
  const input: unknown = JSON.parse(row.inputJson)
  try {
    if (row.kind === 'virtual_cost') {
      const estimate = estimateVirtualCost(input as never)
      return estimate.lowFen === row.lowFen && estimate.highFen === row.highFen ? estimate.steps : null
    }
    if (row.kind !== 'actual_cost') return null
    const estimate = estimateActualCost(input as never)
    return estimate.totalFen === row.lowFen && estimate.totalFen === row.highFen ? estimate.steps : null
  } catch (error) {
    if (error instanceof AppError) return null
    throw error
  }
}

/** The method a stored estimate followed; one stored before the formula was worded by the reader still holds it in Chinese, left out. */
export function storedMethod(methodJson: string | null): MethodRecord | null {
  if (methodJson === null) return null
  const { formula: _wordedByReader, ...method } = JSON.parse(methodJson) as MethodRecord & { formula?: string }
  return method
}
