import type { Attachment, AttachmentCheck } from './sampling'

/**
 * What a photo's file says of itself (EXIF): when it was taken and where,
 * WGS-84 decimal degrees as GPS receivers record them (the EXIF GPS IFD;
 * GPSMapDatum is WGS-84 for a phone's fix). `takenAtZone` tells whether the
 * camera wrote its time zone (`exif`) or the time is read as Beijing time
 * (`assumed_shanghai`), since EXIF 2.2 cameras write a wall-clock time only.
 */
export interface PhotoExif {
  takenAt: string | null
  takenAtZone: 'exif' | 'assumed_shanghai' | null
  latitude: number | null
  longitude: number | null
}

/** An attachment as its viewer shows it: the record, the hash checked again now, and the EXIF of a photo. */
export interface AttachmentInfo {
  attachment: Attachment
  check: AttachmentCheck
  exif: PhotoExif | null
}

/**
 * Where the renderer fetches an attachment's bytes: relative to the page,
 * so it is `app://ecocase/attachments/<sha256>` in Electron (served by
 * electron/main/attachment-protocol.ts) and `/attachments/<sha256>` in the
 * preview; both serve a recorded hash only, after checking the bytes.
 */
export const attachmentPathPrefix = 'attachments/'
