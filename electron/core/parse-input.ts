import type { z } from 'zod'
import { AppError } from '../shared/errors'

/**
 * Parses `input` with a contract schema, or refuses it the way every channel
 * does: `invalid_input` naming the first problem, with each field's first
 * Chinese message in `fieldErrors` keyed by its dotted path (`quantity.low`).
 *
 * @throws AppError `invalid_input` when the schema rejects the input.
 */
export function parseOrRefuse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input)
  if (parsed.success) return parsed.data
  const fieldErrors: Record<string, string> = {}
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.') || '_'
    fieldErrors[path] ??= issue.message
  }
  const first = Object.entries(fieldErrors)[0]
  throw new AppError('invalid_input', 'invalid_input', { problem: first ? first[1] : [{ reason: 'input_malformed' }] }, fieldErrors)
}
