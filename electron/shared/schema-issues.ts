import type { z } from 'zod'
import { en, zhCN } from 'zod/locales'
import { errorReasons } from './error-reasons'
import type { ErrorParams, ErrorPart, Language } from './errors'

/**
 * A zod issue as it crosses the wire: its code and the facts zod's locales
 * word (bounds, expected type, allowed values, format), without the refused
 * input itself (which may be long or private); `received` keeps only the
 * input's type, which zod's `invalid_type` words name.
 */
export interface SchemaIssue {
  code: string
  received?: string
  [fact: string]: string | number | boolean | null | readonly (string | number | boolean | null)[] | undefined
}

type Primitive = string | number | boolean | null
const isPrimitive = (value: unknown): value is Primitive => value === null || ['string', 'number', 'boolean'].includes(typeof value)

/** The facts of an issue zod's locales read, made JSON (a bigint bound becomes a number, a pattern its source). */
function issueFacts(issue: z.core.$ZodIssue): SchemaIssue {
  const facts: SchemaIssue = { code: issue.code }
  for (const [name, value] of Object.entries(issue)) {
    if (name === 'code' || name === 'message' || name === 'path' || name === 'input' || name === 'errors' || name === 'issues') continue
    if (typeof value === 'bigint') facts[name] = Number(value)
    else if (value instanceof RegExp) facts[name] = value.source
    else if (isPrimitive(value)) facts[name] = value
    else if (Array.isArray(value) && value.every(isPrimitive)) facts[name] = value
  }
  if (issue.code === 'invalid_type') facts.received = receivedType(issue.input)
  return facts
}

/** The input's type as zod's locales name it (`util.parsedType`). */
function receivedType(input: unknown): string {
  if (typeof input === 'number') return Number.isNaN(input) ? 'nan' : 'number'
  if (input === null) return 'null'
  if (Array.isArray(input)) return 'array'
  return typeof input
}

/** A value of the type an issue received, for zod's locale to name again. */
const sampleOf: Record<string, unknown> = { nan: Number.NaN, number: 0, null: null, array: [], string: '', boolean: false, object: {}, bigint: 0n, undefined }

/**
 * A schema's issue as a part core sends: the contract's schemas give their
 * problems as reasons of the catalog (`'name_required'`), worded with the
 * issue's bounds (`{{minimum}}`, `{{maximum}}`) and a refinement's own
 * `params`; an issue without one (a malformed call from a script) keeps its
 * facts, for zod's own zh-CN or en locale to word.
 */
export function issuePart(issue: z.core.$ZodIssue): ErrorPart {
  if (!Object.hasOwn(errorReasons, issue.message)) return { issue: issueFacts(issue) }
  const params: ErrorParams = {}
  if ('minimum' in issue) params.minimum = Number(issue.minimum)
  if ('maximum' in issue) params.maximum = Number(issue.maximum)
  if (issue.code === 'custom' && issue.params) for (const [name, value] of Object.entries(issue.params)) if (typeof value === 'string' || typeof value === 'number') params[name] = value
  return { reason: issue.message as keyof typeof errorReasons, params }
}

/**
 * Each refused field's first problem, keyed by its dotted path (`quantity.low`;
 * `_` for the input as a whole). A union refused as a whole is told by the
 * problems of the member that came closest (fewest issues), as
 * @hookform/resolvers does, so a form field gets its own reason.
 */
export function issueProblems(issues: readonly z.core.$ZodIssue[]): Record<string, ErrorPart> {
  const problems: Record<string, ErrorPart> = {}
  for (const issue of issues.flatMap(closestIssues)) problems[issue.path.map(String).join('.') || '_'] ??= issuePart(issue)
  return problems
}

function closestIssues(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue]
  const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best))
  if (closest.length === 0) return [issue]
  return closest.flatMap((inner) => closestIssues({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue))
}

const locales = { zh: zhCN(), en: en() }

/** An issue no reason words, in zod's own locale of the language. */
export function schemaIssueText(issue: SchemaIssue, language: Language): string {
  const raw = { ...issue, input: issue.received === undefined ? undefined : sampleOf[issue.received] } as unknown as z.core.$ZodRawIssue
  const worded = locales[language].localeError(raw)
  return typeof worded === 'string' ? worded : (worded?.message ?? issue.code)
}
