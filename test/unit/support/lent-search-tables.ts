import type { Core } from '../../../electron/core/core'
import { searchKinds } from '../../../electron/core/search/search-index'

/**
 * A folder opened with an older schema than today's code: today's records
 * module keeps the search index current, whose tables that schema lacks. They
 * are lent for the setup and taken back before the upgrade, so the migrations
 * that make them (0018, 0020) make them and index what the folder holds.
 */
export function lendSearchTables(core: Core): void {
  for (const kind of searchKinds) {
    core.sqlite.exec(`create table ${kind}_search_key (doc_id integer primary key, entity_id text not null unique) strict`)
    core.sqlite.exec(`create virtual table ${kind}_search_fts using fts5(unigrams, bigrams, content = '', contentless_delete = 1, tokenize = 'ascii')`)
  }
}

export function returnSearchTables(core: Core): void {
  for (const kind of searchKinds) core.sqlite.exec(`drop table ${kind}_search_key; drop table ${kind}_search_fts`)
}
