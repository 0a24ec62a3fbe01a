import type { Core } from '../core/core'
import type { Session } from '../core/call'
import { attachmentResponse } from '../core/attachments/attachment-content'
import { attachmentPathPrefix } from '../shared/attachments'

const attachmentPath = new RegExp(`^/${attachmentPathPrefix}([0-9a-f]{64})$`)

/** Whether a request on the app scheme asks for an attachment (`app://ecocase/attachments/<sha256>`). */
export function isAttachmentRequest(request: Request): boolean {
  try {
    return new URL(request.url).pathname.startsWith(`/${attachmentPathPrefix}`)
  } catch {
    return false
  }
}

/**
 * Photos and reports in the Electron app: `app://ecocase/attachments/<sha256>`,
 * the same origin as the renderer, so the page fetches them under its own
 * CSP. Only a hash the database records is served, only when the file's
 * bytes still give that hash, and only to a signed-in user of one of the
 * app's windows (a protocol request does not say which window asked; the
 * app's windows are the only pages that can ask, see window-security.ts).
 * The answer is the preview's (core/attachments/attachment-content.ts).
 */
export function attachmentProtocol(core: Core, sessions: () => Session[]): (request: Request) => Promise<Response> {
  return async (request) => {
    const refuse = (status: number) => new Response(null, { status, headers: { 'x-content-type-options': 'nosniff' } })
    if (request.method !== 'GET') return refuse(405)
    const url = new URL(request.url)
    const match = attachmentPath.exec(url.pathname)
    if (url.host !== 'ecocase' || !match) return refuse(404)
    return attachmentResponse(core, sessions(), match[1]!)
  }
}
