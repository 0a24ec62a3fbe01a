import type { Result } from '../../electron/shared/errors'
import { attachmentPathPrefix } from '../../electron/shared/attachments'
import { outboxDownloadPath, uploadPaths, type FileUploadApi, type UploadTarget } from '../../electron/shared/file-upload'

declare global {
  interface Window {
    ecocaseFiles?: FileUploadApi
  }
}

const tokenKey = 'ecocase.previewToken'

/**
 * Sends a file to its target in the data folder (the attachment store, or
 * the exchange inbox): in the Electron app the main process streams it from
 * disk; in the browser preview it streams over the target's upload endpoint
 * (electron/preview/preview-server.ts). Either way the core decides.
 */
export async function uploadFile(target: UploadTarget, file: File): Promise<Result<unknown>> {
  if (window.ecocaseFiles) return window.ecocaseFiles.upload(file, target)
  const response = await fetch(uploadPaths[target], {
    method: 'POST',
    headers: {
      'content-type': file.type || 'application/octet-stream',
      'x-file-name': encodeURIComponent(file.name),
      'x-ecocase-token': sessionStorage.getItem(tokenKey) ?? ''
    },
    body: file
  })
  return response.json()
}

/**
 * Where the page fetches an attachment's bytes: relative to the page, so
 * `app://ecocase/attachments/<sha256>` in Electron (its protocol handler
 * ignores the token) and `/attachments/<sha256>?token=…` in the preview.
 */
export function attachmentUrl(sha256: string): string {
  return `${attachmentPathPrefix}${sha256}?token=${encodeURIComponent(sessionStorage.getItem(tokenKey) ?? '')}`
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
export async function downloadOutboxFile(name: string): Promise<Result<{ saved: boolean }>> {
  if (window.ecocaseFiles) return window.ecocaseFiles.saveOutboxFile(name)
  const link = document.createElement('a')
  link.href = `${outboxDownloadPath}${encodeURIComponent(name)}?token=${encodeURIComponent(sessionStorage.getItem(tokenKey) ?? '')}`
  link.download = name
  document.body.appendChild(link)
  link.click()
  link.remove()
  return { ok: true, value: { saved: true } }
}
