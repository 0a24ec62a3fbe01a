import type { PrintApi, PrintReply } from '../../electron/shared/print'

declare global {
  interface Window {
    ecocasePrint?: PrintApi
  }
}

/**
 * Prints a print route (`/print/...`). In the Electron app the main process
 * prints it to PDF and asks where to save it; in the browser preview it opens
 * in a new window that calls the browser's print dialog.
 */
export async function printView(route: string, fileName: string): Promise<PrintReply> {
  if (window.ecocasePrint) return window.ecocasePrint.toPdf({ route, fileName })
  window.open(`#${route}?autoprint=1`, '_blank')
  return { ok: true, path: null }
}
