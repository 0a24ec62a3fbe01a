import type { Handlers } from '../handler-table'
import { sealDocument } from './document-seal'
import { readsOpinion } from '../access/case-scope'
import { caseOfDocument, documentReader } from '../access/case-of'

export const documentHandlers: Handlers<'documents.seal'> = {
  /**
   * Seals a document as it is printed: signs the chain head and binds the
   * document's own data to it. Not a write of the call's transaction: the
   * seal runs its own, so every signed-in user who may print may seal.
   */
  'documents.seal': { scope: readsOpinion(caseOfDocument, documentReader),
    access: 'signedIn',
    writes: false,
    run: (call, { kind, id }) => sealDocument(call.core, call.user, kind, id)
  }
}
