import { isXlsx, readSheetRows } from '../documents/workbook-rows'
import { checkLabResultRecords, MAX_CSV_BYTES, parseLabResultsCsv, type ParsedLabResults, type ParseOptions } from './results-csv'

/**
 * A results file as the import reads it: an Excel workbook (.xlsx, told by
 * its bytes, not its name) gives the rows of its first sheet, anything else
 * is read as CSV; either way the same row checks, the same row errors, the
 * same size limit.
 */
export async function parseLabResultsFile(bytes: Buffer, options: ParseOptions = {}): Promise<ParsedLabResults> {
  if (!isXlsx(bytes)) return parseLabResultsCsv(bytes, options)
  if (bytes.length > MAX_CSV_BYTES) return { rows: [], errors: [{ line: 0, reason: `文件超过 ${MAX_CSV_BYTES / 1024 / 1024} MB 上限` }] }
  const sheet = await readSheetRows(bytes)
  if ('problem' in sheet) return { rows: [], errors: [{ line: 0, reason: sheet.problem }] }
  return checkLabResultRecords(sheet.rows, options)
}
