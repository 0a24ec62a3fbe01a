import type { Result } from './errors'
import type { Attachment } from './sampling'

/**
 * In Electron a picked file travels by its path: the preload turns the File
 * into a path (webUtils) and the main process streams it into the store.
 * Not a core channel, because only the main process may read the disk.
 * Free of zod so the sandboxed preload stays small.
 */
export const fileUploadChannel = 'attachments.storeFile'

export interface FileUploadRequest {
  path: string
  mediaType: string
  originalName: string
}

/** `window.ecocaseFiles`, present only in the Electron app. */
export interface FileUploadApi {
  upload: (file: File) => Promise<Result<Attachment>>
}
