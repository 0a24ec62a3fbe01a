import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { AppError, type AppErrorShape } from '../../shared/errors'
import type { Attachment } from '../../shared/sampling'
import type { Core } from '../core'
import type { Session } from '../call'
import { dispatch } from '../handler-table'
import { attachmentPath } from './attachment-store'

/**
 * Media types shown in place, those a browser renders inertly (a photo, a PDF
 * report); anything else (HTML, SVG, scripts) is served as a download, so an
 * uploaded file can never run in the app's origin.
 */
export const inlineMediaTypes = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain'])

export type CheckedAttachment = { ok: true; attachment: Attachment; bytes: Buffer } | { ok: false; status: number; error: AppErrorShape }

const SHA256 = /^[0-9a-f]{64}$/

/**
 * The bytes of a recorded attachment, read once and hashed: they are
 * returned only when they still give the hash they are filed under, so what
 * a transport serves is exactly what was checked. A hash the database has no
 * record of is not served, whatever the store holds; the caller must be one
 * of `sessions` that `attachments.get` admits (a signed-in user).
 */
export async function readCheckedAttachment(core: Core, sessions: readonly Session[], sha256: string): Promise<CheckedAttachment> {
  if (!SHA256.test(sha256)) return { ok: false, status: 400, error: new AppError('invalid_input', 'attachment_hash_invalid').toJSON() }
  let refusal: AppErrorShape = new AppError('unauthenticated', 'sign_in_first').toJSON()
  let attachment: Attachment | null = null
  for (const session of sessions) {
    const reply = await dispatch(core, session, 'attachments.get', { sha256 })
    if (reply.ok) {
      attachment = reply.value as Attachment
      break
    }
    refusal = reply.error
  }
  if (!attachment) {
    const statuses: Partial<Record<string, number>> = { unauthenticated: 401, locked: 401, must_change_password: 401, forbidden: 403, not_found: 404 }
    return { ok: false, status: statuses[refusal.code] ?? 400, error: refusal }
  }
  const bytes = await readFile(attachmentPath(core.dataDir, sha256)).catch(() => null)
  if (!bytes) return { ok: false, status: 410, error: new AppError('not_found', 'attachment_file_lost').toJSON() }
  if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
    return { ok: false, status: 409, error: new AppError('conflict', 'attachment_file_altered').toJSON() }
  }
  return { ok: true, attachment, bytes }
}

/**
 * The HTTP answer for an attachment, the same in the preview and in
 * Electron's protocol handler: the checked bytes, inline only for photos and
 * PDFs, sandboxed and never sniffed; or the refusal as the JSON reply.
 */
export async function attachmentResponse(core: Core, sessions: readonly Session[], sha256: string): Promise<Response> {
  const checked = await readCheckedAttachment(core, sessions, sha256)
  if (!checked.ok) {
    return new Response(JSON.stringify({ ok: false, error: checked.error }), {
      status: checked.status,
      headers: { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' }
    })
  }
  const { attachment, bytes } = checked
  const inline = inlineMediaTypes.has(attachment.mediaType)
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      'content-type': inline ? attachment.mediaType : 'application/octet-stream',
      'content-length': String(bytes.length),
      'content-disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(attachment.originalName)}`,
      'content-security-policy': "default-src 'none'; sandbox",
      'x-content-type-options': 'nosniff',
      'x-ecocase-sha256': sha256,
      'cache-control': 'no-store'
    }
  })
}
