import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron'
import { trustContents } from './ipc-sender'

export type OpenWindow = (options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>) => BrowserWindow

/**
 * Opens the app's windows, all with one set of web preferences (Electron's
 * security checklist): sandboxed, isolated, no Node, no <webview>, no
 * middle-click windows, no DevTools in a production build. Each window's
 * contents is trusted to call the core from its main frame. The preferences
 * stay written out here, in the constructor call, so the electronegativity
 * scan reads them.
 */
export function appWindows(preload: string, production: boolean): OpenWindow {
  return (options) => {
    const window = new BrowserWindow({
      ...options,
      webPreferences: {
        preload,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        safeDialogs: true,
        disableBlinkFeatures: 'Auxclick',
        devTools: !production
      }
    })
    trustContents(window.webContents)
    return window
  }
}
