import type { Readable } from 'node:stream'
import type { Result } from '../shared/errors'
import type { UploadTarget } from '../shared/file-upload'
import type { Core } from './core'
import type { Session } from './call'
import { uploadAttachment, type UploadMeta } from './attachments/attachment-upload'
import { uploadPackage } from './exchange/package-upload'

/** What each upload target does with the bytes a transport brings (the preview's upload endpoint, or the Electron main process reading a picked file). */
export const uploaders: Record<UploadTarget, (core: Core, session: Session, stream: Readable, meta: UploadMeta) => Promise<Result<unknown>>> = {
  attachment: uploadAttachment,
  package: uploadPackage
}
