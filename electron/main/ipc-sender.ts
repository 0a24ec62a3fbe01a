import type { IpcMainInvokeEvent, WebContents } from 'electron'
import { isAppUrl } from './window-security'

/** The web contents of the windows the app made itself (the main window, print windows). */
const trusted = new WeakSet<WebContents>()

/** Marks a window's contents as one of the app's own, whose main frame may call the core. */
export function trustContents(contents: WebContents): void {
  trusted.add(contents)
}

/** The reply to a call from anywhere else. */
export const untrustedReply = { ok: false as const, error: { code: 'forbidden' as const, message: '调用来源不受信任' } }

/**
 * Whether an IPC call may reach the core: it must come from the top frame of
 * a window the app made (never an iframe or another web contents), showing
 * the app's own page (Electron's security checklist, item 17: validate the
 * sender of all IPC messages).
 */
export function isTrustedSender(event: IpcMainInvokeEvent, appUrl: string): boolean {
  const frame = event.senderFrame
  if (!frame || !trusted.has(event.sender)) return false
  const main = event.sender.mainFrame
  const isMainFrame = frame.parent === null && frame.processId === main.processId && frame.routingId === main.routingId
  return isMainFrame && isAppUrl(frame.url, appUrl)
}
