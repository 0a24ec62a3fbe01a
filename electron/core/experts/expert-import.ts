import { controlCharacterMessage, hasControlCharacters } from '../../shared/common'
import type { ErrorParams, ErrorReason } from '../../shared/errors'
import { rowProblem, type ImportProblem } from '../../shared/import-problems'
import { issuePart } from '../../shared/schema-issues'
import { expertImportColumns, expertInput, type ExpertImportColumn, type ExpertImportReport, type ExpertInput } from '../../shared/experts'
import type { Call } from '../call'
import { readHeader, readImportRows, type RowError } from '../documents/import-rows'
import type { SheetRow } from '../documents/workbook-rows'
import { createExpert } from './expert.service'

/** The column a field of the expert form is read from, to name it in a row's error. */
const columnOfField: Record<string, ExpertImportColumn> = {
  name: 'name',
  organisation: 'organisation',
  title: 'title',
  fieldIds: 'primary_field',
  primaryFieldId: 'primary_field',
  phone: 'phone',
  email: 'email',
  termStart: 'term_start',
  termEnd: 'term_end',
  maxConcurrentCases: 'max_concurrent_cases',
  notes: 'notes'
}
/** A column as a problem names it, by its reason of the catalog. */
const columnOf = (key: ExpertImportColumn) => ({ column: [{ reason: `import_column_${key}` } as const] })

/** `2025-1-5`, `2025/01/05`, or an Excel date cell (`2025-01-05 00:00`), as `2025-01-05`; anything else as typed, for the form's rule to refuse. */
function dayText(text: string): string {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?: 00:00)?$/.exec(text)
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text
}

type CheckedRow = { line: number; input: Required<ExpertInput> }

/**
 * Checks every row of an expert-pool file against the expert form's own
 * rule (`expertInput`, the schema the form and `experts.create` use), after
 * naming its fields by the 领域 list; every problem is listed by line and
 * column, and no row is returned unless all are valid.
 */
function checkExpertRows(records: SheetRow[], fields: { id: string; code: string; nameZh: string }[]): { rows: CheckedRow[]; errors: RowError[] } {
  const [header, ...body] = records
  if (!header) return { rows: [], errors: [rowProblem(1, 'import_file_empty')] }
  const columns = readHeader(header, expertImportColumns)
  if ('errors' in columns) return { rows: [], errors: columns.errors }
  if (body.length === 0) return { rows: [], errors: [rowProblem(header.line, 'import_only_header_experts')] }
  const fieldOf = (name: string) => fields.find((f) => f.nameZh === name || f.code === name.toLowerCase())
  const rows: CheckedRow[] = []
  const errors: RowError[] = []
  const firstLineOf = new Map<string, number>()
  for (const { cells, line } of body) {
    if (cells.length !== header.cells.length) {
      errors.push(rowProblem(line, 'import_row_cells', { cells: cells.length, headerCells: header.cells.length }))
      continue
    }
    const controlled = cells.findIndex(hasControlCharacters)
    if (controlled >= 0) {
      errors.push(rowProblem(line, 'import_cell_control', { index: controlled + 1, column: header.cells[controlled]!, problem: [{ reason: controlCharacterMessage }] }))
      continue
    }
    const cell = (key: ExpertImportColumn) => {
      const index = columns.indexOf.get(key)
      return index === undefined ? '' : cells[index]!
    }
    const problems: ImportProblem[] = []
    const refuse = (reason: ErrorReason, params: ErrorParams) => problems.push({ reason, params })
    const names = [cell('primary_field'), ...cell('other_fields').split(/[、,，;；]/)].map((n) => n.trim()).filter(Boolean)
    const found = names.map((n) => ({ n, field: fieldOf(n) }))
    const unknownFields = found.filter(({ field }) => !field)
    for (const { n } of unknownFields) refuse('import_field_unknown', { ...columnOf(n === cell('primary_field') ? 'primary_field' : 'other_fields'), value: n })
    const status = cell('status')
    // The pool's file may say 在库 (active) in Chinese, as the export writes it.
    if (status !== '' && status !== '在库' && status !== 'active') refuse('import_expert_status', { value: status })
    const maxText = cell('max_concurrent_cases')
    const input = {
      name: cell('name'),
      organisation: cell('organisation'),
      title: cell('title'),
      fieldIds: [...new Set(found.flatMap(({ field }) => (field ? [field.id] : [])))],
      primaryFieldId: fieldOf(cell('primary_field'))?.id ?? '',
      phone: cell('phone'),
      email: cell('email'),
      termStart: dayText(cell('term_start')),
      termEnd: dayText(cell('term_end')),
      maxConcurrentCases: maxText === '' ? Number.NaN : Number(maxText),
      affiliations: [],
      relatives: [],
      notes: cell('notes')
    }
    const parsed = expertInput.safeParse(input)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = columnOfField[String(issue.path[0])]
        // A field the row names but the list does not know is reported once, above.
        if (column === 'primary_field' && unknownFields.length > 0) continue
        const named = column ? columnOf(column) : { column: String(issue.path[0]) }
        refuse('import_cell_problem', { ...named, problem: [issuePart(issue)] })
      }
    }
    if (problems.length > 0 || !parsed.success) {
      errors.push(...problems.map((p) => rowProblem(line, p.reason, p.params)))
      continue
    }
    const key = `${parsed.data.name}\u0000${parsed.data.organisation}`
    const first = firstLineOf.get(key)
    if (first !== undefined) {
      errors.push(rowProblem(line, 'import_row_duplicate_expert', { first }))
      continue
    }
    firstLineOf.set(key, line)
    rows.push({ line, input: parsed.data as Required<ExpertInput> })
  }
  return { rows: errors.length > 0 ? [] : rows, errors }
}

/**
 * Imports an expert-pool file (CSV or .xlsx, read by the same row reader as
 * the results import) all or nothing: with any bad row nothing is written
 * and every row's problems are listed; otherwise each expert is created as
 * `experts.create` creates one, in the call's one transaction. An expert
 * already in the pool under the same name and organisation is skipped, so
 * importing the same file (or an exported pool) again adds nobody twice.
 */
export async function importExperts(call: Call, input: { fileName: string; contentBase64: string }): Promise<ExpertImportReport> {
  const report = (imported: number, skipped: number, errors: RowError[]): ExpertImportReport => ({ fileName: input.fileName, imported, skipped, errors })
  const read = await readImportRows(Buffer.from(input.contentBase64, 'base64'))
  if ('errors' in read) return report(0, 0, read.errors)
  const fields = await call.db.selectFrom('field').select(['id', 'code', 'nameZh']).execute()
  const checked = checkExpertRows(read.records, fields)
  if (checked.errors.length > 0) return report(0, 0, checked.errors)
  const known = new Set((await call.db.selectFrom('expert').select(['name', 'organisation']).execute()).map((e) => `${e.name}\u0000${e.organisation}`))
  let imported = 0
  for (const row of checked.rows) {
    if (known.has(`${row.input.name}\u0000${row.input.organisation}`)) continue
    await createExpert(call, row.input)
    imported += 1
  }
  return report(imported, checked.rows.length - imported, [])
}
