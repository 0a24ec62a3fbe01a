import type { Call } from '../call'
import type { Handlers } from '../handler-table'
import { openCaseCounts } from '../assignments/pool'
import { noCase } from '../access/case-scope'

/** The expert list's load column: one grouped statement for the page's experts, the count a draw screens against. */
export const expertLoadHandlers: Handlers<'experts.load'> = {
  'experts.load': { scope: noCase,
    access: 'signedIn',
    writes: false,
    run: async (call: Call, { ids }) => {
      const counts = await openCaseCounts(call.db, ids)
      return ids.map((expertId) => ({ expertId, activeCases: counts.get(expertId) ?? 0 }))
    }
  }
}
