import { Readable } from 'node:stream'
import type { Insertable } from 'kysely'
import type { Database } from '../db/database'
import { AppError } from '../../shared/errors'
import type { ImportRowError, LabResultImportReport, Sample } from '../../shared/sampling'
import type { Call } from '../call'
import { bulkWriteTransaction } from '../db/bulk-write'
import { batchEventWriter } from '../audit/batch-events'
import { LoopShare } from '../loop-share'
import { analysisProblems } from './measured-value'
import { isXlsx, readSheetRows } from '../documents/workbook-rows'
import { MAX_IMPORT_BYTES, tooLarge } from '../documents/import-rows'
import { rowProblem } from '../../shared/import-problems'
import { checkLabResultRecords, type LabResultRow, type ParsedLabResults } from './results-csv'
import { parseLabResultsStream } from './results-csv-stream'
import { findSamplesByCodes } from './sampling.repository'
import { mayRead, mayWrite } from '../access/case-access'
import { unitFitsMatrix, unitMismatch } from './lab-result-units'

/**
 * The most rows one batch event holds; a batch also ends when the slice of
 * time it runs in is spent ({@link LoopShare}), so a slow machine writes
 * smaller batches instead of holding the app's other calls longer.
 */
export const importBatchRows = 500

/**
 * Imports a results CSV or .xlsx all or nothing (issue 10, issue 15): every
 * row is checked (parse, sample, unit against matrix, conflict with a stored
 * result) before anything is written, and every row either imports or is
 * listed with its reason; a row stored identically already is skipped, so
 * importing the same file again adds nothing.
 *
 * The file is read as a stream (the CLI's file has no size limit; the UI's
 * upload is capped by the contract at 5 MB), parsed and checked outside any
 * transaction with the event loop let run whenever a slice of time is spent
 * ({@link LoopShare}), the stored results looked up by one statement
 * prepared once. The rows are then written in one transaction, all or
 * nothing, through one insert prepared once, in batches of at most
 * `importBatchRows` rows that also end with their slice, each batch audited
 * by one batch event holding the rows as stored (audit/batch-events.ts),
 * with the event loop let run between batches ({@link bulkWriteTransaction}),
 * so the app's other calls are answered throughout. A result stored by another writer between
 * the check and the write makes the unique key refuse it: the transaction
 * rolls back and the call is refused as a conflict, nothing imported.
 */
export async function importResults(call: Call, input: { fileName: string; contentBase64: string }): Promise<LabResultImportReport> {
  const progress = call.progress ?? (() => undefined)
  const parsed = await parseImport(call, input)
  const errors: ImportRowError[] = [...parsed.errors]
  const report = (imported: number, skipped: number): LabResultImportReport => ({ fileName: input.fileName, imported, skipped, errors })
  progress({ phase: 'parsed', done: parsed.rows.length, total: parsed.rows.length })
  if (errors.length > 0) return report(0, 0)
  const every = progressStep(parsed.rows.length)

  const samples = new Map<string, Sample>()
  const codes = [...new Set(parsed.rows.map((r) => r.sampleCode))]
  for (let i = 0; i < codes.length; i += 500) {
    for (const [code, sample] of await findSamplesByCodes(call.db, codes.slice(i, i + 500))) samples.set(code, sample)
  }
  // One statement for every row's lookup, compiled from the builder once and prepared once.
  const lookup = call.db
    .selectFrom('labResult')
    .select(['value', 'qualifier', 'unit', 'detectionLimit'])
    .where('sampleId', '=', '')
    .where('parameterKey', '=', '')
    .where('reportNumber', '=', '')
    .where('analysedAt', '=', '')
    .compile()
  const storedResult = call.core.sqlite.prepare(lookup.sql)
  const toInsert: { sample: Sample; row: LabResultRow }[] = []
  let skipped = 0
  const loop = new LoopShare()
  for (const [index, row] of parsed.rows.entries()) {
    if (index % every === 0) progress({ phase: 'checked', done: index, total: parsed.rows.length })
    // Awaited only when the slice is spent: an await of nothing still costs a microtask per row.
    const turn = loop.share()
    if (turn) await turn
    const sample = samples.get(row.sampleCode)
    // Access follows the case (issue 11): a sample of a case the caller may not read is one they cannot find.
    if (!sample || !mayRead(call.cases, sample.caseId)) {
      errors.push(rowProblem(row.line, 'import_sample_unknown', { sampleCode: row.sampleCode }))
      continue
    }
    if (!mayWrite(call.cases, sample.caseId)) {
      errors.push(rowProblem(row.line, 'import_sample_assignment_ended', { sampleCode: row.sampleCode }))
      continue
    }
    if (sample.voided) {
      errors.push(rowProblem(row.line, 'import_sample_voided', { sampleCode: row.sampleCode }))
      continue
    }
    if (!unitFitsMatrix(row.unit, sample.matrix)) {
      const mismatch = unitMismatch(row.reported.unit, sample.matrix)
      errors.push(rowProblem(row.line, mismatch.reason, mismatch.params))
      continue
    }
    // The value's bounds were checked as the row was parsed; the analysis time needs the sample.
    const problems = analysisProblems({ sampledAt: sample.sampledAt, analysedAt: row.analysedAt })
    if (problems.length > 0) {
      errors.push(...problems.map((p) => rowProblem(row.line, p.problem.reason, p.problem.params)))
      continue
    }
    const stored = storedResult.get(sample.id, row.parameterKey, row.reportNumber, row.analysedAt) as
      | { value: number; qualifier: '<' | null; unit: string; detection_limit: number | null }
      | undefined
    if (stored && stored.value === row.value && stored.qualifier === row.qualifier && stored.unit === row.unit && stored.detection_limit === row.detectionLimit) {
      skipped += 1
      continue
    }
    if (stored) {
      const was = `${stored.qualifier ?? ''}${stored.value} ${stored.unit}`
      errors.push(rowProblem(row.line, 'import_result_conflict', { sampleCode: row.sampleCode, parameter: row.parameterKey, reportNumber: row.reportNumber, was }))
      continue
    }
    toInsert.push({ sample, row })
  }
  progress({ phase: 'checked', done: parsed.rows.length, total: parsed.rows.length })
  if (errors.length > 0) return report(0, 0)
  let reported = 0
  await writeResults(call, toInsert, (done) => {
    if (done - reported < every) return
    reported = done
    progress({ phase: 'written', done, total: toInsert.length })
  })
  progress({ phase: 'written', done: toInsert.length, total: toInsert.length })
  return report(toInsert.length, skipped)
}

/** The file's rows: an .xlsx (told by its bytes) through the sheet reader, a CSV as a stream: the transport's (the CLI's file) or the upload's bytes. */
async function parseImport(call: Call, input: { contentBase64: string }): Promise<ParsedLabResults> {
  const options = { now: new Date(call.now) }
  if (call.source) {
    const chunks = call.source()[Symbol.asyncIterator]()
    const first = await chunks.next()
    if (first.done) return checkLabResultRecords([], options)
    const rest = { [Symbol.asyncIterator]: () => chunks }
    // A workbook is read whole (its sheet is a zip entry); a CSV streams on from its first chunk.
    if (isXlsx(first.value)) {
      const parts = [first.value]
      for await (const chunk of rest) parts.push(chunk)
      return workbookRows(Buffer.concat(parts), options)
    }
    return parseLabResultsStream(
      (async function* () {
        yield first.value
        yield* rest
      })(),
      options
    )
  }
  if (input.contentBase64 === '') throw new AppError('invalid_input', 'file_empty', {}, { contentBase64: 'file_empty' })
  const bytes = Buffer.from(input.contentBase64, 'base64')
  if (bytes.length > MAX_IMPORT_BYTES) return { rows: [], errors: [tooLarge] }
  if (isXlsx(bytes)) return workbookRows(bytes, options)
  return parseLabResultsStream(Readable.from(chunksOf(bytes)), options)
}

async function workbookRows(bytes: Buffer, options: { now: Date }): Promise<ParsedLabResults> {
  const sheet = await readSheetRows(bytes)
  if ('problem' in sheet) return { rows: [], errors: [rowProblem(0, sheet.problem.reason, sheet.problem.params)] }
  return checkLabResultRecords(sheet.rows, options)
}

function* chunksOf(bytes: Buffer): Generator<Buffer> {
  for (let i = 0; i < bytes.length; i += 64 * 1024) yield bytes.subarray(i, i + 64 * 1024)
}

/** The checked rows in one bulk write transaction, a batch at a time (one case's rows, at most `importBatchRows`, ended early when its slice is spent), each batch with its batch event. */
async function writeResults(call: Call, rows: { sample: Sample; row: LabResultRow }[], written: (done: number) => void): Promise<void> {
  if (rows.length === 0) return
  // The insert's parameters in the order of `columns`, an array per row (no object per row to take apart again).
  const columns = ['id', 'sampleId', 'parameterKey', 'value', 'qualifier', 'unit', 'detectionLimit', 'method', 'lab', 'reportNumber', 'analysedAt', 'reported', 'source', 'createdAt', 'updatedAt', 'updatedBy', 'revision', 'voidedAt', 'voidedBy', 'voidReason'] as const
  const values = (sample: Sample, row: LabResultRow): unknown[] => [
    call.newId(),
    sample.id,
    row.parameterKey,
    row.value,
    row.qualifier,
    row.unit,
    row.detectionLimit,
    row.method,
    row.lab,
    row.reportNumber,
    row.analysedAt,
    `${row.reported.value} ${row.reported.unit}${row.reported.detectionLimit ? `（检出限 ${row.reported.detectionLimit}）` : ''}`,
    'csv',
    // The stamp and void columns as the records module sets them on an insert.
    call.now,
    call.now,
    call.user.id,
    0,
    null,
    null,
    ''
  ]
  // One case per batch event: a case package carries a batch event whole, and carries nothing of another case (exchange/package-scope.ts).
  rows.sort((a, b) => (a.sample.caseId < b.sample.caseId ? -1 : a.sample.caseId > b.sample.caseId ? 1 : 0))
  // The insert compiled from the builder once (its parameters follow the columns' order) and prepared once.
  const first = values(rows[0]!.sample, rows[0]!.row)
  const firstRow = Object.fromEntries(columns.map((column, i) => [column, first[i]])) as Insertable<Database['labResult']>
  const insert = call.core.sqlite.prepare(call.db.insertInto('labResult').values(firstRow).returningAll().compile().sql)
  const sqlite = call.core.sqlite
  await bulkWriteTransaction(sqlite, async (loop) => {
    const appendBatch = batchEventWriter(sqlite, { actor: { id: call.user.id, name: call.user.displayName }, at: call.now, channel: call.channel, newId: call.newId }, 'lab_result')
    for (let next = 0; next < rows.length; ) {
      const stored: Record<string, unknown>[] = []
      do {
        const { sample, row } = rows[next]!
        stored.push(insert.get(next === 0 ? first : values(sample, row)) as Record<string, unknown>)
        next += 1
      } while (next < rows.length && stored.length < importBatchRows && !loop.due() && rows[next]!.sample.caseId === rows[next - 1]!.sample.caseId)
      appendBatch(stored)
      written(next)
      await loop.share()
    }
  })
}

/** About twenty reports per phase, never more often than every 100 rows. */
function progressStep(rows: number): number {
  return Math.max(100, Math.ceil(rows / 20))
}
