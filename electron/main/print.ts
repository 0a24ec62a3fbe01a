import { BrowserWindow, dialog, ipcMain, type WebContents } from 'electron'
import { writeFile } from 'node:fs/promises'
import { isPrintRoute, printChannel, safePdfName, type PrintReply } from '../shared/print'
import { isTrustedSender } from './ipc-sender'
import type { OpenWindow } from './app-window'

/** How long a print view may take to load its data before printing gives up. */
const readyTimeoutMs = 15_000

/**
 * Printing in the app. A print view is a renderer route under `#/print/...`
 * that lays out an A4 page with its own print stylesheet and, once its data
 * has loaded, sets `data-print-ready` on <html> (see src/print/PrintPage.tsx).
 * Here the route is opened in a hidden window with the same preload and
 * security settings, printed with `webContents.printToPDF`, and saved where
 * the user chooses. The browser preview prints the same route with
 * `window.print()`, the tests with Chromium's `page.pdf()`.
 */
export function registerPrinting(appUrl: () => string, openWindow: OpenWindow): void {
  ipcMain.handle(printChannel, async (event, request: { route?: unknown; fileName?: unknown }): Promise<PrintReply> => {
    if (!isTrustedSender(event, appUrl())) return { ok: false, message: '调用来源不受信任' }
    if (!isPrintRoute(request?.route)) return { ok: false, message: '不是可打印的页面' }
    try {
      const pdf = await renderPdf(`${appUrl()}#${request.route}`, openWindow)
      const owner = BrowserWindow.fromWebContents(event.sender)
      const options = { defaultPath: safePdfName(request.fileName), filters: [{ name: 'PDF', extensions: ['pdf'] }] }
      const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
      if (choice.canceled || !choice.filePath) return { ok: true, path: null }
      await writeFile(choice.filePath, pdf)
      return { ok: true, path: choice.filePath }
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) }
    }
  })
}

/**
 * Prints one app url to PDF in a hidden window. The page size is the print
 * view's own (`@page` in its stylesheet: a label size), else A4.
 */
export async function renderPdf(url: string, openWindow: OpenWindow): Promise<Buffer> {
  const window = openWindow({ show: false })
  try {
    await window.loadURL(url)
    await waitUntilReady(window.webContents)
    return await window.webContents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true })
  } finally {
    window.destroy()
  }
}

async function waitUntilReady(contents: WebContents): Promise<void> {
  const deadline = Date.now() + readyTimeoutMs
  while (Date.now() < deadline) {
    if (await contents.executeJavaScript(`document.documentElement.dataset.printReady === 'true'`)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('打印页面未能在 15 秒内载入')
}
