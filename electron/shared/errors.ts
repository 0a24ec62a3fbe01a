import { errorReasons } from './error-reasons'
import { schemaIssueText, type SchemaIssue } from './schema-issues'

/** Every way a call can fail; `reason` says why more finely, and the renderer words it in its language. */
export type ErrorCode =
  | 'invalid_input'
  | 'too_large'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'unauthenticated'
  /** Too many failed passwords: wait, or the account is locked for a while. */
  | 'too_many_attempts'
  /** The session's screen is locked; the same user's password unlocks it. */
  | 'locked'
  /** The administrator reset the password; the user must choose a new one first. */
  | 'must_change_password'
  | 'unknown_channel'
  | 'busy'
  | 'disk_full'
  | 'read_only'
  | 'storage_missing'
  | 'internal'

/** A reason of the catalog (electron/shared/error-reasons.ts). */
export type ErrorReason = keyof typeof errorReasons

/**
 * What a reason's words stand in for: names, numbers, dates typed by people
 * or held by the record, or a list of reasons of their own (the problems
 * that keep a case from closing, the roles that may call a channel), which
 * are worded in the same language and joined.
 */
export type ErrorParams = { [name: string]: string | number | ErrorPart[] }

/**
 * A reason with its parameters, inside another reason's parameters or as one
 * field's problem; or a schema's issue that no reason of the catalog words,
 * which zod's own locale words (electron/shared/schema-issues.ts).
 */
export type ErrorPart = { reason: ErrorReason; params?: ErrorParams } | { issue: SchemaIssue }

export type Language = 'zh' | 'en'

/**
 * A failed call on the wire. `reason` and `params` are what the renderer
 * words; `message` is the Chinese default, for logs. Likewise `fieldErrors`
 * holds each field's Chinese words; what the renderer and the CLI word is
 * `fieldReasons`, the reason of a field core refused (filled from the same
 * `params`), and `fieldProblems`, a field's reason with its own parameters or
 * the schema's issue (a field a schema refused).
 */
export interface AppErrorShape {
  code: ErrorCode
  reason: ErrorReason
  params?: ErrorParams
  message: string
  fieldErrors?: Record<string, string>
  fieldReasons?: Record<string, ErrorReason>
  fieldProblems?: Record<string, ErrorPart>
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape }

/** Whether a text is a reason of the catalog (a field error may also be a schema's own message). */
export function isErrorReason(text: string): text is ErrorReason {
  return Object.hasOwn(errorReasons, text)
}

/** How a list inside a sentence is joined in each language: names (、 or a comma) and clauses (； or a semicolon). */
export const separators = { zh: { list: '、', items: '；' }, en: { list: ', ', items: '; ' } }

/**
 * A reason's words in a language, its parameters filled in; a text that is no reason is returned as it is.
 * A list of parts is joined as a list (`{{name}}`: 、 or a comma) or, for a list of clauses that hold lists
 * of their own, as items (`{{name;}}`: ； or a semicolon).
 */
export function reasonText(reason: string, params: ErrorParams | undefined, language: Language): string {
  if (!isErrorReason(reason)) return reason
  return errorReasons[reason][language].replace(/\{\{(\w+)(;?)\}\}/g, (_, name: string, items: string) => {
    const value = params?.[name] ?? ''
    const separator = separators[language][items ? 'items' : 'list']
    return Array.isArray(value) ? value.map((part) => partText(part, language)).join(separator) : String(value)
  })
}

/** A part's words in a language: its reason from the catalog, or a schema issue from zod's locale. */
export function partText(part: ErrorPart, language: Language): string {
  return 'issue' in part ? schemaIssueText(part.issue, language) : reasonText(part.reason, part.params, language)
}

/** The words of a failed call in a language: its reason, else (a reply from an older core) its message. */
export function errorText(error: Pick<AppErrorShape, 'reason' | 'params' | 'message'>, language: Language): string {
  return error.reason && isErrorReason(error.reason) ? reasonText(error.reason, error.params, language) : error.message
}

/** What a field was refused for: a reason worded with the error's `params`, a part with its own, or (from an older core) words. */
export type FieldProblem = string | ErrorPart

/**
 * The one error class of the app. Thrown inside core, turned into `{ok:false}`
 * at the handler table. `fields` maps a field's path to its problem.
 */
export class AppError extends Error {
  readonly fieldErrors?: Record<string, string>
  readonly fieldReasons?: Record<string, ErrorReason>
  readonly fieldProblems?: Record<string, ErrorPart>

  constructor(
    readonly code: ErrorCode,
    readonly reason: ErrorReason,
    readonly params: ErrorParams = {},
    fields?: Record<string, FieldProblem>
  ) {
    super(reasonText(reason, params, 'zh'))
    this.name = 'AppError'
    if (!fields) return
    this.fieldErrors = Object.fromEntries(Object.entries(fields).map(([path, problem]) => [path, fieldText(problem, params, 'zh')]))
    const entries = Object.entries(fields)
    const reasons = entries.filter(([, problem]) => typeof problem === 'string' && isErrorReason(problem)) as [string, ErrorReason][]
    if (reasons.length > 0) this.fieldReasons = Object.fromEntries(reasons)
    const parts = entries.filter(([, problem]) => typeof problem !== 'string') as [string, ErrorPart][]
    if (parts.length > 0) this.fieldProblems = Object.fromEntries(parts)
  }

  toJSON(): AppErrorShape {
    const shape: AppErrorShape = { code: this.code, reason: this.reason, message: this.message }
    if (Object.keys(this.params).length > 0) shape.params = this.params
    if (this.fieldErrors) shape.fieldErrors = this.fieldErrors
    if (this.fieldReasons) shape.fieldReasons = this.fieldReasons
    if (this.fieldProblems) shape.fieldProblems = this.fieldProblems
    return shape
  }
}

function fieldText(problem: FieldProblem, params: ErrorParams | undefined, language: Language): string {
  return typeof problem === 'string' ? reasonText(problem, params, language) : partText(problem, language)
}

/** An error's fields as `AppError` takes them: each field's reason or part where core gave one, else its words. */
export function errorFields(error: Pick<AppErrorShape, 'fieldErrors' | 'fieldReasons' | 'fieldProblems'>): Record<string, FieldProblem> | undefined {
  return error.fieldErrors && { ...error.fieldErrors, ...error.fieldReasons, ...error.fieldProblems }
}

/** A failed call worded in a language: its message and each field's problem (the renderer and the CLI show these). */
export function errorInLanguage(error: AppErrorShape, language: Language): AppErrorShape {
  const worded: AppErrorShape = { ...error, message: errorText(error, language) }
  const fields = errorFields(error)
  if (fields) worded.fieldErrors = Object.fromEntries(Object.entries(fields).map(([path, problem]) => [path, fieldText(problem, error.params, language)]))
  return worded
}
