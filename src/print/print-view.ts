import { App as AntApp } from 'antd'
import { useTranslation } from 'react-i18next'
import type { PrintReply } from '../../electron/shared/print'
import { ecocase } from '../api/api'

/**
 * Prints a print route (`/print/...`). In the Electron app the main process
 * prints it to PDF and asks where to save it; in the browser preview it opens
 * in a new window that calls the browser's print dialog.
 */
export function printView(route: string, fileName: string): Promise<PrintReply> {
  return ecocase().print.toPdf({ route, fileName })
}

/**
 * The one way a button prints: the print, then what happened in a message a
 * user sees (the saved file, or why it failed), never a silent click.
 */
export function usePrint(): (route: string, fileName: string) => Promise<void> {
  const { t } = useTranslation()
  const { message } = AntApp.useApp()
  return async (route, fileName) => {
    const reply = await printView(route, fileName).catch((error: unknown) => ({
      ok: false as const,
      message: error instanceof Error ? error.message : String(error)
    }))
    if (!reply.ok) void message.error(t('print.failed', { reason: reply.message || t('print.popupBlocked') }))
    else if (reply.path) void message.success(t('print.saved', { path: reply.path }))
  }
}
