import type { Channel } from './channels'

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

/** `window.ecocaseProgress`, present only in the Electron app. */
export interface ProgressApi {
  /** Listens to the progress of calls on `channel` until the returned function is called. */
  listen: (channel: Channel, listener: (progress: CallProgress) => void) => () => void
}
