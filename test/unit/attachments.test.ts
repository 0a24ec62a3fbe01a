import { mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { createHash } from 'node:crypto'
import { request } from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCore, type Core } from '../../electron/core/core'
import {
  attachmentPath,
  storeAttachment,
  verifyStoredFile
} from '../../electron/core/attachments/attachment-store'
import { startPreviewServer, type PreviewServer } from '../../electron/preview/preview-server'
import type { Role } from '../../electron/shared/roles'
import { fixedClock, sequentialIds, staff, type Actor, testPassword, testPasswordCost } from './support/test-core'

const sha = (data: Buffer | string) => createHash('sha256').update(data).digest('hex')

/** `size` bytes in 64 KiB chunks, never all in memory at once. */
function chunks(size: number, fill = 0x61): Readable {
  let left = size
  return new Readable({
    read() {
      if (left === 0) return this.push(null)
      const n = Math.min(left, 64 * 1024)
      left -= n
      this.push(Buffer.alloc(n, fill))
    }
  })
}

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ecocase-attachments-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('attachment store', () => {
  it('files content under its SHA-256 in two-digit folders', async () => {
    const stored = await storeAttachment(dir, Readable.from([Buffer.from('采样照片')]))
    expect(stored).toEqual({ sha256: sha('采样照片'), sizeBytes: Buffer.byteLength('采样照片'), added: true })
    const path = attachmentPath(dir, stored.sha256)
    expect(path).toBe(join(dir, 'attachments', stored.sha256.slice(0, 2), stored.sha256.slice(2)))
    expect(existsSync(path)).toBe(true)
    expect(readdirSync(join(dir, 'attachments', 'tmp'))).toEqual([])
  })

  it('stores the same content once', async () => {
    await storeAttachment(dir, Readable.from([Buffer.from('报告')]))
    const again = await storeAttachment(dir, Readable.from([Buffer.from('报'), Buffer.from('告')]))
    expect(again.added).toBe(false)
    expect(readdirSync(join(dir, 'attachments', again.sha256.slice(0, 2)))).toHaveLength(1)
  })

  it('refuses a file over the limit while streaming and leaves no temporary file', async () => {
    await expect(storeAttachment(dir, chunks(300 * 1024), 256 * 1024)).rejects.toThrow('附件超过')
    expect(readdirSync(join(dir, 'attachments', 'tmp'))).toEqual([])
    expect(readdirSync(join(dir, 'attachments')).filter((d) => d !== 'tmp')).toEqual([])
    await expect(storeAttachment(dir, chunks(256 * 1024), 256 * 1024)).resolves.toMatchObject({ sizeBytes: 256 * 1024 })
  })

  it('accepts a 50 MB file and refuses one byte more', async () => {
    const limit = 50 * 1024 * 1024
    await expect(storeAttachment(dir, chunks(limit))).resolves.toMatchObject({ sizeBytes: limit, added: true })
    await expect(storeAttachment(dir, chunks(limit + 1, 0x62))).rejects.toThrow('附件超过 50 MB 上限，未保存')
  }, 60_000)

  it('refuses an empty file', async () => {
    await expect(storeAttachment(dir, Readable.from([]))).rejects.toThrow('附件为空文件')
  })

  it('detects a stored file that was changed or removed, and a fresh upload repairs it', async () => {
    const { sha256 } = await storeAttachment(dir, Readable.from([Buffer.from('原始内容')]))
    expect(await verifyStoredFile(dir, sha256)).toMatchObject({ ok: true })
    writeFileSync(attachmentPath(dir, sha256), '篡改后的内容')
    expect(await verifyStoredFile(dir, sha256)).toMatchObject({ ok: false, problem: 'tampered', actualSha256: sha('篡改后的内容') })
    expect((await storeAttachment(dir, Readable.from([Buffer.from('原始内容')]))).added).toBe(true)
    expect(await verifyStoredFile(dir, sha256)).toMatchObject({ ok: true })
    rmSync(attachmentPath(dir, sha256))
    expect(await verifyStoredFile(dir, sha256)).toMatchObject({ ok: false, problem: 'missing' })
  })

  it('never builds a path from anything but a hash', () => {
    expect(() => attachmentPath(dir, '../../etc/passwd')).toThrow('附件哈希格式不正确')
  })
})

describe('migration 0004-sampling on a fresh database', () => {
  it('creates the attachment table: one row per hash, sizes above zero', async () => {
    const core = await openCore({ passwordCost: testPasswordCost, dataDir: ':memory:' })
    const admin = await core.db.selectFrom('appUser').select('id').executeTakeFirstOrThrow()
    const row = { id: 'a1', sha256: sha('x'), sizeBytes: 1, mediaType: 'image/png', originalName: 'x.png', createdAt: '2026-01-01T00:00:00.000Z', createdBy: admin.id }
    await core.db.insertInto('attachment').values(row).execute()
    await expect(core.db.insertInto('attachment').values({ ...row, id: 'a2' }).execute()).rejects.toThrow(/UNIQUE/)
    await expect(core.db.insertInto('attachment').values({ ...row, id: 'a3', sha256: sha('y'), sizeBytes: 0 }).execute()).rejects.toThrow(/CHECK/)
    const applied = await core.db.selectFrom('kysely_migration' as never).select('name' as never).execute()
    expect(applied.map((r) => (r as { name: string }).name)).toContain('0004-sampling')
    await core.close()
  })
})

describe('attachment channels and the preview upload', () => {
  let core: Core
  let people: Record<Role, Actor>
  let preview: PreviewServer
  let base: string

  beforeEach(async () => {
    cookie = ''
    core = await openCore({ passwordCost: testPasswordCost, dataDir: dir, now: fixedClock(), newId: sequentialIds() })
    people = await staff(core)
    preview = await startPreviewServer(core, join(dir, 'no-renderer'))
    base = new URL(preview.url).origin
  })
  afterEach(async () => {
    await preview.close()
    await core.close()
  })

  /** This browser's session cookie, set by signing in. */
  let cookie = ''
  async function signIn(role: Role) {
    const reply = await fetch(`${base}/api/session.signIn`, {
      method: 'POST',
      headers: { 'x-ecocase-token': preview.token, 'content-type': 'application/json' },
      body: JSON.stringify({ username: role, password: testPassword })
    })
    expect((await reply.json()).ok).toBe(true)
    cookie = reply.headers.get('set-cookie')!.split(';')[0]!
  }

  const upload = (body: Buffer, headers: Record<string, string> = {}) =>
    fetch(`${base}/api/attachments.upload`, {
      method: 'POST',
      headers: { 'x-ecocase-token': preview.token, cookie, 'content-type': 'image/png', 'x-file-name': encodeURIComponent('现场照片.png'), ...headers },
      body: new Uint8Array(body)
    })

  it('an investigator uploads a photo, which is recorded once, audited, and served after its hash is checked', async () => {
    await signIn('investigator')
    const photo = Buffer.from('\x89PNG fake photo bytes')
    const first = await (await upload(photo)).json()
    expect(first).toMatchObject({ ok: true, value: { sha256: sha(photo), sizeBytes: photo.length, mediaType: 'image/png', originalName: '现场照片.png' } })
    const second = await (await upload(photo)).json()
    expect(second.value.id).toBe(first.value.id)
    expect(await core.db.selectFrom('attachment').select('id').execute()).toHaveLength(1)
    const audit = await core.db.selectFrom('auditEvent').select('channel').where('entityId', '=', first.value.id).execute()
    expect(audit.map((a) => a.channel)).toEqual(['attachments.record'])

    const served = await fetch(`${base}/attachments/${sha(photo)}?token=${preview.token}`, { headers: { cookie } })
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await served.arrayBuffer())).toEqual(photo)

    writeFileSync(attachmentPath(dir, sha(photo)), 'altered')
    const tampered = await fetch(`${base}/attachments/${sha(photo)}?token=${preview.token}`, { headers: { cookie } })
    expect(tampered.status).toBe(409)
    expect((await tampered.json()).error.message).toBe('附件文件已被改动：内容与登记的 SHA-256 不符，不予显示')
    expect(await people.judge.must('attachments.verify', { sha256: sha(photo) })).toMatchObject({ ok: false, problem: 'tampered' })
  })

  it('serves HTML and other active content only as a download', async () => {
    await signIn('clerk')
    const page = Buffer.from('<script>alert(1)</script>')
    await upload(page, { 'content-type': 'text/html' })
    const served = await fetch(`${base}/attachments/${sha(page)}?token=${preview.token}`, { headers: { cookie } })
    expect(served.headers.get('content-type')).toBe('application/octet-stream')
    expect(served.headers.get('content-disposition')).toMatch(/^attachment;/)
  })

  it('refuses an upload without the token or without a user', async () => {
    const noToken = await fetch(`${base}/api/attachments.upload`, { method: 'POST', body: 'x' })
    expect(noToken.status).toBe(401)
    expect((await upload(Buffer.from('x'))).status).toBe(401)
    expect(existsSync(join(dir, 'attachments'))).toBe(false)
    const noTokenGet = await fetch(`${base}/attachments/${sha('x')}`)
    expect(noTokenGet.status).toBe(401)
  })

  it('refuses a declared size over 50 MB before reading the body', async () => {
    await signIn('investigator')
    const { port } = new URL(base)
    const response = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/attachments.upload',
          headers: { 'x-ecocase-token': preview.token, cookie, 'content-type': 'image/png', 'content-length': 50 * 1024 * 1024 + 1 }
        },
        (res) => {
          let body = ''
          res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
        }
      )
      req.on('error', reject)
      req.write('the first few bytes of a huge file')
    })
    expect(response.status).toBe(413)
    expect(JSON.parse(response.body).error.message).toBe('附件超过 50 MB 上限，未保存')
    expect(existsSync(join(dir, 'attachments'))).toBe(false)
  })

  it('will not record a hash the store does not hold', async () => {
    const reply = await people.investigator.call('attachments.record', { sha256: sha('never uploaded'), mediaType: 'image/png', originalName: 'a.png' })
    expect(reply.ok || reply.error).toEqual({ code: 'invalid_input', reason: 'attachment_file_missing', message: '附件文件不在数据文件夹中，请重新上传' })
    const missing = await people.investigator.call('attachments.get', { sha256: sha('never uploaded') })
    expect(missing.ok || missing.error.code).toBe('not_found')
  })
})
