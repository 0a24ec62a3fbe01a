/**
 * Printing in the Electron app: the renderer asks the main process to print
 * one of its own `#/print/...` routes to PDF. Not a core channel, because the
 * core cannot print; the preload exposes it as `window.ecocasePrint`.
 */
export const printChannel = 'print.toPdf'

export interface PrintRequest {
  /** A print route of the renderer's hash router, e.g. `/print/assignment-notice/<caseId>`. */
  route: string
  /** The file name the save dialog suggests, without folders. */
  fileName: string
}

export type PrintReply = { ok: true; path: string | null } | { ok: false; message: string }

export interface PrintApi {
  toPdf: (request: PrintRequest) => Promise<PrintReply>
}

/** Only the renderer's print routes may be printed: `/print/<view>/<id>`. */
export function isPrintRoute(route: unknown): route is string {
  return typeof route === 'string' && /^\/print\/[a-z-]+\/[0-9a-f-]{36}$/.test(route)
}

/** A file name safe on every desktop: no folders, no reserved characters, ending in .pdf. */
export function safePdfName(name: unknown): string {
  const base = (typeof name === 'string' ? name : '').replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim().slice(0, 120)
  return `${base || 'EcoCase'}${base.toLowerCase().endsWith('.pdf') ? '' : '.pdf'}`
}
