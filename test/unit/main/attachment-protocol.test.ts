import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ protocol: {} }))

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { openCore } from '../../../electron/core/core'
import { newSession } from '../../../electron/core/call'
import { attachmentPath, storeAttachment } from '../../../electron/core/attachments/attachment-store'
import { attachmentProtocol, isAttachmentRequest } from '../../../electron/main/attachment-protocol'
import { jpegWithExif } from '../../support/exif-jpeg'
import { fixedClock, sequentialIds, staff, testPasswordCost } from '../support/test-core'

describe('the attachment protocol handler (app://ecocase/attachments/<sha256>)', () => {
  it('serves a recorded photo to a signed-in window, and refuses a tampered file, an unrecorded hash, a stranger and other paths', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ecocase-attachment-protocol-'))
    const core = await openCore({ dataDir, now: fixedClock(), newId: sequentialIds(), passwordCost: testPasswordCost })
    const people = await staff(core)
    const photo = jpegWithExif({ dateTimeOriginal: '2021:03:20 09:30:00', latitude: 24.1234, longitude: 117.6123 })
    const stored = await storeAttachment(dataDir, Readable.from([photo]))
    await people.investigator.must('attachments.record', { sha256: stored.sha256, mediaType: 'image/jpeg', originalName: '池塘东岸.jpg' })
    const stray = await storeAttachment(dataDir, Readable.from([Buffer.from('never recorded')]))

    let windows = [newSession('window'), people.investigator.session]
    const handle = attachmentProtocol(core, () => windows)
    const get = (path: string, method = 'GET') => handle(new Request(`app://ecocase${path}`, { method }))

    expect(isAttachmentRequest(new Request(`app://ecocase/attachments/${stored.sha256}`))).toBe(true)
    expect(isAttachmentRequest(new Request('app://ecocase/index.html'))).toBe(false)

    const served = await get(`/attachments/${stored.sha256}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/jpeg')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect(Buffer.from(await served.arrayBuffer())).toEqual(photo)

    expect((await get(`/attachments/${stray.sha256}`)).status).toBe(404)
    expect((await get(`/attachments/${stored.sha256}`, 'POST')).status).toBe(405)
    expect((await get(`/attachments/${stored.sha256.toUpperCase()}`)).status).toBe(404)
    expect((await get(`/attachments/../ecocase.sqlite`)).status).toBe(404)

    windows = [newSession('window')]
    expect((await get(`/attachments/${stored.sha256}`)).status).toBe(401)
    windows = [people.investigator.session]

    // One byte changed on disk: the file is refused, its bytes never served.
    const tampered = Buffer.from(photo)
    tampered[tampered.length - 3] ^= 0xff
    writeFileSync(attachmentPath(dataDir, stored.sha256), tampered)
    const refused = await get(`/attachments/${stored.sha256}`)
    expect(refused.status).toBe(409)
    expect(refused.headers.get('content-type')).toContain('application/json')
    const body = await refused.json()
    expect(body).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('SHA-256 不符') } })
    await core.close()
  })
})
