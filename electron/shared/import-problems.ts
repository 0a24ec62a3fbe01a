import { reasonText, type ErrorParams, type ErrorReason } from './errors'

/** What is wrong with a row of an import file, as a reason of the catalog (mostly `import-reasons.ts`) and its facts. */
export interface ImportProblem {
  reason: ErrorReason
  params?: ErrorParams
}

/**
 * One problem of an import file, by its line (the header is line 1; 0 for
 * the file as a whole). `problem` is what the renderer words in its
 * language; `reason` holds its Chinese words from the same catalog, as an
 * error's `message` does, for the CLI's report and logs.
 */
export interface ImportRowError {
  line: number
  problem: ImportProblem
  reason: string
}

/** A row's problem with its Chinese words filled in from the catalog. */
export function rowProblem(line: number, reason: ErrorReason, params?: ErrorParams): ImportRowError {
  const problem: ImportProblem = params === undefined ? { reason } : { reason, params }
  return { line, problem, reason: reasonText(reason, params, 'zh') }
}
