import { app, type BrowserWindow } from 'electron'

/**
 * One EcoCase per user session: a second launch hands over to the first,
 * which comes to the front, instead of opening the data folder twice.
 *
 * @returns false when another instance holds the lock (this one should quit).
 */
export function claimSingleInstance(currentWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) return false
  app.on('second-instance', () => {
    const window = currentWindow()
    if (!window) return
    if (window.isMinimized()) window.restore()
    window.show()
    window.focus()
  })
  return true
}
