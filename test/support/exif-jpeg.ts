import { exifTiff, type ExifFacts } from '../../electron/core/demo/demo-photo'

/**
 * JPEG bytes with an EXIF block, built here rather than kept as a binary
 * fixture: an APP1 segment (`Exif\0\0` + the TIFF the demo's photos carry
 * too) inserted after the JPEG's SOI marker. `image` is a real JPEG (a
 * browser canvas makes one in the e2e test); without it the bytes are only
 * SOI, APP1 and EOI, enough for an EXIF reader.
 */
export function jpegWithExif(exif: ExifFacts, image?: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), exifTiff(exif)])
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff]), body])
  const jpeg = image ?? Buffer.from([0xff, 0xd8, 0xff, 0xd9])
  return Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)])
}
