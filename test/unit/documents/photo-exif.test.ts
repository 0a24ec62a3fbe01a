import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { openCore } from '../../../electron/core/core'
import { attachmentPath, storeAttachment } from '../../../electron/core/attachments/attachment-store'
import { readPhotoExif } from '../../../electron/core/attachments/photo-exif'
import { jpegWithExif } from '../../support/exif-jpeg'
import { fixedClock, sequentialIds, staff, testPasswordCost } from '../support/test-core'

describe('a photo’s EXIF capture time and GPS position', () => {
  it('reads the time with the camera’s zone, or as Beijing time without one, and the WGS-84 position', async () => {
    const zoned = jpegWithExif({ dateTimeOriginal: '2021:03:20 09:30:00', offsetTimeOriginal: '+08:00', latitude: 24.1234, longitude: 117.6123 })
    expect(await readPhotoExif(zoned, 'image/jpeg')).toEqual({ takenAt: '2021-03-20T01:30:00.000Z', takenAtZone: 'exif', latitude: 24.1234, longitude: 117.6123 })
    const plain = jpegWithExif({ dateTimeOriginal: '2021:03:20 09:30:15', latitude: -33.5, longitude: -70.25 })
    expect(await readPhotoExif(plain, 'image/jpeg')).toEqual({ takenAt: '2021-03-20T01:30:15.000Z', takenAtZone: 'assumed_shanghai', latitude: -33.5, longitude: -70.25 })
    expect(await readPhotoExif(Buffer.from([0xff, 0xd8, 0xff, 0xd9]), 'image/jpeg')).toBeNull()
    expect(await readPhotoExif(zoned, 'application/pdf')).toBeNull()
    expect(await readPhotoExif(Buffer.from('not a jpeg at all'), 'image/jpeg')).toBeNull()
  })

  it('attachments.info gives it with the check, and nothing of a file that fails its hash', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ecocase-photo-info-'))
    const core = await openCore({ dataDir, now: fixedClock(), newId: sequentialIds(), passwordCost: testPasswordCost })
    const people = await staff(core)
    const photo = jpegWithExif({ dateTimeOriginal: '2021:03:20 09:30:00', latitude: 24.1234, longitude: 117.6123 })
    const { sha256 } = await storeAttachment(dataDir, Readable.from([photo]))
    await people.investigator.must('attachments.record', { sha256, mediaType: 'image/jpeg', originalName: '池塘.jpg' })
    expect(await people.judge.must('attachments.info', { sha256 })).toMatchObject({
      attachment: { originalName: '池塘.jpg', mediaType: 'image/jpeg' },
      check: { ok: true },
      exif: { takenAt: '2021-03-20T01:30:00.000Z', latitude: 24.1234, longitude: 117.6123 }
    })
    writeFileSync(attachmentPath(dataDir, sha256), Buffer.concat([photo, Buffer.from([0])]))
    expect(await people.judge.must('attachments.info', { sha256 })).toMatchObject({ check: { ok: false, problem: 'tampered' }, exif: null })
    await core.close()
  })
})
