import type { z } from 'zod'
import type { Channel } from './channels'
import type { Result } from './errors'
import type { KeysetPage } from './common'
import {
  caseExchangeQuery,
  conflictListQuery,
  exportPackageInput,
  importPackageInput,
  pairInput,
  resolveConflictInput,
  type CaseExchangeEntry,
  type ExchangeConflict,
  type ImportReport,
  type InstallationCard,
  type PackageSummary,
  type Partner
} from './exchange'
import {
  emptyInput,
  passwordChangeInput,
  passwordInput,
  passwordResetInput,
  roleInput,
  securitySettingsInput,
  setupInput,
  signInInput,
  userCreateInput,
  userExpertLinkInput,
  userStatusInput,
  userUpdateInput,
  type SecuritySettings,
  type SessionState,
  type User
} from './users'
import { fieldInput, fieldUpdateInput, type Field } from './fields'
import {
  expertImportInput,
  expertInput,
  expertListQuery,
  expertStatusChangeInput,
  expertUpdateInput,
  idInput,
  type Expert,
  type ExpertImportReport
} from './experts'
import { caseInput, caseListQuery, caseReopenInput, caseStatusInput, caseUpdateInput, type CourtCase } from './cases'
import type { MyCase } from './my-cases'
import { siteCreateInput, siteListQuery, siteUpdateInput, type Site } from './sites'
import {
  assignmentEndInput,
  assignmentStepInput,
  caseIdInput,
  conflictInput,
  designateInput,
  drawIdInput,
  drawInput,
  recusalApplicationInput,
  recusalDecisionInput,
  screeningInput,
  type Assignment,
  type CaseConflict,
  type Draw,
  type DrawReplay,
  type Screening,
  type Workload
} from './assignments'
import {
  attachmentHashInput,
  attachmentRecordInput,
  caseIdQuery,
  caseShortCodeInput,
  custodyEventInput,
  holdingTimeUpdateInput,
  idQuery,
  labResultImportInput,
  labResultInput,
  resultSeriesQuery,
  sampleCodePatternInput,
  sampleInput,
  sampleListQuery,
  sampleUpdateInput,
  siteVisitInput,
  siteVisitUpdateInput,
  voidInput,
  type Attachment,
  type AttachmentCheck,
  type CaseSampleCode,
  type CustodyEventRecord,
  type HoldingTime,
  type LabResult,
  type LabResultImportReport,
  type ResultSeries,
  type Sample,
  type SampleDetail,
  type SampleSummary,
  type SiteVisit,
  type VisitDetail
} from './sampling'
import {
  dashboardQuery,
  overdueMilestonesQuery,
  deviationCloseInput,
  deviationInput,
  evidenceVoidInput,
  inspectionInput,
  milestoneCreateInput,
  milestoneProgressInput,
  milestoneRemoveInput,
  milestoneUpdateInput,
  orderDiscardInput,
  orderIdInput,
  orderInput,
  orderIssueInput,
  orderListQuery,
  orderStatusInput,
  orderUpdateInput,
  type Dashboard,
  type DashboardMilestone,
  type Deviation,
  type Inspection,
  type Milestone,
  type OrderListItem,
  type RestorationOrder
} from './orders'
import { acceptanceInput, handoverInput } from './acceptance'
import { orderTypeInput, orderTypeUpdateInput, type OrderType } from './order-types'
import type { OrderSummary } from './order-summary'
import {
  estimateCreateInput,
  estimateRequest,
  opinionCaseInput,
  opinionCreateInput,
  opinionDraftOrderInput,
  opinionIdInput,
  opinionStepInput,
  opinionUpdateInput,
  type DamageEstimate,
  type EstimateResult,
  type Opinion,
  type OpinionEvidence,
  type OpinionPrint,
  type OpinionVersion
} from './opinions'
import type { AttachmentInfo } from './attachments'
import { documentExportInput, documentSealInput, listExportInput, type DocumentSeal, type ExportedDocument, type ExportedFile } from './documents'
import { expertLinkConfirmInput, signatureListInput, signedInput, type SignatureView } from './signatures'
import { courtSettingsInput, type CourtSettings } from './court'
import { backupScheduleInput, type BackupSchedule, type BackupStatus } from './backups'
import { auditLogQuery, recordHistoryInput, type HistoryEvent } from './history'
import { globalSearchInput, type SearchResults } from './search'
import { expertLoadInput, type ExpertLoad } from './expert-load'
import { awaitingAssignmentQuery, chartsQuery, type AwaitingAssignment, type DashboardCharts } from './home'

/** Carries a reply type alongside a schema without any runtime value. */
const reply = <T>() => undefined as unknown as T

/**
 * The whole contract: for every channel, the zod schema of its input and the
 * type of its reply. The core validates with these schemas whatever the
 * transport; the renderer's forms use the same schemas.
 */
export const contract = {
  'session.current': { input: emptyInput, reply: reply<SessionState>() },
  'session.setup': { input: setupInput, reply: reply<SessionState>() },
  'session.signIn': { input: signInInput, reply: reply<SessionState>() },
  'session.signOut': { input: emptyInput, reply: reply<SessionState>() },
  'session.lock': { input: emptyInput, reply: reply<SessionState>() },
  'session.unlock': { input: passwordInput, reply: reply<SessionState>() },
  'session.changePassword': { input: passwordChangeInput, reply: reply<SessionState>() },
  'session.switchRole': { input: roleInput, reply: reply<SessionState>() },
  'users.list': { input: emptyInput, reply: reply<User[]>() },
  'users.all': { input: emptyInput, reply: reply<User[]>() },
  'users.create': { input: userCreateInput, reply: reply<User>() },
  'users.update': { input: userUpdateInput, reply: reply<User>() },
  'users.deactivate': { input: userStatusInput, reply: reply<User>() },
  'users.reactivate': { input: userStatusInput, reply: reply<User>() },
  'users.resetPassword': { input: passwordResetInput, reply: reply<User>() },
  'security.get': { input: emptyInput, reply: reply<SecuritySettings>() },
  'security.update': { input: securitySettingsInput, reply: reply<SecuritySettings>() },
  'fields.list': { input: emptyInput, reply: reply<Field[]>() },
  'fields.create': { input: fieldInput, reply: reply<Field>() },
  'fields.update': { input: fieldUpdateInput, reply: reply<Field>() },
  'experts.list': { input: expertListQuery, reply: reply<KeysetPage<Expert>>() },
  'experts.get': { input: idInput, reply: reply<Expert>() },
  'experts.create': { input: expertInput, reply: reply<Expert>() },
  'experts.update': { input: expertUpdateInput, reply: reply<Expert>() },
  'experts.suspend': { input: expertStatusChangeInput, reply: reply<Expert>() },
  'experts.reinstate': { input: expertStatusChangeInput, reply: reply<Expert>() },
  'experts.import': { input: expertImportInput, reply: reply<ExpertImportReport>() },
  'cases.list': { input: caseListQuery, reply: reply<KeysetPage<CourtCase>>() },
  'cases.mine': { input: emptyInput, reply: reply<MyCase[]>() },
  'cases.get': { input: idInput, reply: reply<CourtCase>() },
  'cases.create': { input: caseInput, reply: reply<CourtCase>() },
  'cases.update': { input: caseUpdateInput, reply: reply<CourtCase>() },
  'cases.setStatus': { input: caseStatusInput, reply: reply<CourtCase>() },
  'cases.reopen': { input: caseReopenInput, reply: reply<CourtCase>() },
  'sites.list': { input: siteListQuery, reply: reply<Site[]>() },
  'sites.create': { input: siteCreateInput, reply: reply<Site>() },
  'sites.update': { input: siteUpdateInput, reply: reply<Site>() },
  'assignments.list': { input: caseIdInput, reply: reply<Assignment[]>() },
  'assignments.screen': { input: screeningInput, reply: reply<Screening>() },
  'assignments.designate': { input: designateInput, reply: reply<Assignment>() },
  'assignments.notify': { input: assignmentStepInput, reply: reply<Assignment>() },
  'assignments.activate': { input: assignmentStepInput, reply: reply<Assignment>() },
  'assignments.complete': { input: assignmentStepInput, reply: reply<Assignment>() },
  'assignments.decline': { input: assignmentEndInput, reply: reply<Assignment>() },
  'assignments.recuse': { input: assignmentEndInput, reply: reply<Assignment>() },
  'assignments.markConflict': { input: conflictInput, reply: reply<CaseConflict>() },
  'assignments.conflicts': { input: caseIdInput, reply: reply<CaseConflict[]>() },
  'assignments.applyRecusal': { input: recusalApplicationInput, reply: reply<Assignment>() },
  'assignments.decideRecusal': { input: recusalDecisionInput, reply: reply<Assignment>() },
  'assignments.workload': { input: emptyInput, reply: reply<Workload>() },
  'draws.create': { input: signedInput(drawInput), reply: reply<{ draw: Draw; assignments: Assignment[] }>() },
  'draws.get': { input: drawIdInput, reply: reply<Draw>() },
  'draws.replay': { input: drawIdInput, reply: reply<DrawReplay>() },
  'attachments.record': { input: attachmentRecordInput, reply: reply<Attachment>() },
  'attachments.get': { input: attachmentHashInput, reply: reply<Attachment>() },
  'attachments.verify': { input: attachmentHashInput, reply: reply<AttachmentCheck>() },
  'attachments.info': { input: attachmentHashInput, reply: reply<AttachmentInfo>() },
  'holdingTimes.list': { input: emptyInput, reply: reply<HoldingTime[]>() },
  'holdingTimes.update': { input: holdingTimeUpdateInput, reply: reply<HoldingTime>() },
  'orderTypes.list': { input: emptyInput, reply: reply<OrderType[]>() },
  'orderTypes.create': { input: orderTypeInput, reply: reply<OrderType>() },
  'orderTypes.update': { input: orderTypeUpdateInput, reply: reply<OrderType>() },
  'orders.list': { input: orderListQuery, reply: reply<KeysetPage<OrderListItem>>() },
  'orders.get': { input: orderIdInput, reply: reply<RestorationOrder>() },
  'orders.create': { input: orderInput, reply: reply<RestorationOrder>() },
  'orders.update': { input: orderUpdateInput, reply: reply<RestorationOrder>() },
  'orders.issue': { input: signedInput(orderIssueInput), reply: reply<RestorationOrder>() },
  'orders.setStatus': { input: orderStatusInput, reply: reply<RestorationOrder>() },
  'orders.accept': { input: signedInput(acceptanceInput), reply: reply<RestorationOrder>() },
  'orders.discard': { input: orderDiscardInput, reply: reply<RestorationOrder>() },
  'orders.handover': { input: handoverInput, reply: reply<RestorationOrder>() },
  'orders.dashboard': { input: dashboardQuery, reply: reply<Dashboard>() },
  'orders.summary': { input: orderIdInput, reply: reply<OrderSummary>() },
  'milestones.overdue': { input: overdueMilestonesQuery, reply: reply<KeysetPage<DashboardMilestone>>() },
  'milestones.create': { input: milestoneCreateInput, reply: reply<Milestone>() },
  'milestones.update': { input: milestoneUpdateInput, reply: reply<Milestone>() },
  'milestones.remove': { input: milestoneRemoveInput, reply: reply<RestorationOrder>() },
  'milestones.setProgress': { input: milestoneProgressInput, reply: reply<Milestone>() },
  'inspections.create': { input: inspectionInput, reply: reply<Inspection>() },
  'inspections.void': { input: evidenceVoidInput, reply: reply<Inspection>() },
  'deviations.create': { input: deviationInput, reply: reply<Deviation>() },
  'deviations.close': { input: deviationCloseInput, reply: reply<Deviation>() },
  'deviations.void': { input: evidenceVoidInput, reply: reply<Deviation>() },
  'users.linkExpert': { input: userExpertLinkInput, reply: reply<User>() },
  'users.confirmExpertLink': { input: expertLinkConfirmInput, reply: reply<User>() },
  'signatures.list': { input: signatureListInput, reply: reply<SignatureView[]>() },
  'estimates.calculate': { input: estimateRequest, reply: reply<EstimateResult>() },
  'estimates.create': { input: estimateCreateInput, reply: reply<DamageEstimate>() },
  'estimates.list': { input: opinionCaseInput, reply: reply<DamageEstimate[]>() },
  'opinions.forCase': { input: opinionCaseInput, reply: reply<OpinionVersion[]>() },
  'opinions.evidence': { input: opinionCaseInput, reply: reply<OpinionEvidence>() },
  'opinions.get': { input: opinionIdInput, reply: reply<Opinion>() },
  'opinions.print': { input: opinionIdInput, reply: reply<OpinionPrint>() },
  'court.get': { input: emptyInput, reply: reply<CourtSettings>() },
  'court.update': { input: courtSettingsInput, reply: reply<CourtSettings>() },
  'backups.schedule': { input: emptyInput, reply: reply<BackupSchedule>() },
  'backups.setSchedule': { input: backupScheduleInput, reply: reply<BackupSchedule>() },
  'backups.status': { input: emptyInput, reply: reply<BackupStatus>() },
  'history.forRecord': { input: recordHistoryInput, reply: reply<HistoryEvent[]>() },
  'history.log': { input: auditLogQuery, reply: reply<KeysetPage<HistoryEvent>>() },
  'search.global': { input: globalSearchInput, reply: reply<SearchResults>() },
  'experts.load': { input: expertLoadInput, reply: reply<ExpertLoad[]>() },
  'orders.charts': { input: chartsQuery, reply: reply<DashboardCharts>() },
  'cases.awaitingAssignment': { input: awaitingAssignmentQuery, reply: reply<AwaitingAssignment>() },
  'documents.seal': { input: documentSealInput, reply: reply<DocumentSeal>() },
  'documents.exportDocx': { input: documentExportInput, reply: reply<ExportedDocument>() },
  'lists.exportXlsx': { input: listExportInput, reply: reply<ExportedFile>() },
  'opinions.create': { input: opinionCreateInput, reply: reply<Opinion>() },
  'opinions.update': { input: opinionUpdateInput, reply: reply<Opinion>() },
  'opinions.sign': { input: signedInput(opinionStepInput), reply: reply<Opinion>() },
  'opinions.submit': { input: opinionStepInput, reply: reply<Opinion>() },
  'opinions.draftOrder': { input: opinionDraftOrderInput, reply: reply<RestorationOrder>() },
  'visits.list': { input: caseIdQuery, reply: reply<SiteVisit[]>() },
  'visits.get': { input: idQuery, reply: reply<VisitDetail>() },
  'visits.create': { input: siteVisitInput, reply: reply<SiteVisit>() },
  'visits.update': { input: siteVisitUpdateInput, reply: reply<SiteVisit>() },
  'samples.list': { input: sampleListQuery, reply: reply<KeysetPage<SampleSummary>>() },
  'samples.get': { input: idQuery, reply: reply<SampleDetail>() },
  'samples.create': { input: sampleInput, reply: reply<Sample>() },
  'samples.update': { input: sampleUpdateInput, reply: reply<Sample>() },
  'samples.void': { input: voidInput, reply: reply<Sample>() },
  'samples.caseCode': { input: caseIdQuery, reply: reply<CaseSampleCode>() },
  'samples.setCaseCode': { input: caseShortCodeInput, reply: reply<CaseSampleCode>() },
  'samples.codePattern': { input: emptyInput, reply: reply<{ pattern: string; revision: number }>() },
  'samples.setCodePattern': { input: sampleCodePatternInput, reply: reply<{ pattern: string; revision: number }>() },
  'custody.record': { input: signedInput(custodyEventInput), reply: reply<CustodyEventRecord>() },
  'custody.void': { input: voidInput, reply: reply<CustodyEventRecord>() },
  'labResults.create': { input: labResultInput, reply: reply<LabResult>() },
  'labResults.void': { input: voidInput, reply: reply<LabResult>() },
  'labResults.import': { input: labResultImportInput, reply: reply<LabResultImportReport>() },
  'labResults.series': { input: resultSeriesQuery, reply: reply<ResultSeries>() },
  'exchange.card': { input: emptyInput, reply: reply<InstallationCard>() },
  'exchange.partners': { input: emptyInput, reply: reply<Partner[]>() },
  'exchange.pair': { input: pairInput, reply: reply<Partner>() },
  'exchange.export': { input: exportPackageInput, reply: reply<PackageSummary>() },
  'exchange.import': { input: importPackageInput, reply: reply<ImportReport>() },
  'exchange.conflicts': { input: conflictListQuery, reply: reply<ExchangeConflict[]>() },
  'exchange.resolve': { input: resolveConflictInput, reply: reply<ExchangeConflict>() },
  'exchange.forCase': { input: caseExchangeQuery, reply: reply<CaseExchangeEntry[]>() }
} satisfies Record<Channel, { input: z.ZodType; reply: unknown }>

export type Contract = typeof contract
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>
export type ReplyOf<C extends Channel> = Contract[C]['reply']

type DomainOf<C extends string> = C extends `${infer D}.${string}` ? D : never

/** `window.ecocase`: one object per domain, one function per channel. */
export type EcoCaseApi = {
  [D in DomainOf<Channel>]: {
    [C in Channel as C extends `${D}.${infer V}` ? V : never]: (
      input: InputOf<C>
    ) => Promise<Result<ReplyOf<C>>>
  }
}
