import { app, BrowserWindow, dialog, session, shell, type WebContents } from 'electron'
import { shellText } from './shell-text'

/** Schemes a link may hand to the system: web pages and mail, never `file:` or an app's own scheme. */
const externalSchemes = new Set(['https:', 'http:', 'mailto:'])

/**
 * Electron's security checklist, applied to every web contents the app makes:
 * no navigation away from the app, no new windows (an external link opens in
 * the system browser once the user confirms it), no <webview>, every
 * permission request (camera, geolocation, notifications, devices …) denied,
 * and in a production build no DevTools.
 */
export function guardWebContents(appUrl: () => string, production: boolean): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  session.defaultSession.setDevicePermissionHandler(() => false)
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => {
      if (isAppUrl(event.url, appUrl())) return
      event.preventDefault()
      void openExternalAfterConfirm(contents, event.url)
    })
    contents.on('will-frame-navigate', (event) => {
      if (!isAppUrl(event.url, appUrl())) event.preventDefault()
    })
    contents.on('will-redirect', (event) => {
      if (!isAppUrl(event.url, appUrl())) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      void openExternalAfterConfirm(contents, url)
      return { action: 'deny' }
    })
    if (production) contents.on('devtools-opened', () => contents.closeDevTools())
  })
}

/**
 * Opens a web or mail link in the system's own program, only after the user
 * has seen the address and said yes; any other scheme is dropped unseen.
 *
 * @returns whether the link was opened.
 */
export async function openExternalAfterConfirm(contents: WebContents, url: string): Promise<boolean> {
  if (!isExternalUrl(url)) return false
  const text = shellText()
  const options = {
    type: 'question' as const,
    buttons: [text.openLink, text.cancel],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    title: text.openLinkTitle,
    message: text.openLinkMessage,
    detail: url
  }
  const owner = BrowserWindow.fromWebContents(contents)
  const answer = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options)
  if (answer.response !== 0) return false
  await shell.openExternal(url)
  return true
}

/** Whether a url is one the system browser or mail program may be given. */
export function isExternalUrl(url: string): boolean {
  try {
    return externalSchemes.has(new URL(url).protocol)
  } catch {
    return false
  }
}

/** Whether a url is the app's own page (any route of its hash router). */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const a = new URL(url)
    const b = new URL(appUrl)
    return a.protocol === b.protocol && a.host === b.host && a.pathname === b.pathname
  } catch {
    return false
  }
}
