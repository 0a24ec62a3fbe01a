import { errorFields, errorText, reasonText, type AppErrorShape, type Language, type Result } from '../../electron/shared/errors'
import i18n from '../i18n'

const uiLanguage = (): Language => (i18n.language === 'en' ? 'en' : 'zh')

/**
 * A core error in the UI's language: the message and every field error worded
 * from their reasons (electron/shared/error-reasons.ts); a field error that is
 * a schema's own message stays as it is.
 */
export function inUiLanguage(error: AppErrorShape): AppErrorShape {
  const language = uiLanguage()
  const worded: AppErrorShape = { ...error, message: errorText(error, language) }
  const fields = errorFields(error)
  if (fields) worded.fieldErrors = Object.fromEntries(Object.entries(fields).map(([path, text]) => [path, reasonText(text, error.params, language)]))
  return worded
}

/** A reply with its error, if any, in the UI's language. */
export function wordedReply<T>(reply: Result<T>): Result<T> {
  return reply.ok ? reply : { ok: false, error: inUiLanguage(reply.error) }
}
