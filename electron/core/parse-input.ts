import type { z } from 'zod'
import { AppError } from '../shared/errors'
import { issueProblems } from '../shared/schema-issues'

/**
 * Parses `input` with a contract schema, or refuses it the way every channel
 * does: `invalid_input` naming the first problem, with each field's first
 * problem in `fieldProblems` keyed by its dotted path (`quantity.low`), as a
 * reason of the catalog and the issue's bounds, never as words of one language.
 *
 * @throws AppError `invalid_input` when the schema rejects the input.
 */
export function parseOrRefuse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  // The input is reported only for its type (`received`), which zod's locales name; issuePart drops the value itself.
  const parsed = schema.safeParse(input, { reportInput: true })
  if (parsed.success) return parsed.data
  const problems = issueProblems(parsed.error.issues)
  const first = Object.values(problems)[0]
  throw new AppError('invalid_input', 'invalid_input', { problem: [first ?? { reason: 'input_malformed' }] }, problems)
}
