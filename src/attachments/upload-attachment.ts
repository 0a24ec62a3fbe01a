import type { Result } from '../../electron/shared/errors'
import type { Attachment } from '../../electron/shared/sampling'

const tokenKey = 'ecocase.previewToken'

/**
 * Sends a file to the data folder's attachment store and records it. The
 * bytes go over the browser preview's streaming upload endpoint (see
 * electron/preview/preview-server.ts), which hashes them and records the
 * attachment through the handler table.
 */
export async function uploadAttachment(file: File): Promise<Result<Attachment>> {
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
