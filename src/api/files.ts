import type { Result } from '../../electron/shared/errors'
import type { UploadTarget } from '../../electron/shared/file-upload'
import { attachmentPathPrefix } from '../../electron/shared/attachments'
import { ecocase } from './api'
import { wordedReply } from './error-words'
import { previewTokenKey } from './preview-bridge'

/**
 * Sends a file to its target in the data folder (the attachment store, or
 * the exchange inbox): in the Electron app the main process streams it from
 * disk; in the browser preview it streams over the target's upload endpoint.
 * Either way the core decides.
 */
export function uploadFile(target: UploadTarget, file: File): Promise<Result<unknown>> {
  return ecocase().files.upload(file, target).then(wordedReply)
}

/**
 * Where the page fetches an attachment's bytes: relative to the page, so
 * `app://ecocase/attachments/<sha256>` in Electron (its protocol handler
 * ignores the token) and `/attachments/<sha256>?token=…` in the preview.
 */
export function attachmentUrl(sha256: string): string {
  return `${attachmentPathPrefix}${sha256}?token=${encodeURIComponent(sessionStorage.getItem(previewTokenKey) ?? '')}`
}

/** The name of an outbox file from the path the core replied with (the app only ever asks for it by name). */
export function outboxName(path: string): string {
  return path.split(/[\\/]/).pop() ?? ''
}

/**
 * Hands a package or receipt of the outbox to the user: Electron asks where
 * to save it; the preview serves it as a download. The core refuses any name
 * that is not a file the app wrote there.
 */
export function downloadOutboxFile(name: string): Promise<Result<{ saved: boolean }>> {
  return ecocase().files.saveOutboxFile(name).then(wordedReply)
}
