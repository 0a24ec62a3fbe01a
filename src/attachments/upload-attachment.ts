import type { Result } from '../../electron/shared/errors'
import type { Attachment } from '../../electron/shared/sampling'
import { uploadFile } from '../api/files'

/** Sends a file to the data folder's attachment store and records it (the core hashes it and records it through the handler table). */
export function uploadAttachment(file: File): Promise<Result<Attachment>> {
  return uploadFile('attachment', file) as Promise<Result<Attachment>>
}
