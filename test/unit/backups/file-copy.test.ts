import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { copyAndHash } from '../../../electron/core/backups/file-copy'

let dir: string
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe("a backup's attachment copy", () => {
  it('lets the event loop run while it copies, and hashes exactly the bytes written', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ecocase-copy-'))
    const bytes = randomBytes(16 << 20)
    writeFileSync(join(dir, 'photo.jpg'), bytes)
    // Other calls of the app run between the copy's chunks: count the turns of the event loop while it runs.
    let turns = 0
    let copying = true
    const tick = () => {
      turns++
      if (copying) setImmediate(tick)
    }
    setImmediate(tick)
    const copied = await copyAndHash(join(dir, 'photo.jpg'), join(dir, 'copy.jpg'))
    copying = false
    expect(copied).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length })
    expect(readFileSync(join(dir, 'copy.jpg')).equals(bytes)).toBe(true)
    expect(turns).toBeGreaterThanOrEqual(16)
  })

  it('never overwrites a file already there', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ecocase-copy-'))
    writeFileSync(join(dir, 'a'), 'a')
    writeFileSync(join(dir, 'b'), 'b')
    await expect(copyAndHash(join(dir, 'a'), join(dir, 'b'))).rejects.toThrow(/EEXIST/)
  })
})
