/**
 * Printing in the Electron app: the renderer asks the main process to print
 * one of its own `#/print/...` routes to PDF. Not a core channel, because the
 * core cannot print; the preload exposes it as `window.ecocase.print`.
 */
export const printChannel = 'print.toPdf'

export interface PrintRequest {
  /** A print route of the renderer's hash router, e.g. `/print/assignment-notice/<caseId>`. */
  route: string
  /** The file name the save dialog suggests, without folders. */
  fileName: string
}

export type PrintReply = { ok: true; path: string | null } | { ok: false; message: string }

/** `window.ecocase.print`: in the browser preview it opens the route in a window that calls the browser's print dialog. */
export interface PrintApi {
  toPdf: (request: PrintRequest) => Promise<PrintReply>
}

/** The renderer's print views of one record each: `/print/<view>/<id>`. */
export const documentViews = ['assignment-notice', 'opinion', 'collection-record', 'custody', 'restoration-order'] as const
export type DocumentView = (typeof documentViews)[number]

/** Sample labels, of a whole visit or of one sample. */
export const labelScopes = ['visit', 'sample'] as const
export type LabelScope = (typeof labelScopes)[number]

/**
 * The sizes labels print at: an A4 sheet of labels for an office printer, or
 * one label per page at the two label-printer stock sizes most common in
 * field kits (60×40 mm and 80×50 mm).
 */
export const labelSizes = ['a4', '60x40', '80x50'] as const
export type LabelSize = (typeof labelSizes)[number]

/** The route of a document's print view. */
export function documentPrintRoute(view: DocumentView, id: string): string {
  return `/print/${view}/${id}`
}

/** The route of a label print: `/print/labels/<scope>/<id>`, with the size as a last segment unless A4. */
export function labelPrintRoute(scope: LabelScope, id: string, size: LabelSize): string {
  return `/print/labels/${scope}/${id}${size === 'a4' ? '' : `/${size}`}`
}

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
const printRoutePattern = new RegExp(
  `^/print/(?:(?:${documentViews.join('|')})/${uuid}|labels/(?:${labelScopes.join('|')})/${uuid}(?:/(?:${labelSizes.filter((s) => s !== 'a4').join('|')}))?)$`
)

/** Only the renderer's print routes may be printed (the routes the two builders above make). */
export function isPrintRoute(route: unknown): route is string {
  return typeof route === 'string' && printRoutePattern.test(route)
}

/** A file name safe on every desktop: no folders, no reserved characters, ending in .pdf. */
export function safePdfName(name: unknown): string {
  // Control characters are not allowed in file names on Windows and corrupt them elsewhere.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const base = (typeof name === 'string' ? name : '').replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim().slice(0, 120)
  return `${base || 'EcoCase'}${base.toLowerCase().endsWith('.pdf') ? '' : '.pdf'}`
}
