import exifr from 'exifr'
import type { PhotoExif } from '../../shared/attachments'
import { parseShanghaiDateTime } from '../../shared/shanghai-time'

/** The media types whose files may carry EXIF (JPEG, TIFF, HEIC, and PNG's eXIf chunk). */
const exifTypes = new Set(['image/jpeg', 'image/tiff', 'image/heic', 'image/heif', 'image/png', 'image/webp'])

/** `2021:03:20 09:30:00` (EXIF's own form, §4.6.5) with an optional `+08:00`, as an ISO instant. */
function exifInstant(text: unknown, offset: unknown): { takenAt: string; takenAtZone: PhotoExif['takenAtZone'] } | null {
  if (typeof text !== 'string') return null
  const m = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?/.exec(text.trim())
  if (!m) return null
  const wall = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}`
  if (typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset.trim())) {
    const at = new Date(`${wall}${offset.trim()}`)
    return Number.isNaN(at.getTime()) ? null : { takenAt: at.toISOString(), takenAtZone: 'exif' }
  }
  const at = parseShanghaiDateTime(wall)
  return at ? { takenAt: at, takenAtZone: 'assumed_shanghai' } : null
}

/**
 * The capture time and GPS position a photo's EXIF holds, or null when the
 * file is no photo or holds neither. Read from the stored bytes each time:
 * the file is content-addressed, so what it says never changes and needs no
 * copy in the database. A damaged EXIF block reads as none.
 */
export async function readPhotoExif(bytes: Buffer, mediaType: string): Promise<PhotoExif | null> {
  if (!exifTypes.has(mediaType)) return null
  let tags: Record<string, unknown> | undefined
  try {
    tags = await exifr.parse(bytes, { gps: true, exif: true, tiff: true, reviveValues: false, pick: ['DateTimeOriginal', 'CreateDate', 'OffsetTimeOriginal', 'GPSLatitude', 'GPSLongitude', 'GPSLatitudeRef', 'GPSLongitudeRef'] })
  } catch {
    return null
  }
  if (!tags) return null
  const time = exifInstant(tags.DateTimeOriginal ?? tags.CreateDate, tags.OffsetTimeOriginal)
  const latitude = typeof tags.latitude === 'number' && Number.isFinite(tags.latitude) ? Math.round(tags.latitude * 1e6) / 1e6 : null
  const longitude = typeof tags.longitude === 'number' && Number.isFinite(tags.longitude) ? Math.round(tags.longitude * 1e6) / 1e6 : null
  if (!time && latitude === null) return null
  return { takenAt: time?.takenAt ?? null, takenAtZone: time?.takenAtZone ?? null, latitude, longitude }
}
