import { errorInLanguage, errorText, type AppErrorShape, type Language } from '../shared/errors'

/**
 * The language the CLI speaks: Chinese unless `--lang en` (or ECOCASE_LANG=en)
 * says English. Read once at start; the CLI is one process per command.
 */
let language: Language = 'zh'

export function chooseCliLanguage(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Language {
  const at = argv.indexOf('--lang')
  const inline = argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length)
  const asked = inline ?? (at >= 0 ? argv[at + 1] : undefined) ?? env.ECOCASE_LANG
  language = asked === 'en' ? 'en' : 'zh'
  return language
}

export function cliLanguage(): Language {
  return language
}

const errorWord: Record<Language, string> = { zh: '错误：', en: 'Error: ' }

/** One error line for stderr: a core reply's or AppError's reason worded in the CLI's language, else the error's own text. */
export function cliFailure(error: AppErrorShape | unknown): string {
  // An AppError has the reply's shape: both are worded from their reason.
  const text = isErrorShape(error) ? errorText(error, language) : error instanceof Error ? error.message : String(error)
  return `${errorWord[language]}${text}\n`
}

/** A reply as `call` prints it: its error's message and field errors in the CLI's language. */
export function cliReply<T extends { ok: boolean; error?: AppErrorShape }>(reply: T): T {
  return reply.ok || !reply.error ? reply : { ...reply, error: errorInLanguage(reply.error, language) }
}

function isErrorShape(value: unknown): value is AppErrorShape {
  return typeof value === 'object' && value !== null && 'code' in value && 'reason' in value && 'message' in value
}
