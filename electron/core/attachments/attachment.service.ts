import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { AppError } from '../../shared/errors'
import { permissions } from '../../shared/permissions'
import type { Call } from '../call'
import type { Handlers } from '../handler-table'
import { findAttachmentByHash } from './attachment.repository'
import { insertRecord } from '../records/records'
import { attachmentPath, verifyStoredFile } from './attachment-store'
import { readPhotoExif } from './photo-exif'
import type { AttachmentInfo } from '../../shared/attachments'
import { noCase, readsCase } from '../access/case-scope'
import { casesOfAttachment } from '../access/case-of'

/**
 * The bytes reach the store through the transport (the preview's upload
 * endpoint, or Electron's main process reading a file the user picked); this
 * records them. The file is re-hashed here, so a caller cannot record a hash
 * the store does not hold. Recording the same content twice returns the first record.
 */
async function recordAttachment(call: Call, input: { sha256: string; mediaType: string; originalName: string }) {
  const known = await findAttachmentByHash(call.db, input.sha256)
  if (known) return known
  const check = await verifyStoredFile(call.core.dataDir, input.sha256)
  if (!check.ok) {
    throw new AppError('invalid_input', check.problem === 'missing' ? 'attachment_file_missing' : 'attachment_file_changed')
  }
  const attachment = {
    id: call.newId(),
    sha256: input.sha256,
    sizeBytes: check.sizeBytes!,
    mediaType: input.mediaType,
    originalName: input.originalName,
    createdAt: call.now,
    createdBy: call.user.id
  }
  await insertRecord(call, 'attachment', attachment)
  return attachment
}

/**
 * The viewer's facts of an attachment: its record, its hash checked again
 * now, and, for a photo whose bytes still match, its EXIF capture time and
 * GPS position (never read from a file that fails its hash).
 */
async function attachmentInfo(call: Call, sha256: string): Promise<AttachmentInfo> {
  const attachment = await findAttachmentByHash(call.db, sha256)
  if (!attachment) throw new AppError('not_found', 'attachment_not_found')
  const bytes = await readFile(attachmentPath(call.core.dataDir, sha256)).catch(() => null)
  if (!bytes) return { attachment, check: { sha256, ok: false, problem: 'missing', actualSha256: null }, exif: null }
  const actual = createHash('sha256').update(bytes).digest('hex')
  if (actual !== sha256) return { attachment, check: { sha256, ok: false, problem: 'tampered', actualSha256: actual }, exif: null }
  return { attachment, check: { sha256, ok: true }, exif: await readPhotoExif(bytes, attachment.mediaType) }
}

export const attachmentHandlers: Handlers<'attachments.record' | 'attachments.get' | 'attachments.verify' | 'attachments.info'> = {
  'attachments.info': { scope: readsCase((db, { sha256 }) => casesOfAttachment(db, sha256)), access: 'signedIn', writes: false, run: (call, { sha256 }) => attachmentInfo(call, sha256) },
  'attachments.record': { scope: noCase, access: permissions.attachEvidence, writes: true, run: recordAttachment },
  'attachments.get': { scope: readsCase((db, { sha256 }) => casesOfAttachment(db, sha256)),
    access: 'signedIn',
    writes: false,
    run: async (call, { sha256 }) => {
      const attachment = await findAttachmentByHash(call.db, sha256)
      if (!attachment) throw new AppError('not_found', 'attachment_not_found')
      return attachment
    }
  },
  'attachments.verify': { scope: readsCase((db, { sha256 }) => casesOfAttachment(db, sha256)),
    access: 'signedIn',
    writes: false,
    run: async (call, { sha256 }) => {
      if (!(await findAttachmentByHash(call.db, sha256))) throw new AppError('not_found', 'attachment_not_found')
      const { sizeBytes: _size, ...check } = await verifyStoredFile(call.core.dataDir, sha256)
      return check
    }
  }
}
