import type { ColumnType } from 'kysely'
import type { StampColumns } from '../db/record-stamp'

export interface AppUserTable extends StampColumns {
  id: string
  username: string
  displayName: string
  role: string
  active: number
  expertId: ColumnType<string | null, string | null | undefined, string | null>
}

export interface UserTables {
  appUser: AppUserTable
}
