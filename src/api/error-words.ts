import { errorInLanguage, type AppErrorShape, type Language, type Result } from '../../electron/shared/errors'
import i18n from '../i18n'

export const uiLanguage = (): Language => (i18n.language === 'en' ? 'en' : 'zh')

/**
 * A core error in the UI's language: the message and every field error worded
 * from their reasons (electron/shared/error-reasons.ts) or, for a schema issue
 * no reason words, by zod's locale.
 */
export function inUiLanguage(error: AppErrorShape): AppErrorShape {
  return errorInLanguage(error, uiLanguage())
}

/** A reply with its error, if any, in the UI's language. */
export function wordedReply<T>(reply: Result<T>): Result<T> {
  return reply.ok ? reply : { ok: false, error: inUiLanguage(reply.error) }
}
