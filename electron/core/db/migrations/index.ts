import type { Migration } from 'kysely/migration'
import * as m0001 from './0001-foundation'
import * as m0002 from './0002-cases'
import * as m0003 from './0003-assignments'
import * as m0004 from './0004-sampling'
import * as m0005 from './0005-field-notebook'
import * as m0006 from './0006-orders'
import * as m0007 from './0007-opinions'
import * as m0008 from './0008-installation-chain'
import * as m0009 from './0009-case-reopening'
import * as m0010 from './0010-recusal-grounds'
import * as m0011 from './0011-order-links'
import * as m0012 from './0012-court-settings'
import * as m0013 from './0013-accounts'
import * as m0014 from './0014-exchange'
import * as m0015 from './0015-backup-schedule'
import * as m0016 from './0016-order-rules'
import * as m0017 from './0017-sample-amendments'
import * as m0018 from './0018-search-and-keyset'
import * as m0019 from './0019-personal-signatures'
import * as m0020 from './0020-search-orders-opinions'
import * as m0021 from './0021-order-and-audit-keyset'
import * as m0026 from './0026-expert-pinyin-order'
import * as m0028 from './0028-dashboard-order-counts'
import * as m0030 from './0030-open-milestones-due'

/**
 * Every migration, imported statically because a bundled main process cannot
 * read a migrations folder. Forward-only: append, never edit or reorder.
 */
export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-cases': m0002,
  '0003-assignments': m0003,
  '0004-sampling': m0004,
  '0005-field-notebook': m0005,
  '0006-orders': m0006,
  '0007-opinions': m0007,
  '0008-installation-chain': m0008,
  '0009-case-reopening': m0009,
  '0010-recusal-grounds': m0010,
  '0011-order-links': m0011,
  '0012-court-settings': m0012,
  '0013-accounts': m0013,
  '0014-exchange': m0014,
  '0015-backup-schedule': m0015,
  '0016-order-rules': m0016,
  '0017-sample-amendments': m0017,
  '0018-search-and-keyset': m0018,
  '0019-personal-signatures': m0019,
  '0020-search-orders-opinions': m0020,
  '0021-order-and-audit-keyset': m0021,
  '0026-expert-pinyin-order': m0026,
  '0028-dashboard-order-counts': m0028,
  '0030-open-milestones-due': m0030
}
