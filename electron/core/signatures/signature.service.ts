import type { Handlers } from '../handler-table'
import { listSignatures } from './signature.repository'

export const signatureHandlers: Handlers<'signatures.list'> = {
  /** Who signed these records, when, with which key: for the pages and prints that show the signatures. */
  'signatures.list': { access: 'signedIn', writes: false, run: (call, { subjectIds }) => listSignatures(call.db, subjectIds) }
}
