import { toNestErrors, validateFieldsNatively } from '@hookform/resolvers'
import type { FieldError, FieldValues, Resolver } from 'react-hook-form'
import type { z } from 'zod'
import { partText } from '../../electron/shared/errors'
import { issueProblems } from '../../electron/shared/schema-issues'
import { uiLanguage } from '../api/error-words'

/**
 * The form resolver of a contract schema: the same zod schema core checks
 * again, its problems worded in the UI's language the way core's refusals
 * are (a reason of the catalog with the issue's bounds, else zod's own
 * locale), so a form in English never shows the schema's Chinese.
 */
export function contractResolver<S extends z.ZodType<unknown, FieldValues>>(schema: S): Resolver<z.input<S>, unknown, z.output<S>> {
  return async (values, _context, options) => {
    const parsed = await schema.safeParseAsync(values, { reportInput: true })
    if (parsed.success) {
      if (options.shouldUseNativeValidation) validateFieldsNatively({}, options)
      return { values: parsed.data, errors: {} }
    }
    const language = uiLanguage()
    const fields: Record<string, FieldError> = {}
    for (const [path, part] of Object.entries(issueProblems(parsed.error.issues))) fields[path] = { type: 'issue' in part ? part.issue.code : part.reason, message: partText(part, language) }
    return { values: {}, errors: toNestErrors(fields, options) }
  }
}
