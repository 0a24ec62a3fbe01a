import { createReadStream } from 'node:fs'
import { access } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Core } from '../core/core'
import { dispatch } from '../core/handler-table'
import type { Session } from '../core/call'
import { cliFailure, cliLanguage } from './cli-language'
import { cliWords } from './cli-words'
import { reasonText } from '../shared/errors'
import type { LabResultImportReport } from '../shared/sampling'

/**
 * `import-results FILE`: the same all-or-nothing import as the UI, through
 * the handler table in the run's signed-in session. Exit 1 with every bad line, or with
 * the refusal (role). The file is streamed to the call (no size limit). Progress goes to stderr.
 */
export async function importResultsCommand(core: Core, session: Session, file: string): Promise<{ code: number; output: string }> {
  await access(file)
  const w = cliWords()
  const reply = await dispatch(
    core,
    session,
    'labResults.import',
    { fileName: basename(file) },
    {
      progress: ({ phase, done, total }) => process.stderr.write(`${w.phaseLine(w.phase[phase], done, total)}\n`),
      // Streamed from the disk, a megabyte at a time: a file of any size, memory bounded by the rows it holds.
      source: () => createReadStream(file, { highWaterMark: 1 << 20 })
    }
  )
  if (!reply.ok) return { code: 1, output: cliFailure(reply.error) }
  const report = reply.value as LabResultImportReport
  if (report.errors.length > 0) {
    const lines = report.errors.map((e) => w.rowError(e.line, reasonText(e.problem.reason, e.problem.params, cliLanguage())))
    return { code: 1, output: `${w.nothingImported(report.fileName, report.errors.length)}\n${lines.join('\n')}\n` }
  }
  return { code: 0, output: `${w.resultsImported(report.imported, report.skipped, report.fileName)}\n` }
}
