import { protocol } from 'electron'
import { readFile } from 'node:fs/promises'
import { contentSecurityPolicy } from '../shared/content-security-policy'
import { resolveRendererFile } from '../core/renderer-files'
import { isAttachmentRequest } from './attachment-protocol'

/**
 * The renderer is served from `app://ecocase/`, never from `file://`: a
 * `file://` page shares one origin with every file on the disk, whereas this
 * scheme is a standard, secure origin of its own (Electron's security
 * checklist, item 18). `registerSource` would serve the folder without a
 * handler, but it is experimental and sets no headers; this handler adds the
 * CSP and refuses every path outside the renderer build.
 */
export const appScheme = 'app'
export const appOrigin = `${appScheme}://ecocase`
/** The page the window loads; every route of the hash router is this page. */
export const appEntryUrl = `${appOrigin}/index.html`

/** Must run before the app is ready (Electron requires it then). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }
  ])
}

/** Serves the renderer build at `app://ecocase/`, and the attachments under it (attachment-protocol.ts); call once the app is ready. */
export function serveRenderer(rendererDir: string, attachments: (request: Request) => Promise<Response>): void {
  protocol.handle(appScheme, (request) => (isAttachmentRequest(request) ? attachments(request) : rendererResponse(rendererDir, request)))
}

/** The answer to one request on the app scheme: a file of the build, or a refusal. */
export async function rendererResponse(rendererDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405)
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return refusal(400)
  }
  if (`${url.protocol}//${url.host}` !== appOrigin) return refusal(404)
  const resolved = resolveRendererFile(rendererDir, url.pathname)
  if (!resolved.ok) return refusal(resolved.problem === 'malformed' ? 400 : 404)
  const body = await readFile(resolved.file).catch(() => null)
  if (body === null) return refusal(404)
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: {
      'content-type': resolved.contentType,
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff'
    }
  })
}

function refusal(status: number): Response {
  return new Response(null, { status, headers: { 'x-content-type-options': 'nosniff' } })
}
