import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import type { AppErrorShape } from '../../electron/shared/errors'

/**
 * Puts the core's `fieldErrors` on the form's fields and returns the message
 * for everything else (shown once, above the form). `prefix` strips the
 * wrapper of an update input, e.g. `expert.` in `expert.name`.
 */
export function applyServerErrors<T extends FieldValues>(
  error: AppErrorShape,
  setError: UseFormSetError<T>,
  prefix = ''
): string | null {
  const entries = Object.entries(error.fieldErrors ?? {})
  for (const [path, message] of entries) {
    const name = path.startsWith(prefix) ? path.slice(prefix.length) : path
    setError(name as Path<T>, { type: 'server', message })
  }
  return entries.length > 0 && error.code === 'invalid_input' ? null : error.message
}
