import type { ColumnType } from 'kysely'

/** A file in the content-addressed store; the row is never changed, so it has no revision. */
export interface AttachmentTable {
  id: string
  sha256: string
  sizeBytes: number
  mediaType: string
  originalName: string
  createdAt: ColumnType<string, string, never>
  createdBy: string
}

export interface AttachmentTables {
  attachment: AttachmentTable
}
