import { waterMatrices, type Matrix } from '../../shared/sampling'
import { matrixNames } from './sample-evaluation'

/** Water samples hold concentrations (per litre); soil, sediment and biota mass fractions (mg/kg). */
export function unitFitsMatrix(unit: string, matrix: Matrix): boolean {
  const massFraction = unit === 'mg/kg'
  return waterMatrices.includes(matrix) ? !massFraction : !unit.includes('/L')
}

/** The refusal of a unit that does not fit the sample's matrix. */
export function unitMismatch(unit: string, matrix: Matrix): string {
  return `单位 ${unit} 不适用于${matrixNames[matrix]}样品（${waterMatrices.includes(matrix) ? '水样应为 mg/L 等浓度单位' : '应为 mg/kg 等含量单位'}）`
}
