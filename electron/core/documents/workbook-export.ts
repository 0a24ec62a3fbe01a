import ExcelJS from 'exceljs'

/** One column of an exported sheet: its header and its width in characters. */
export interface SheetColumn {
  header: string
  width: number
}

/**
 * A one-sheet workbook: a bold, frozen header row, widths for Chinese text,
 * an auto-filter, and the sheet's title and the export time in the
 * workbook's properties. Cells are text or numbers as given.
 */
export async function sheetWorkbook(input: { sheetName: string; columns: SheetColumn[]; rows: (string | number | null)[][]; exportedAt: Date }): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = 'EcoCase'
  book.created = input.exportedAt
  const sheet = book.addWorksheet(input.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = input.columns.map((c) => ({ header: c.header, width: c.width }))
  sheet.getRow(1).font = { bold: true, name: '宋体' }
  sheet.addRows(input.rows)
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: input.columns.length } }
  return Buffer.from(await book.xlsx.writeBuffer())
}
