import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { channels } from '../shared/channels'
import type { Core } from '../core/core'
import type { Session } from '../core/call'
import { dispatch } from '../core/handler-table'
import { isAppUrl } from './window-security'

/**
 * One `ipcMain.handle` per contract channel over the core's handler table.
 * A call from any frame that is not the app's own page is refused; each
 * window has its own session (its current user), returned for the other
 * main-process handlers.
 */
export function registerIpc(core: Core, appUrl: () => string): (contents: WebContents) => Session {
  const sessions = new WeakMap<WebContents, Session>()
  const sessionOf = (contents: WebContents) => {
    let session = sessions.get(contents)
    if (!session) {
      session = { userId: null }
      sessions.set(contents, session)
    }
    return session
  }
  for (const channel of channels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      const frameUrl = event.senderFrame?.url ?? ''
      if (!isAppUrl(frameUrl, appUrl())) {
        return { ok: false, error: { code: 'forbidden', message: '调用来源不受信任' } }
      }
      return dispatch(core, sessionOf(event.sender), channel, input)
    })
  }
  return sessionOf
}
