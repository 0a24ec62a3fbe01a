import type { StampColumns } from '../db/record-stamp'

export interface AppUserTable extends StampColumns {
  id: string
  username: string
  displayName: string
  role: string
  active: number
}

export interface UserTables {
  appUser: AppUserTable
}
