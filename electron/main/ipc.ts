import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { channels } from '../shared/channels'
import type { Core } from '../core/core'
import { newSession, type Session } from '../core/call'
import { dispatch } from '../core/handler-table'
import { isTrustedSender, untrustedReply } from './ipc-sender'
import { callProgressChannel, type ProgressMessage } from '../shared/progress'

/**
 * One `ipcMain.handle` per contract channel over the core's handler table.
 * A call from anything but the main frame of one of the app's own windows
 * showing the app's page is refused (see ipc-sender.ts); each
 * window has its own session (its current user), returned for the other
 * main-process handlers. A long call's progress (an import) is sent to the
 * window that made it while the call runs.
 */
export function registerIpc(core: Core, appUrl: () => string): (contents: WebContents) => Session {
  const sessions = new WeakMap<WebContents, Session>()
  const sessionOf = (contents: WebContents) => {
    // Each window signs in on its own: a new window starts with nobody signed in.
    let session = sessions.get(contents)
    if (!session) {
      session = newSession('window')
      sessions.set(contents, session)
    }
    return session
  }
  for (const channel of channels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(event, appUrl())) return untrustedReply
      const progress = (report: ProgressMessage['progress']) => event.sender.send(callProgressChannel, { channel, progress: report } satisfies ProgressMessage)
      return dispatch(core, sessionOf(event.sender), channel, input, { progress })
    })
  }
  return sessionOf
}
