import { CsvError, parse } from 'csv-parse/sync'
import { isXlsx, readSheetRows, type SheetRow } from './workbook-rows'
import { rowProblem, type ImportRowError as RowError, type ImportProblem } from '../../shared/import-problems'
import type { ErrorReason } from '../../shared/errors'

export type { ImportRowError as RowError } from '../../shared/import-problems'

/** Larger files are refused: an import (a lab report, an expert pool) is a few hundred rows. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

/** The refusal of a file over {@link MAX_IMPORT_BYTES}. */
export const tooLarge: RowError = rowProblem(0, 'import_file_too_large', { megabytes: MAX_IMPORT_BYTES / 1024 / 1024 })

/**
 * A CSV file's non-blank records with their line numbers, or the reason it
 * cannot be read (too large, a quote left open…): the reading every CSV
 * import shares before its own row checks.
 */
export function readCsvRecords(input: Buffer | string): { records: SheetRow[] } | { errors: RowError[] } {
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.length
  if (size > MAX_IMPORT_BYTES) return { errors: [tooLarge] }
  try {
    const records = (parse(decode(input), { info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as {
      record: string[]
      info: { lines: number }
    }[])
      .map(({ record, info }) => ({ cells: record, line: info.lines }))
      .filter(({ cells }) => cells.some((c) => c !== ''))
    return { records }
  } catch (error) {
    if (error instanceof CsvError) return { errors: [csvError(error)] }
    throw error
  }
}

/**
 * The rows of an import file, whichever it is: an Excel workbook (.xlsx, told
 * by its bytes, not its name) gives its first sheet's rows, anything else is
 * read as CSV (UTF-8, or GB18030 as Chinese Excel saves it). Each importer
 * then applies its own row checks to the same rows, so a workbook and a CSV
 * of the same table meet the same rules and the same row errors.
 */
export async function readImportRows(bytes: Buffer): Promise<{ records: SheetRow[] } | { errors: RowError[] }> {
  if (!isXlsx(bytes)) return readCsvRecords(bytes)
  if (bytes.length > MAX_IMPORT_BYTES) return { errors: [tooLarge] }
  const sheet = await readSheetRows(bytes)
  return 'problem' in sheet ? { errors: [rowProblem(0, sheet.problem.reason, sheet.problem.params)] } : { records: sheet.rows }
}

function decode(input: Buffer | string): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '')
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input)
  } catch {
    // Excel on a Chinese Windows saves "CSV" in the system code page.
    return new TextDecoder('gb18030').decode(input)
  }
}

/** A CSV parser's error as the problem of the line it names (0 when it names none). */
export function csvError(error: CsvError): RowError {
  const lines = (error as CsvError & { lines?: number }).lines
  return rowProblem(typeof lines === 'number' ? lines : 0, ...csvProblem(error))
}

function csvProblem(error: CsvError): [ImportProblem['reason'], ImportProblem['params']?] {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return ['import_csv_quote_open']
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return ['import_csv_quote_misplaced']
    default:
      return ['import_csv_malformed', { code: error.code }]
  }
}

/** A column an import reads: its English key, its Chinese name and the other names accepted for it. */
export interface ImportColumn<K extends string = string> {
  key: K
  zh: string
  aliases: readonly string[]
  required: boolean
}

function headerName(text: string): string {
  return text.replace(/^\uFEFF/, '').trim().toLowerCase()
}

/** Accepts the English key, the Chinese name, an alias, or both as `样品编号(sample_code)`. */
function columnOf<K extends string>(text: string, columns: readonly ImportColumn<K>[]): K | undefined {
  const name = headerName(text)
  const both = /^(.+?)\s*[(（](.+)[)）]$/.exec(name)
  const candidates = both ? [both[1]!.trim(), both[2]!.trim()] : [name]
  return columns.find((c) => candidates.some((n) => n === c.key || n === c.zh || c.aliases.includes(n)))?.key
}

/** Which cell of a row holds each column, from the header row; or every problem of the header (unknown, repeated or missing columns). */
export function readHeader<K extends string>(header: SheetRow, columns: readonly ImportColumn<K>[]): { indexOf: Map<K, number> } | { errors: RowError[] } {
  const indexOf = new Map<K, number>()
  const errors: RowError[] = []
  header.cells.forEach((text, index) => {
    const key = columnOf(text, columns)
    if (!key) errors.push(rowProblem(header.line, 'import_column_unknown', { column: text }))
    else if (indexOf.has(key)) errors.push(rowProblem(header.line, 'import_column_repeated', { column: text }))
    else indexOf.set(key, index)
  })
  for (const column of columns) {
    if (column.required && !indexOf.has(column.key)) errors.push(rowProblem(header.line, 'import_column_missing', { column: [{ reason: `import_column_${column.key}` as ErrorReason }], key: column.key }))
  }
  return errors.length > 0 ? { errors } : { indexOf }
}
