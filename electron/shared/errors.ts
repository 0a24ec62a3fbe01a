/** Every way a call can fail; the renderer shows `message` and puts `fieldErrors` on form fields. */
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

export interface AppErrorShape {
  code: ErrorCode
  message: string
  fieldErrors?: Record<string, string>
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape }

/** The one error class of the app. Thrown inside core, turned into `{ok:false}` at the handler table. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string>
  ) {
    super(message)
    this.name = 'AppError'
  }

  toJSON(): AppErrorShape {
    return this.fieldErrors
      ? { code: this.code, message: this.message, fieldErrors: this.fieldErrors }
      : { code: this.code, message: this.message }
  }
}
