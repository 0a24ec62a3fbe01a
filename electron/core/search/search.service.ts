import type { Handlers } from '../handler-table'
import { globalSearch } from './global-search'
import { acrossCases } from '../access/case-scope'

export const searchHandlers: Handlers<'search.global'> = {
  'search.global': { scope: acrossCases(), access: 'signedIn', writes: false, run: (call, { query }) => globalSearch(call, query) }
}
