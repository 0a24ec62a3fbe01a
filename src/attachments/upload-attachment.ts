import type { Result } from '../../electron/shared/errors'
import type { Attachment } from '../../electron/shared/sampling'
import type { FileUploadApi } from '../../electron/shared/file-upload'

declare global {
  interface Window {
    ecocaseFiles?: FileUploadApi
  }
}

const tokenKey = 'ecocase.previewToken'

/**
 * Sends a file to the data folder's attachment store and records it: in the
 * Electron app the main process streams it from disk; in the browser preview
 * it streams over the upload endpoint (electron/preview/preview-server.ts).
 * Either way the core hashes it and records it through the handler table.
 */
export async function uploadAttachment(file: File): Promise<Result<Attachment>> {
  if (window.ecocaseFiles) return window.ecocaseFiles.upload(file)
  const response = await fetch('/api/attachments.upload', {
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
