import { z } from 'zod'
import { id } from './common'

/** The printed documents whose content is bound to the audit trail. */
export const documentKinds = ['opinion', 'assignment_notice', 'order_summary', 'collection_record', 'custody_form'] as const
export type DocumentKind = (typeof documentKinds)[number]

/**
 * Which document to seal: an opinion or an order summary by its id, an
 * assignment notice by its case id, a collection record (采样记录表) by its
 * site visit's id, a custody form (样品流转记录单) by its sample's id.
 */
export const documentSealInput = z.object({ kind: z.enum(documentKinds), id })

/**
 * What a printed document carries to prove its content: the verification
 * code (printed as text and as a QR code), the fingerprint it abbreviates
 * (SHA-256 over the document's own data and the chain head signed at
 * printing) and that signed head.
 */
export interface DocumentSeal {
  kind: DocumentKind
  subjectId: string
  /** The verification code as printed: the fingerprint's first 128 bits, in groups of four. */
  code: string
  fingerprint: string
  printedAt: string
  head: { installationId: string; seq: number; hash: string; signature: string }
}

/** The code printed for a fingerprint: 32 hex digits, upper case, in groups of four (`3F2A-91BC-…`). */
export function documentCode(fingerprint: string): string {
  return fingerprint.slice(0, 32).toUpperCase().match(/.{4}/g)!.join('-')
}

/** The code as typed or scanned, reduced to its 32 hex digits, or null when it is not a code. */
export function parseDocumentCode(text: string): string | null {
  const hex = text.replace(/[\s-]/g, '').toLowerCase()
  return /^[0-9a-f]{32}$/.test(hex) ? hex : null
}

/** The court documents that also export as Word files, filed with the court's papers; the field forms are printed and signed by hand. */
export const wordDocumentKinds = ['opinion', 'assignment_notice', 'order_summary'] as const satisfies readonly DocumentKind[]
export type WordDocumentKind = (typeof wordDocumentKinds)[number]

/** Which court document to export as a Word file, by the same ids as {@link documentSealInput}. */
export const documentExportInput = z.object({ kind: z.enum(wordDocumentKinds), id })

/** The lists that export as Excel workbooks; `lab-results` is one case's; the two import templates are workbooks too. */
export const exportLists = ['experts', 'lab-results', 'orders', 'overdue', 'lab-results-template', 'experts-template'] as const
export type ExportList = (typeof exportLists)[number]

export const listExportInput = z
  .object({ list: z.enum(exportLists), caseId: id.nullable().default(null) })
  .refine((x) => x.list !== 'lab-results' || x.caseId !== null, { path: ['caseId'], message: 'export_results_need_case' })

/** A file the core made for the user to save: its suggested name, its media type and its bytes. */
export interface ExportedFile {
  fileName: string
  mediaType: string
  contentBase64: string
}

/** A Word export also names the verification code it carries, the same code as the print's. */
export interface ExportedDocument extends ExportedFile {
  code: string
}

export const docxMediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
export const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** A file name safe on every desktop: no folders, no reserved characters, ending in `.ext`. */
export function safeFileName(name: string, ext: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what a file name must not hold
  const base = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim().slice(0, 120)
  return `${base || 'EcoCase'}.${ext}`
}
