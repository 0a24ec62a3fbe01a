import { AppError, reasonText } from '../../shared/errors'
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
      this.#errors.push({ line, reason: `该行有 ${cells.length} 列，表头有 ${header.cells.length} 列` })
      return
    }
    // The same refusal as every text field of the form: a control character (NUL…) is not text a court can print.
    const controlled = cells.findIndex(hasControlCharacters)
    if (controlled >= 0) {
      this.#errors.push({ line, reason: `第 ${controlled + 1} 列“${header.cells[controlled]}”${reasonText(controlCharacterMessage, undefined, 'zh')}` })
      return
    }
    const cell = (key: ColumnKey) => {
      const index = columns.indexOf.get(key)
      return index === undefined ? '' : cells[index]!
    }
    const checked = checkRow(cell, line, this.#options)
    if ('reasons' in checked) {
      this.#errors.push(...checked.reasons.map((reason) => ({ line, reason })))
      return
    }
    const key = [checked.sampleCode, checked.parameterKey, checked.reportNumber, checked.analysedAt].join('\u0000')
    const first = this.#firstLineOfKey.get(key)
    if (first !== undefined) {
      this.#errors.push({ line, reason: `与第 ${first} 行重复（同一样品、项目、报告编号和分析时间）` })
      return
    }
    this.#firstLineOfKey.set(key, line)
    // Once a row is refused the import will not run: the valid rows need not be kept.
    if (this.#errors.length === 0) this.#rows.push(checked)
  }

  finish(): ParsedLabResults {
    if (this.#header === null) return { rows: [], errors: [{ line: 1, reason: '文件为空：缺少表头行' }] }
    if (this.#columns !== null && this.#errors.length === 0 && this.#rows.length === 0) {
      return { rows: [], errors: [{ line: this.#header.line, reason: '文件只有表头，没有结果行' }] }
    }
    return { rows: this.#errors.length > 0 ? [] : this.#rows, errors: this.#errors }
  }
}

function checkRow(cell: (key: ColumnKey) => string, line: number, options: ParseOptions): LabResultRow | { reasons: string[] } {
  const reasons: string[] = []
  const need = (key: ColumnKey, zh: string, max: number): string => {
    const text = cell(key)
    if (text === '') reasons.push(`${zh}为空`)
    else if (text.length > max) reasons.push(`${zh}不能超过 ${max} 个字`)
    return text
  }

  const sampleCode = need('sample_code', '样品编号', 50).toUpperCase()
  const parameterText = need('parameter', '检测项目', 40).toLowerCase()
  const parameter = parameterText === '' ? undefined : findParameter(parameterText)
  if (parameterText !== '' && !parameter) {
    reasons.push(`未知的检测项目：${cell('parameter')}（请使用 GB 3838 或 GB 15618 的项目代码，如 cod、nh3_n、cd）`)
  }

  const reportedValue = need('value', '测定值', 30)
  // Chinese monitoring reports write a result below the detection limit either
  // as "<0.01" or as the limit followed by L ("0.01L").
  const below = /^<\s*(.*)$/.exec(reportedValue) ?? /^(\d+(?:\.\d+)?)L$/.exec(reportedValue)
  const valueText = below ? below[1]! : reportedValue
  let value = NaN
  if (/^(nd|n\.d\.|未检出)$/i.test(valueText)) {
    reasons.push(`测定值“${reportedValue}”：未检出请在限定符列填“<”，测定值填检出限数值`)
  } else if (valueText !== '' && !NUMBER.test(valueText)) {
    reasons.push(`测定值不是数字：“${reportedValue}”（小数点请用“.”）`)
  } else if (valueText !== '') {
    value = Number(valueText)
    // `1e999` matches the number pattern but is Infinity as a double: refused by name, never dropped.
    if (!Number.isFinite(value)) reasons.push(`测定值超出可记录的数值范围：“${reportedValue}”`)
  }

  const qualifierText = cell('qualifier')
  if (qualifierText !== '' && qualifierText !== '<') reasons.push(`限定符只能为空或“<”（低于检出限），不能是“${qualifierText}”`)
  const qualifier = qualifierText === '<' || below ? '<' : null

  const reportedLimit = cell('detection_limit')
  let detectionLimit: number | null = null
  if (reportedLimit !== '') {
    if (!NUMBER.test(reportedLimit) || !Number.isFinite(Number(reportedLimit)) || Number(reportedLimit) <= 0) reasons.push(`检出限须为大于 0 的数字：“${reportedLimit}”`)
    else detectionLimit = Number(reportedLimit)
  }
  if (qualifier === null && detectionLimit !== null && value < detectionLimit) {
    reasons.push(`测定值 ${reportedValue} 低于检出限 ${reportedLimit}，限定符应为“<”`)
  }

  const reportedUnit = need('unit', '单位', 20)
  let normalised: { quantity: Quantity; unit: string } | null = null
  if (parameter && reportedUnit !== '' && Number.isFinite(value)) {
    const converted = toParameterUnit(parameter, { value, detectionLimit }, reportedUnit)
    if (typeof converted === 'string') reasons.push(converted)
    else {
      normalised = converted
      // The one rule for a measured value (no negative concentration, DO and pH within physics), as the form applies it.
      reasons.push(...valueProblems({ parameter, ...converted.quantity, unit: converted.unit }).map((p) => p.message))
    }
  }

  const method = cell('method')
  if (method.length > 200) reasons.push('分析方法不能超过 200 个字')
  const lab = need('lab', '检测机构', 100)
  const reportNumber = need('report_number', '报告编号', 50)

  const analysedText = need('analysed_at', '分析时间', 40)
  const analysedAt = analysedText === '' ? null : parseShanghaiDateTime(analysedText)
  if (analysedText !== '' && analysedAt === null) {
    reasons.push(`分析时间格式不正确：“${analysedText}”（应为 YYYY-MM-DD HH:mm 北京时间，或带时区的 ISO 时间）`)
  } else if (analysedAt !== null && options.now && Date.parse(analysedAt) > options.now.getTime()) {
    reasons.push(`分析时间 ${formatShanghai(analysedAt)} 晚于当前时间`)
  }

  if (reasons.length > 0 || !parameter || !normalised || analysedAt === null) {
    // Every row either imports or is listed with its reason.
    return { reasons: reasons.length > 0 ? reasons : ['该行无法换算为可记录的结果'] }
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
 * reason (Chinese) it converts to none. The entry form converts with it too.
 */
export function toParameterUnit(parameter: Parameter, quantity: Quantity, unit: string): { quantity: Quantity; unit: string } | string {
  for (const target of parameter.units) {
    try {
      return { quantity: normaliseUnit(quantity, unit, target), unit: target }
    } catch (error) {
      if (!(error instanceof AppError)) throw error
    }
  }
  return `单位“${unit}”不适用于项目 ${parameter.key}（${parameter.nameZh}），应为 ${parameter.units.join(' 或 ')} 或可换算的单位`
}
