import { BrowserWindow, type BrowserWindowConstructorOptions, type WebPreferences } from 'electron'
import { trustContents } from './ipc-sender'

/**
 * The one set of web preferences of every window the app opens (Electron's
 * security checklist): sandboxed, isolated, no Node, no <webview>, no
 * middle-click windows, and no DevTools in a production build.
 */
export function secureWebPreferences(preload: string, production: boolean): WebPreferences {
  return {
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
}

export type OpenWindow = (options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>) => BrowserWindow

/** Opens the app's windows, each trusted to call the core from its main frame. */
export function appWindows(preload: string, production: boolean): OpenWindow {
  return (options) => {
    const window = new BrowserWindow({ ...options, webPreferences: secureWebPreferences(preload, production) })
    trustContents(window.webContents)
    return window
  }
}
