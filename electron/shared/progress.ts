import type { Channel } from './channels'
import type { Result } from './errors'

/** How far a long call (an import) is: `done` of `total` in a phase. */
export interface CallProgress {
  phase: 'parsed' | 'checked' | 'written'
  done: number
  total: number
}

/**
 * In Electron the main process sends a call's progress to the window that
 * made it on this IPC channel, while the call runs; the preview streams it
 * as lines of its reply instead (see preview-server.ts).
 */
export const callProgressChannel = 'call.progress'

export interface ProgressMessage {
  channel: Channel
  progress: CallProgress
}

/** `window.ecocase.progress`: one such call at a time per channel (the screens that start one wait for it). */
export interface ProgressApi {
  /** Calls `channel` with `input`, passing its progress to `listener` until it replies. */
  call: (channel: Channel, input: unknown, listener: (progress: CallProgress) => void) => Promise<Result<unknown>>
}
