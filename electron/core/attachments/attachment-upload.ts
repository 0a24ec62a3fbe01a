import type { Readable } from 'node:stream'
import { AppError, type Result } from '../../shared/errors'
import { may } from '../../shared/permissions'
import { maxAttachmentBytes, type Attachment } from '../../shared/sampling'
import type { Core } from '../core'
import type { Session } from '../call'
import { dispatch } from '../handler-table'
import { activeUser } from '../users/session-guard'
import { AttachmentTooLarge, storeAttachment } from './attachment-store'

export interface UploadMeta {
  mediaType: string
  originalName: string
  /** The size the sender declared, refused before reading when already too large. */
  declaredBytes: number
}

/**
 * Streams one file into the content-addressed store and records it through
 * the handler table, for whichever transport brought the bytes (the preview's
 * upload endpoint, or the Electron main process reading a picked file).
 * Nothing is recorded for a caller who may not attach evidence, or for a file
 * over 50 MB (refused while streaming).
 */
export async function uploadAttachment(core: Core, session: Session, stream: Readable, meta: UploadMeta): Promise<Result<Attachment>> {
  let user
  try {
    user = await activeUser(core, session, core.now().getTime())
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toJSON() }
    throw error
  }
  if (!may(user.role, 'attachEvidence')) {
    return { ok: false, error: new AppError('forbidden', 'attachment_forbidden').toJSON() }
  }
  if (meta.declaredBytes > maxAttachmentBytes) return { ok: false, error: new AttachmentTooLarge(maxAttachmentBytes).toJSON() }
  let stored
  try {
    stored = await storeAttachment(core.dataDir, stream)
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toJSON() }
    throw error
  }
  const mediaType = meta.mediaType.split(';')[0]!.trim() || 'application/octet-stream'
  return dispatch(core, session, 'attachments.record', { sha256: stored.sha256, mediaType, originalName: meta.originalName }) as Promise<
    Result<Attachment>
  >
}
