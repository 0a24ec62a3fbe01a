import { createHash } from 'node:crypto'
import { closeSync, openSync, readSync } from 'node:fs'
import { join } from 'node:path'
import type { ForensicDb } from './forensic-db'
import type { Findings } from './forensic-report'
import type { VerifyPart } from '../../shared/verify-reasons'

const page = 500
const chunk = Buffer.alloc(1 << 20)

/**
 * Re-hashes every stored attachment (content-addressed: the file of hash H
 * is `attachments/H[0..2]/H[2..]`): a missing file, one whose bytes no longer
 * hash to its name (altered, or replaced by another file of the same name)
 * and one whose size differs from the record are reported with the
 * attachment's record. Reads a megabyte at a time.
 *
 * @returns how many attachments were checked.
 */
export function checkAttachments(f: ForensicDb, findings: Findings): number {
  const hasTable = f.sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'attachment'").get()
  if (!hasTable) return 0
  const stmt = f.sqlite.prepare('select rowid as r, id, sha256, size_bytes, original_name from attachment where rowid > ? order by rowid limit ?')
  let checked = 0
  let after = 0
  for (;;) {
    const rows = stmt.all(after, page) as { r: number; id: string; sha256: string; size_bytes: number; original_name: string }[]
    for (const row of rows) {
      checked++
      after = row.r
      const attachment: VerifyPart = { reason: 'attachment_named', params: { name: row.original_name, id: row.id } }
      if (!/^[0-9a-f]{64}$/.test(row.sha256)) {
        findings.add('attachment', 'attachment_bad_hash', { attachment, sha256: row.sha256 })
        continue
      }
      const hashed = hashFile(join(f.dataDir, 'attachments', row.sha256.slice(0, 2), row.sha256.slice(2)))
      if (hashed === null) findings.add('attachment', 'attachment_missing', { attachment, path: `attachments/${row.sha256.slice(0, 2)}/${row.sha256.slice(2)}` })
      else if (hashed.sha256 !== row.sha256) findings.add('attachment', 'attachment_altered', { attachment, hashed: hashed.sha256, recorded: row.sha256 })
      else if (hashed.size !== row.size_bytes) findings.add('attachment', 'attachment_size', { attachment, size: hashed.size, recorded: row.size_bytes })
    }
    if (rows.length < page) return checked
  }
}

function hashFile(path: string): { sha256: string; size: number } | null {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    return null
  }
  try {
    const hash = createHash('sha256')
    let size = 0
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
      hash.update(chunk.subarray(0, n))
      size += n
    }
    return { sha256: hash.digest('hex'), size }
  } finally {
    closeSync(fd)
  }
}
