import type { Result } from './errors'

/**
 * In Electron a picked file travels by its path: the preload turns the File
 * into a path (webUtils) and the main process streams it to where its target
 * keeps files. Not a core channel, because only the main process may read the
 * disk. Free of zod so the sandboxed preload stays small.
 */
export const fileUploadChannel = 'attachments.storeFile'

/** Where an uploaded file goes: the attachment store (photos, reports), or the exchange inbox (a package to import). */
export type UploadTarget = 'attachment' | 'package'

/** The preview's upload endpoint of each target: the raw file is the body. */
export const uploadPaths: Record<UploadTarget, string> = { attachment: '/api/attachments.upload', package: '/api/exchange.upload' }

export interface FileUploadRequest {
  target: UploadTarget
  path: string
  mediaType: string
  originalName: string
}

/** Saves a file of the exchange outbox (a package or a receipt, by its name there) where the user chooses. */
export const outboxSaveChannel = 'exchange.saveOutboxFile'

/** The preview serves an outbox file at this path followed by its name. */
export const outboxDownloadPath = '/exchange/outbox/'

/** `window.ecocase.files`: streamed from disk by the main process in Electron, over the upload endpoints in the preview. */
export interface FileUploadApi {
  upload: (file: File, target: UploadTarget) => Promise<Result<unknown>>
  /** `saved` is false when the user cancelled the save dialog. */
  saveOutboxFile: (name: string) => Promise<Result<{ saved: boolean }>>
}
