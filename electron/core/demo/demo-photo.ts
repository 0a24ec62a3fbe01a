import { deflateSync } from 'node:zlib'

/** What a demo photo's EXIF says: when (EXIF's `YYYY:MM:DD HH:MM:SS`, optionally with its zone) and where (WGS-84 degrees). */
export interface ExifFacts {
  dateTimeOriginal: string
  offsetTimeOriginal?: string
  latitude: number
  longitude: number
}

/**
 * A little-endian TIFF holding DateTimeOriginal (and OffsetTimeOriginal) in
 * the Exif IFD and latitude/longitude in the GPS IFD (EXIF 2.32 §4.6.4,
 * §4.6.6): the EXIF block as a JPEG's APP1 or a PNG's eXIf chunk carries it.
 * The demo's photos are made with it (the tests' JPEGs too), so no binary
 * file is kept in the source tree.
 */
export function exifTiff(exif: ExifFacts): Buffer {
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
  return tiff
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])))
  return Buffer.concat([head, data, crc])
}

/**
 * A demo site photo as a PNG (PNG 1.2 with the eXIf chunk of PNG 3rd ed.):
 * a drawn pond, sky over a green bank over water, `tint` shifting the water's
 * colour (photos of one scene differ), with the EXIF capture time and GPS position.
 * Deterministic: the same facts give the same bytes, hence the same hash.
 */
export function demoPhotoPng(exif: ExifFacts, tint = 0): Buffer {
  const width = 160
  const height = 120
  const raw = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1)
    raw[row] = 0
    for (let x = 0; x < width; x++) {
      const shore = 42 + Math.round(5 * Math.sin(x / 13))
      const [r, g, b] =
        y < 30 ? [170 + y, 200 + Math.round(y / 2), 230] : y < shore ? [92, 128 - (y - 30), 64] : [40 + tint, 96 + Math.round((y - shore) / 3) - tint, 104 + Math.round(8 * Math.sin((x + y) / 9))]
      raw.set([r, g, b], row + 1 + x * 3)
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    pngChunk('IHDR', ihdr),
    pngChunk('eXIf', exifTiff(exif)),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0))
  ])
}
