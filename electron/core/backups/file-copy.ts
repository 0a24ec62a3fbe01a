import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'

/**
 * Copies a file without blocking the event loop (a backup of a folder in
 * use must not hold the app's other calls while its attachments are copied,
 * issue 15), hashing the bytes as they are written, and flushes the copy to
 * the disk before returning. A megabyte is read at a time, so memory does not
 * grow with the file.
 *
 * @returns the SHA-256 and size of what was written.
 */
export async function copyAndHash(source: string, target: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256')
  let bytes = 0
  const out = await open(target, 'wx')
  try {
    for await (const chunk of createReadStream(source, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      hash.update(chunk)
      bytes += chunk.length
      for (let written = 0; written < chunk.length; ) written += (await out.write(chunk, written)).bytesWritten
    }
    await out.sync()
  } finally {
    await out.close()
  }
  return { sha256: hash.digest('hex'), bytes }
}

/** SHA-256 and size of a file read as a stream (a backup's database copy, which can be gigabytes). */
export async function hashFileAsync(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(chunk)
    bytes += chunk.length
  }
  return { sha256: hash.digest('hex'), bytes }
}
