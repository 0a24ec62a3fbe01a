import type { Handlers } from '../handler-table'
import { globalSearch } from './global-search'

export const searchHandlers: Handlers<'search.global'> = {
  'search.global': { access: 'signedIn', writes: false, run: (call, { query }) => globalSearch(call, query) }
}
