import ExcelJS from 'exceljs'
import type { ImportProblem } from '../../shared/import-problems'

/** One row of a sheet as text cells, with its row number (the line a row error names). */
export interface SheetRow {
  cells: string[]
  line: number
}

/** An .xlsx file is a zip: it starts with the local-file signature `PK\3\4`. */
export function isXlsx(bytes: Buffer): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A cell as the text a CSV of the same sheet would hold. Excel keeps a date
 * as a wall-clock time without a zone (exceljs reads it as that time in UTC):
 * it is written back as `YYYY-MM-DD HH:mm`, the time as typed, which the
 * importers read as Beijing time like the CSV's.
 */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) {
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('')
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue)
    if ('text' in value) return String(value.text)
    if ('error' in value) return String(value.error)
    return ''
  }
  return String(value)
}

/**
 * The rows of the first worksheet of an .xlsx file as text cells, blank rows
 * left out, for the same row checks as a CSV import: the reader only yields
 * rows, the importer decides what they mean.
 *
 * @returns the rows, or the reason (Chinese) the file is no workbook.
 */
export async function readSheetRows(bytes: Buffer): Promise<{ rows: SheetRow[] } | { problem: ImportProblem }> {
  const book = new ExcelJS.Workbook()
  try {
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  } catch {
    return { problem: { reason: 'import_workbook_unreadable' } }
  }
  const sheet = book.worksheets[0]
  if (!sheet) return { problem: { reason: 'import_workbook_no_sheet' } }
  const width = sheet.getRow(1).cellCount
  const rows: SheetRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells = Array.from({ length: Math.max(width, row.cellCount) }, (_, i) => cellText(row.getCell(i + 1).value).trim())
    // Trailing empty cells past the header are no column of the row.
    while (cells.length > width && cells[cells.length - 1] === '') cells.pop()
    if (cells.some((c) => c !== '')) rows.push({ cells, line })
  })
  return { rows }
}
