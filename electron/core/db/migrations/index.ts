import type { Migration } from 'kysely/migration'
import * as m0001 from './0001-foundation'
import * as m0004 from './0004-sampling'

/**
 * Every migration, imported statically because a bundled main process cannot
 * read a migrations folder. Forward-only: append, never edit or reorder.
 */
export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0004-sampling': m0004
}
