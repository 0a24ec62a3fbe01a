import type { Core } from '../../../electron/core/core'
import { searchKinds } from '../../../electron/core/search/search-index'
import * as personalSignatures from '../../../electron/core/db/migrations/0019-personal-signatures'

/**
 * A folder opened with an older schema than today's code: today's records
 * module keeps the search index current and today's accounts get signing
 * keys, whose tables that schema lacks. They are lent for the setup and taken
 * back before the upgrade, so the migrations that make them (0018, 0019,
 * 0020) make them on the upgrade. The keys made meanwhile go with them: the
 * tests that lend them check only the tables their migration rewrites.
 */
export async function lendTodaysTables(core: Core): Promise<void> {
  for (const kind of searchKinds) {
    core.sqlite.exec(`create table ${kind}_search_key (doc_id integer primary key, entity_id text not null unique) strict`)
    core.sqlite.exec(`create virtual table ${kind}_search_fts using fts5(unigrams, bigrams, content = '', contentless_delete = 1, tokenize = 'ascii')`)
  }
  await personalSignatures.up(core.db.withoutPlugins() as never)
}

export function returnTodaysTables(core: Core): void {
  for (const kind of searchKinds) core.sqlite.exec(`drop table ${kind}_search_key; drop table ${kind}_search_fts`)
  core.sqlite.exec('drop table signature; drop table user_key')
  for (const column of ['signing_key_id', 'key_iv', 'key_tag', 'key_ciphertext']) core.sqlite.exec(`alter table user_credential drop column ${column}`)
  core.sqlite.exec('alter table app_user drop column expert_link_confirmed_at')
}
