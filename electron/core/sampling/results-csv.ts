import { AppError, type ErrorParams, type ErrorReason } from '../../shared/errors'
import { rowProblem, type ImportProblem } from '../../shared/import-problems'
import { parameterPart } from '../../shared/parameter-names'
import { readCsvRecords, readHeader, type RowError } from '../documents/import-rows'
import { controlCharacterMessage, hasControlCharacters } from '../../shared/common'
import { normaliseUnit, type Quantity } from '../standards/units'
import { findParameter, type Parameter } from './parameters'
import { valueProblems } from './measured-value'
import { formatShanghai, parseShanghaiDateTime } from '../../shared/shanghai-time'

/** The columns of the lab-results CSV, in template order, with the header names accepted for each. */
export const LAB_RESULT_COLUMNS = [
  { key: 'sample_code', zh: '样品编号', aliases: ['样品编码'], required: true },
  { key: 'parameter', zh: '检测项目', aliases: ['项目', 'parameter_key'], required: true },
  { key: 'value', zh: '测定值', aliases: ['检测值', '结果'], required: true },
  { key: 'qualifier', zh: '限定符', aliases: [], required: false },
  { key: 'unit', zh: '单位', aliases: [], required: true },
  { key: 'detection_limit', zh: '检出限', aliases: [], required: false },
  { key: 'method', zh: '分析方法', aliases: ['检测方法', '方法'], required: false },
  { key: 'lab', zh: '检测机构', aliases: ['实验室'], required: true },
  { key: 'report_number', zh: '报告编号', aliases: [], required: true },
  { key: 'analysed_at', zh: '分析时间', aliases: ['检测时间', 'analyzed_at'], required: true }
] as const

type ColumnKey = (typeof LAB_RESULT_COLUMNS)[number]['key']

/** One valid row, its value and detection limit in the parameter's canonical unit. */
export interface LabResultRow {
  /** Line in the file, for messages. */
  line: number
  sampleCode: string
  parameterKey: string
  value: number
  qualifier: '<' | null
  detectionLimit: number | null
  /** Canonical unit, e.g. mg/L for a result reported in µg/L. */
  unit: string
  /** The value, unit and detection limit exactly as the lab wrote them, kept as evidence. */
  reported: { value: string; unit: string; detectionLimit: string }
  method: string
  lab: string
  reportNumber: string
  /** UTC ISO instant. */
  analysedAt: string
}

export type { RowError }

export interface ParsedLabResults {
  rows: LabResultRow[]
  /** Every problem of the file; an import goes ahead only when this is empty. */
  errors: RowError[]
}

export interface ParseOptions {
  /** Analysis times after this instant are refused. */
  now?: Date
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/

/**
 * Parses and validates a lab-results CSV (template: resources/templates/lab-results-template.csv).
 * Reads UTF-8 (with or without BOM) and, for files saved by Chinese Excel,
 * GB18030. Checks every row and returns all problems by line; values are
 * converted to the parameter's canonical unit (5 µg/L becomes 0.005 mg/L).
 * Pure: no database; the import decides which sample each code names.
 */
export function parseLabResultsCsv(input: Buffer | string, options: ParseOptions = {}): ParsedLabResults {
  const read = readCsvRecords(input)
  return 'errors' in read ? { rows: [], errors: read.errors } : checkLabResultRecords(read.records, options)
}

/**
 * The row checks of a results import, whatever file the rows came from (the
 * CSV parser above, or the rows of an .xlsx sheet): the header names the
 * columns, each row is checked and every problem is listed by its line; no
 * row is returned unless all are valid.
 */
export function checkLabResultRecords(records: { cells: string[]; line: number }[], options: ParseOptions = {}): ParsedLabResults {
  const checker = new LabResultChecker(options)
  for (const record of records) checker.add(record)
  return checker.finish()
}

/**
 * {@link checkLabResultRecords} a record at a time, so a streamed file is
 * checked as it is read (csv-stream.ts): the first record is the header.
 */
export class LabResultChecker {
  readonly #options: ParseOptions
  #header: { cells: string[]; line: number } | null = null
  #columns: { indexOf: Map<ColumnKey, number> } | null = null
  readonly #rows: LabResultRow[] = []
  readonly #errors: RowError[] = []
  readonly #firstLineOfKey = new Map<string, number>()

  constructor(options: ParseOptions = {}) {
    this.#options = options
  }

  /** Checks one record (skipping a blank one); the header's problems stop the check. */
  add({ cells, line }: { cells: string[]; line: number }): void {
    if (!cells.some((c) => c !== '')) return
    if (this.#header === null) {
      this.#header = { cells, line }
      const columns = readHeader(this.#header, LAB_RESULT_COLUMNS)
      if ('errors' in columns) this.#errors.push(...columns.errors)
      else this.#columns = columns
      return
    }
    const columns = this.#columns
    if (columns === null) return
    const header = this.#header
    if (cells.length !== header.cells.length) {
      this.#errors.push(rowProblem(line, 'import_row_cells', { cells: cells.length, headerCells: header.cells.length }))
      return
    }
    // The same refusal as every text field of the form: a control character (NUL…) is not text a court can print.
    const controlled = cells.findIndex(hasControlCharacters)
    if (controlled >= 0) {
      this.#errors.push(rowProblem(line, 'import_cell_control', { index: controlled + 1, column: header.cells[controlled]!, problem: [{ reason: controlCharacterMessage }] }))
      return
    }
    const cell = (key: ColumnKey) => {
      const index = columns.indexOf.get(key)
      return index === undefined ? '' : cells[index]!
    }
    const checked = checkRow(cell, line, this.#options)
    if ('problems' in checked) {
      this.#errors.push(...checked.problems.map((p) => rowProblem(line, p.reason, p.params)))
      return
    }
    const key = [checked.sampleCode, checked.parameterKey, checked.reportNumber, checked.analysedAt].join('\u0000')
    const first = this.#firstLineOfKey.get(key)
    if (first !== undefined) {
      this.#errors.push(rowProblem(line, 'import_row_duplicate_result', { first }))
      return
    }
    this.#firstLineOfKey.set(key, line)
    // Once a row is refused the import will not run: the valid rows need not be kept.
    if (this.#errors.length === 0) this.#rows.push(checked)
  }

  finish(): ParsedLabResults {
    if (this.#header === null) return { rows: [], errors: [rowProblem(1, 'import_file_empty')] }
    if (this.#columns !== null && this.#errors.length === 0 && this.#rows.length === 0) {
      return { rows: [], errors: [rowProblem(this.#header.line, 'import_only_header_results')] }
    }
    return { rows: this.#errors.length > 0 ? [] : this.#rows, errors: this.#errors }
  }
}

function checkRow(cell: (key: ColumnKey) => string, line: number, options: ParseOptions): LabResultRow | { problems: ImportProblem[] } {
  const problems: ImportProblem[] = []
  const refuse = (reason: ErrorReason, params?: ErrorParams) => problems.push(params === undefined ? { reason } : { reason, params })
  const need = (key: ColumnKey, max: number): string => {
    const text = cell(key)
    const column = [{ reason: `import_column_${key}` } as const]
    if (text === '') refuse('import_cell_empty', { column })
    else if (text.length > max) refuse('import_cell_too_long', { column, max })
    return text
  }

  const sampleCode = need('sample_code', 50).toUpperCase()
  const parameterText = need('parameter', 40).toLowerCase()
  const parameter = parameterText === '' ? undefined : findParameter(parameterText)
  if (parameterText !== '' && !parameter) {
    refuse('import_parameter_unknown', { value: cell('parameter') })
  }

  const reportedValue = need('value', 30)
  // Chinese monitoring reports write a result below the detection limit either
  // as "<0.01" or as the limit followed by L ("0.01L").
  const below = /^<\s*(.*)$/.exec(reportedValue) ?? /^(\d+(?:\.\d+)?)L$/.exec(reportedValue)
  const valueText = below ? below[1]! : reportedValue
  let value = NaN
  if (/^(nd|n\.d\.|未检出)$/i.test(valueText)) {
    refuse('import_value_not_detected', { value: reportedValue })
  } else if (valueText !== '' && !NUMBER.test(valueText)) {
    refuse('import_value_not_number', { value: reportedValue })
  } else if (valueText !== '') {
    value = Number(valueText)
    // `1e999` matches the number pattern but is Infinity as a double: refused by name, never dropped.
    if (!Number.isFinite(value)) refuse('import_value_out_of_range', { value: reportedValue })
  }

  const qualifierText = cell('qualifier')
  if (qualifierText !== '' && qualifierText !== '<') refuse('import_qualifier_invalid', { value: qualifierText })
  const qualifier = qualifierText === '<' || below ? '<' : null

  const reportedLimit = cell('detection_limit')
  let detectionLimit: number | null = null
  if (reportedLimit !== '') {
    if (!NUMBER.test(reportedLimit) || !Number.isFinite(Number(reportedLimit)) || Number(reportedLimit) <= 0) refuse('import_limit_invalid', { value: reportedLimit })
    else detectionLimit = Number(reportedLimit)
  }
  if (qualifier === null && detectionLimit !== null && value < detectionLimit) {
    refuse('import_below_limit_unqualified', { value: reportedValue, limit: reportedLimit })
  }

  const reportedUnit = need('unit', 20)
  let normalised: { quantity: Quantity; unit: string } | null = null
  if (parameter && reportedUnit !== '' && Number.isFinite(value)) {
    const converted = toParameterUnit(parameter, { value, detectionLimit }, reportedUnit)
    if ('problem' in converted) problems.push(converted.problem)
    else {
      normalised = converted
      // The one rule for a measured value (no negative concentration, DO and pH within physics), as the form applies it.
      problems.push(...valueProblems({ parameter, ...converted.quantity, unit: converted.unit }).map((p) => p.problem))
    }
  }

  const method = cell('method')
  if (method.length > 200) refuse('import_cell_too_long', { column: [{ reason: 'import_column_method' }], max: 200 })
  const lab = need('lab', 100)
  const reportNumber = need('report_number', 50)

  const analysedText = need('analysed_at', 40)
  const analysedAt = analysedText === '' ? null : parseShanghaiDateTime(analysedText)
  if (analysedText !== '' && analysedAt === null) {
    refuse('import_analysed_malformed', { value: analysedText })
  } else if (analysedAt !== null && options.now && Date.parse(analysedAt) > options.now.getTime()) {
    refuse('import_analysed_future', { at: formatShanghai(analysedAt) })
  }

  if (problems.length > 0 || !parameter || !normalised || analysedAt === null) {
    // Every row either imports or is listed with its reason.
    return { problems: problems.length > 0 ? problems : [{ reason: 'import_row_unconvertible' }] }
  }
  return {
    line,
    sampleCode,
    parameterKey: parameter.key,
    value: normalised.quantity.value,
    qualifier,
    detectionLimit: normalised.quantity.detectionLimit,
    unit: normalised.unit,
    reported: { value: reportedValue, unit: reportedUnit, detectionLimit: reportedLimit },
    method,
    lab,
    reportNumber,
    analysedAt
  }
}

/**
 * The quantity in the first of the parameter's units it converts to, or the
 * problem that it converts to none. The entry form converts with it too.
 */
export function toParameterUnit(parameter: Parameter, quantity: Quantity, unit: string): { quantity: Quantity; unit: string } | { problem: ImportProblem } {
  for (const target of parameter.units) {
    try {
      return { quantity: normaliseUnit(quantity, unit, target), unit: target }
    } catch (error) {
      if (!(error instanceof AppError)) throw error
    }
  }
  return { problem: { reason: 'unit_not_for_parameter', params: { unit, key: parameter.key, parameter: parameterPart(parameter.key), units: parameter.units.join(' / ') } } }
}
