import type { Attachment } from '../../electron/shared/sampling'
import type { Result } from '../../electron/shared/errors'

/**
 * Streams a picked file into the content-addressed store through the
 * preview's upload endpoint; the core hashes it and records it.
 */
export async function uploadAttachment(file: File): Promise<Result<Attachment>> {
  const response = await fetch('/api/attachments.upload', {
    method: 'POST',
    headers: {
      'content-type': file.type || 'application/octet-stream',
      'x-file-name': encodeURIComponent(file.name),
      'x-ecocase-token': sessionStorage.getItem('ecocase.previewToken') ?? ''
    },
    body: file
  })
  return response.json() as Promise<Result<Attachment>>
}

/** Where the preview serves a stored file, after checking its hash again. */
export function attachmentUrl(sha256: string): string {
  return `/attachments/${sha256}?token=${encodeURIComponent(sessionStorage.getItem('ecocase.previewToken') ?? '')}`
}
