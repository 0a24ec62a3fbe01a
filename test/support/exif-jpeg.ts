/**
 * JPEG bytes with an EXIF block, built here rather than kept as a binary
 * fixture: an APP1 segment (`Exif\0\0` + a little-endian TIFF) holding
 * DateTimeOriginal (and optionally OffsetTimeOriginal) in the Exif IFD and
 * latitude/longitude in the GPS IFD (EXIF 2.32 §4.6.4, §4.6.6), inserted
 * after the JPEG's SOI marker. `image` is a real JPEG (a browser canvas makes
 * one in the e2e test); without it the bytes are only SOI, APP1 and EOI,
 * enough for an EXIF reader.
 */
export function jpegWithExif(exif: { dateTimeOriginal: string; offsetTimeOriginal?: string; latitude: number; longitude: number }, image?: Buffer): Buffer {
  const entries = (count: number) => 2 + count * 12 + 4
  const ascii = (text: string) => Buffer.from(`${text}\0`, 'latin1')
  const date = ascii(exif.dateTimeOriginal)
  const offset = exif.offsetTimeOriginal ? ascii(exif.offsetTimeOriginal) : null
  const exifCount = offset ? 2 : 1
  const ifd0At = 8
  const exifAt = ifd0At + entries(2)
  const dateAt = exifAt + entries(exifCount)
  const offsetAt = dateAt + date.length
  const gpsAt = offsetAt + (offset?.length ?? 0)
  const latAt = gpsAt + entries(5)
  const lonAt = latAt + 24
  const tiff = Buffer.alloc(lonAt + 24)
  tiff.write('II', 0, 'latin1')
  tiff.writeUInt16LE(42, 2)
  tiff.writeUInt32LE(ifd0At, 4)
  let at = 0
  const ifd = (start: number, count: number) => {
    tiff.writeUInt16LE(count, start)
    at = start + 2
    tiff.writeUInt32LE(0, start + 2 + count * 12)
  }
  const entry = (tag: number, type: number, count: number, value: (field: number) => void) => {
    tiff.writeUInt16LE(tag, at)
    tiff.writeUInt16LE(type, at + 2)
    tiff.writeUInt32LE(count, at + 4)
    value(at + 8)
    at += 12
  }
  const BYTE = 1
  const ASCII = 2
  const LONG = 4
  const RATIONAL = 5
  ifd(ifd0At, 2)
  entry(0x8769, LONG, 1, (f) => tiff.writeUInt32LE(exifAt, f))
  entry(0x8825, LONG, 1, (f) => tiff.writeUInt32LE(gpsAt, f))
  ifd(exifAt, exifCount)
  entry(0x9003, ASCII, date.length, (f) => tiff.writeUInt32LE(dateAt, f))
  if (offset) entry(0x9011, ASCII, offset.length, (f) => tiff.writeUInt32LE(offsetAt, f))
  date.copy(tiff, dateAt)
  offset?.copy(tiff, offsetAt)
  ifd(gpsAt, 5)
  entry(0x0000, BYTE, 4, (f) => tiff.set([2, 3, 0, 0], f))
  entry(0x0001, ASCII, 2, (f) => tiff.write(exif.latitude < 0 ? 'S' : 'N', f, 'latin1'))
  entry(0x0002, RATIONAL, 3, (f) => tiff.writeUInt32LE(latAt, f))
  entry(0x0003, ASCII, 2, (f) => tiff.write(exif.longitude < 0 ? 'W' : 'E', f, 'latin1'))
  entry(0x0004, RATIONAL, 3, (f) => tiff.writeUInt32LE(lonAt, f))
  const dms = (value: number, start: number) => {
    const abs = Math.abs(value)
    const degrees = Math.floor(abs)
    const minutes = Math.floor((abs - degrees) * 60)
    const centiSeconds = Math.round(((abs - degrees) * 60 - minutes) * 60 * 100)
    ;[
      [degrees, 1],
      [minutes, 1],
      [centiSeconds, 100]
    ].forEach(([n, d], i) => {
      tiff.writeUInt32LE(n!, start + i * 8)
      tiff.writeUInt32LE(d!, start + i * 8 + 4)
    })
  }
  dms(exif.latitude, latAt)
  dms(exif.longitude, lonAt)
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff])
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff]), body])
  const jpeg = image ?? Buffer.from([0xff, 0xd8, 0xff, 0xd9])
  return Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)])
}
