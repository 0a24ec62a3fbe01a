import { waterMatrices, type Matrix } from '../../shared/sampling'
import type { ImportProblem } from '../../shared/import-problems'

/** Water samples hold concentrations (per litre); soil, sediment and biota mass fractions (mg/kg). */
export function unitFitsMatrix(unit: string, matrix: Matrix): boolean {
  const massFraction = unit === 'mg/kg'
  return waterMatrices.includes(matrix) ? !massFraction : !unit.includes('/L')
}

/** The refusal of a unit that does not fit the sample's matrix. */
export function unitMismatch(unit: string, matrix: Matrix): ImportProblem {
  const expected = waterMatrices.includes(matrix) ? 'matrix_unit_concentration' : 'matrix_unit_mass_fraction'
  return { reason: 'unit_not_for_matrix', params: { unit, matrix: [{ reason: `matrix_${matrix}` }], expected: [{ reason: expected }] } }
}
