import type { AuditTables } from '../audit/audit.table'
import type { UserTables } from '../users/user.table'
import type { FieldTables } from '../fields/field.table'
import type { ExpertTables } from '../experts/expert.table'
import type { CaseTables } from '../cases/case.table'
import type { SiteTables } from '../sites/site.table'
import type { AssignmentTables } from '../assignments/assignment.table'
import type { AttachmentTables } from '../attachments/attachment.table'
import type { HoldingTimeTables } from '../sampling/holding-time.table'
import type { SamplingTables } from '../sampling/sampling.table'
import type { OrderTables } from '../orders/order.table'
import type { OpinionTables } from '../opinions/opinion.table'
import type { CourtTables } from '../court/court.table'
import type { BackupTables } from '../backups/backup.table'
import type { ExchangeTables } from '../exchange/exchange.table'
import type { SignatureTables } from '../signatures/signature.table'

/** The kysely schema: one interface per table, gathered from each domain. */
export interface Database
  extends AuditTables,
    UserTables,
    FieldTables,
    ExpertTables,
    CaseTables,
    SiteTables,
    AssignmentTables,
    AttachmentTables,
    HoldingTimeTables,
    SamplingTables,
    OrderTables,
    OpinionTables,
    CourtTables,
    BackupTables,
    ExchangeTables,
    SignatureTables {}
