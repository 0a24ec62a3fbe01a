import { createHash, randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, rename, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { AppError } from '../../shared/errors'
import { maxAttachmentBytes, type AttachmentCheck } from '../../shared/sampling'

const SHA256 = /^[0-9a-f]{64}$/

export interface StoredFile {
  sha256: string
  sizeBytes: number
  /** `false` when the same content was already in the store. */
  added: boolean
}

/** The store's folder inside the data folder. */
export function attachmentsDir(dataDir: string): string {
  return join(dataDir, 'attachments')
}

/**
 * Where the file with this hash lives: `<dataDir>/attachments/ab/cdef…`, two
 * hex digits of fan-out so no folder grows past 256 entries per level.
 *
 * @throws AppError `invalid_input` for anything but 64 lowercase hex digits, so a path never comes from input.
 */
export function attachmentPath(dataDir: string, sha256: string): string {
  if (!SHA256.test(sha256)) throw new AppError('invalid_input', 'attachment_hash_invalid')
  return join(attachmentsDir(dataDir), sha256.slice(0, 2), sha256.slice(2))
}

/**
 * Streams `source` into the content-addressed store: into a temporary file
 * while hashing and counting, then renamed to its hash. Never holds the whole
 * file in memory. A stored copy whose bytes no longer match its name is
 * replaced by the fresh one.
 *
 * @throws AppError `invalid_input` when the file is empty or larger than `maxBytes`
 *   (the temporary file is removed and nothing is stored).
 */
export async function storeAttachment(dataDir: string, source: Readable | AsyncIterable<Uint8Array>, maxBytes = maxAttachmentBytes): Promise<StoredFile> {
  const tmpDir = join(attachmentsDir(dataDir), 'tmp')
  await mkdir(tmpDir, { recursive: true })
  const tmpFile = join(tmpDir, `${randomUUID()}.part`)
  const hash = createHash('sha256')
  let sizeBytes = 0
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      sizeBytes += chunk.length
      if (sizeBytes > maxBytes) return done(new AttachmentTooLarge(maxBytes))
      hash.update(chunk)
      done(null, chunk)
    }
  })
  try {
    await pipeline(source, hashing, createWriteStream(tmpFile, { flags: 'wx' }))
    if (sizeBytes === 0) throw new AppError('invalid_input', 'attachment_empty')
    const sha256 = hash.digest('hex')
    const target = attachmentPath(dataDir, sha256)
    if ((await exists(target)) && (await hashFile(target)) === sha256) {
      await unlink(tmpFile)
      return { sha256, sizeBytes, added: false }
    }
    await mkdir(join(target, '..'), { recursive: true })
    await rename(tmpFile, target)
    return { sha256, sizeBytes, added: true }
  } catch (error) {
    await unlink(tmpFile).catch(() => undefined)
    throw error
  }
}

/** A file over the size limit; transports answer it with HTTP 413 or its equivalent. */
export class AttachmentTooLarge extends AppError {
  constructor(maxBytes: number) {
    super('too_large', 'attachment_too_large', { megabytes: Math.round(maxBytes / 1024 / 1024) })
  }
}

/**
 * Re-hashes a stored file: `missing` when it is gone, `tampered` when its
 * bytes no longer give the hash it is filed under.
 */
export async function verifyStoredFile(dataDir: string, sha256: string): Promise<AttachmentCheck & { sizeBytes: number | null }> {
  const path = attachmentPath(dataDir, sha256)
  if (!(await exists(path))) return { sha256, ok: false, problem: 'missing', actualSha256: null, sizeBytes: null }
  const { size } = await stat(path)
  const actual = await hashFile(path)
  return actual === sha256
    ? { sha256, ok: true, sizeBytes: size }
    : { sha256, ok: false, problem: 'tampered', actualSha256: actual, sizeBytes: size }
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}
