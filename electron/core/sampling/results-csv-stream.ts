import { once } from 'node:events'
import { parse, type CsvError } from 'csv-parse'
import { csvError } from '../documents/import-rows'
import { rowProblem } from '../../shared/import-problems'
import { LoopShare } from '../loop-share'
import { LabResultChecker, type ParsedLabResults, type ParseOptions } from './results-csv'

/**
 * The most bytes handed to the parser at once: csv-parse parses a chunk
 * whole before it returns, so a megabyte would hold the loop for the
 * 12,000 records in it (issue 10: other calls answer within 100 ms).
 */
const parseChunkBytes = 16 * 1024

/**
 * Parses and checks a results CSV as a stream (the CLI's file, however
 * large; the UI's upload): the text is decoded and parsed a chunk at a time,
 * each record checked as it comes, and the event loop is let run whenever a
 * slice of time is spent ({@link LoopShare}), so the app's other calls are
 * answered meanwhile. Memory
 * holds the checked rows, not the file. The encoding is told from the first
 * megabyte as the whole-file reader tells it from the whole file.
 */
export async function parseLabResultsStream(source: AsyncIterable<Buffer>, options: ParseOptions = {}): Promise<ParsedLabResults> {
  const checker = new LabResultChecker(options)
  const parser = parse({ info: true, relax_column_count: true, skip_empty_lines: true, trim: true })
  const feeding = (async () => {
    for await (const text of decodeStream(source)) if (!parser.write(text)) await once(parser, 'drain')
    parser.end()
  })()
  feeding.catch(() => undefined)
  const loop = new LoopShare()
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      checker.add({ cells: record, line: info.lines })
      await loop.share()
    }
    await feeding
  } catch (error) {
    parser.destroy()
    // Told by its code: a bundle may hold the stream and the sync parser's copies of the class.
    if (isCsvError(error)) return { rows: [], errors: [csvError(error)] }
    if (error instanceof UndecodableText) return { rows: [], errors: [rowProblem(0, 'import_encoding_unknown')] }
    throw error
  }
  return checker.finish()
}

class UndecodableText extends Error {}

function isCsvError(error: unknown): error is CsvError {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && /^(CSV_|INVALID_OPENING_QUOTE)/.test((error as CsvError).code)
}

/**
 * UTF-8 (BOM dropped) unless the first megabyte is not UTF-8, then GB18030
 * (Chinese Excel's CSV), decoded as the bytes arrive, at most
 * {@link parseChunkBytes} at a time (the decoder carries a character split
 * between two pieces over to the next).
 */
async function* decodeStream(source: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const probe: Buffer[] = []
  let probed = 0
  let decoder: TextDecoder | null = null
  const choose = () => {
    const head = Buffer.concat(probe)
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true })
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
    } catch {
      return new TextDecoder('gb18030')
    }
  }
  const decode = (d: TextDecoder, bytes: Buffer, stream: boolean) => {
    try {
      return d.decode(bytes, { stream })
    } catch {
      throw new UndecodableText('undecodable')
    }
  }
  const pieces = function* (d: TextDecoder, bytes: Buffer) {
    for (let at = 0; at < bytes.length; at += parseChunkBytes) yield decode(d, bytes.subarray(at, at + parseChunkBytes), true)
  }
  for await (const chunk of source) {
    if (decoder === null) {
      probe.push(chunk)
      probed += chunk.length
      if (probed < 1 << 20) continue
      decoder = choose()
      yield* pieces(decoder, Buffer.concat(probe))
      continue
    }
    yield* pieces(decoder, chunk)
  }
  if (decoder === null) {
    decoder = choose()
    yield* pieces(decoder, Buffer.concat(probe))
  }
  yield decode(decoder, Buffer.alloc(0), false)
}
