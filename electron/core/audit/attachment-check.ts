import { createHash } from 'node:crypto'
import { closeSync, openSync, readSync } from 'node:fs'
import { join } from 'node:path'
import type { ForensicDb } from './forensic-db'
import type { Findings } from './forensic-report'

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
      const what = `附件 ${row.original_name}（${row.id}）`
      if (!/^[0-9a-f]{64}$/.test(row.sha256)) {
        findings.add('attachment', `${what}的哈希记录格式不正确：${row.sha256}`)
        continue
      }
      const hashed = hashFile(join(f.dataDir, 'attachments', row.sha256.slice(0, 2), row.sha256.slice(2)))
      if (hashed === null) findings.add('attachment', `${what}的文件缺失（attachments/${row.sha256.slice(0, 2)}/${row.sha256.slice(2)}）`)
      else if (hashed.sha256 !== row.sha256) findings.add('attachment', `${what}的文件内容已改变：哈希为 ${hashed.sha256}，记录为 ${row.sha256}（文件被改动或被同名文件替换）`)
      else if (hashed.size !== row.size_bytes) findings.add('attachment', `${what}的大小为 ${hashed.size} 字节，记录为 ${row.size_bytes} 字节`)
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
