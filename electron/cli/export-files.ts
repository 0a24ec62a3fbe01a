import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Core } from '../core/core'
import type { Session } from '../core/call'
import { dispatch } from '../core/handler-table'
import { findCaseByNumber } from '../core/cases/case.repository'
import { cliFailure } from './cli-language'
import { cliWords } from './cli-words'
import type { ExportedDocument, ExportedFile, WordDocumentKind } from '../shared/documents'

/** The CLI's names of the documents, as the `--kind` option takes them. */
const kinds: Record<string, WordDocumentKind> = { opinion: 'opinion', notice: 'assignment_notice', 'order-summary': 'order_summary' }
const lists = ['experts', 'lab-results', 'orders', 'overdue'] as const

type Outcome = { code: number; output: string }

function usage(text: string): Outcome {
  return { code: 2, output: cliFailure(text) }
}

/** Writes the file where asked, never over an existing file (a script re-run must not lose an earlier export). */
async function save(out: string, file: ExportedFile): Promise<string> {
  const path = resolve(out)
  try {
    await writeFile(path, Buffer.from(file.contentBase64, 'base64'), { flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(cliWords().fileExists(path))
    throw error
  }
  return path
}

/**
 * `export-document --kind opinion|notice|order-summary --id ID --format docx --out FILE`:
 * the Word file the app exports, sealed like a print (its verification code
 * is printed, and `verify --document CODE` checks it). An existing FILE is
 * never overwritten.
 */
export async function exportDocumentCommand(core: Core, session: () => Promise<Session>, options: { kind?: string; id?: string; format?: string; out?: string }): Promise<Outcome> {
  const kind = options.kind ? kinds[options.kind] : undefined
  const w = cliWords()
  if (!kind) return usage(w.exportDocumentUsage)
  if (!options.id || !options.out) return usage(w.exportDocumentNeeds)
  if ((options.format ?? 'docx') !== 'docx') return usage(w.docxOnly(options.format ?? ''))
  const reply = await dispatch(core, await session(), 'documents.exportDocx', { kind, id: options.id })
  if (!reply.ok) return { code: 1, output: cliFailure(reply.error) }
  const file = reply.value as ExportedDocument
  const path = await save(options.out, file)
  return { code: 0, output: `${w.exported(path)}\n${w.documentCode(file.code)}\n` }
}

/**
 * `export-list --list experts|lab-results|orders|overdue --format xlsx [--case 案号] --out FILE`:
 * the Excel workbook the app exports; lab results are one case's, named by its number.
 */
export async function exportListCommand(
  core: Core,
  session: () => Promise<Session>,
  options: { list?: string; case?: string; format?: string; out?: string }
): Promise<Outcome> {
  const list = lists.find((l) => l === options.list)
  const w = cliWords()
  if (!list || !options.out) return usage(w.exportListUsage)
  if ((options.format ?? 'xlsx') !== 'xlsx') return usage(w.xlsxOnly(options.format ?? ''))
  if (list === 'lab-results' && !options.case) return usage(w.listNeedsCase)
  let caseId: string | null = null
  if (options.case) {
    const found = await findCaseByNumber(core.db, options.case)
    if (!found) return { code: 1, output: cliFailure(w.caseNotFound(options.case)) }
    caseId = found.id
  }
  const reply = await dispatch(core, await session(), 'lists.exportXlsx', { list, caseId })
  if (!reply.ok) return { code: 1, output: cliFailure(reply.error) }
  return { code: 0, output: `${w.exported(await save(options.out, reply.value as ExportedFile))}\n` }
}
