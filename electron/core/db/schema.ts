/**
 * The kysely table types, generated from the migrated schema by kysely-codegen.
 * Do not edit: after a migration, run `npm run db:types` and commit the result
 * (test/unit/db/schema-types.test.ts fails while this file is stale).
 */

import type { ColumnType } from "kysely";

export type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

export interface Acceptance {
  acceptedOn: string;
  acceptingBody: string;
  createdAt: string;
  id: string;
  notes: string;
  orderId: string;
  reportSha256: string;
  result: "passed" | "failed";
  revision: Generated<number>;
  survivalRatePct: number | null;
  updatedAt: string;
  updatedBy: string;
}

export interface AcceptanceMember {
  acceptanceId: string;
  name: string;
  organisation: string;
  position: number;
  role: "court" | "procuratorate" | "authority" | "investigator";
}

export interface AppUser {
  active: Generated<number>;
  createdAt: string;
  displayName: string;
  expertId: string | null;
  expertLinkConfirmedAt: string | null;
  id: string;
  revision: Generated<number>;
  role: "clerk" | "investigator" | "judge" | "admin";
  updatedAt: string;
  updatedBy: string;
  username: string;
}

export interface AppUserRole {
  role: "clerk" | "investigator" | "judge" | "admin";
  userId: string;
}

export interface Assignment {
  activatedOn: string;
  caseId: string;
  completedOn: string;
  createdAt: string;
  drawId: string | null;
  expertId: string;
  fieldId: string;
  id: string;
  method: "designated" | "draw";
  noticeDueOn: string;
  notifiedOn: string;
  overriddenFindingsJson: string;
  overrideReason: string;
  replacesAssignmentId: string | null;
  revision: Generated<number>;
  status: "proposed" | "notified" | "active" | "completed" | "declined" | "recused";
  statusReason: string;
  updatedAt: string;
  updatedBy: string;
}

export interface Attachment {
  createdAt: string;
  createdBy: string;
  id: string;
  mediaType: string;
  originalName: string;
  sha256: string;
  sizeBytes: number;
}

export interface AuditEvent {
  actorId: string;
  actorName: string;
  afterJson: string | null;
  at: string;
  beforeJson: string | null;
  chainSeq: number | null;
  channel: string;
  entityId: string;
  entityType: string;
  hash: string;
  hashVersion: Generated<number>;
  id: string;
  installationId: string | null;
  prevHash: string;
  seq: Generated<number>;
  signature: string | null;
}

export interface BackupRun {
  createdAt: string;
  finishedAt: string | null;
  folder: string | null;
  id: string;
  manifestSignature: string | null;
  message: string;
  outcome: "running" | "ok" | "failed";
  outRoot: string;
  pruned: "deleted" | "missing" | "kept" | null;
  prunedAt: string | null;
  revision: Generated<number>;
  startedAt: string;
  trigger: "schedule" | "manual";
  updatedAt: string;
  updatedBy: string;
}

export interface BackupSchedule {
  createdAt: string;
  enabled: number;
  folder: string;
  id: "schedule";
  intervalHours: number;
  keepCount: number;
  revision: Generated<number>;
  updatedAt: string;
  updatedBy: string;
}

export interface CaseConflict {
  caseId: string;
  createdAt: string;
  expertId: string;
  ground: Generated<"interest" | "other_relationship">;
  id: string;
  reason: string;
  revision: Generated<number>;
  updatedAt: string;
  updatedBy: string;
}

export interface CaseParticipant {
  caseId: string;
  name: string;
  organisation: string;
  partyPosition: number | null;
  position: number;
  role: "agent" | "defender" | "witness" | "appraiser" | "translator";
}

export interface CaseParty {
  caseId: string;
  name: string;
  organisation: string;
  position: number;
  role: "defendant" | "plaintiff" | "procuratorate" | "third_party";
}

export interface CaseReopening {
  caseId: string;
  closedOn: string;
  createdAt: string;
  id: string;
  reason: string;
  revision: Generated<number>;
  updatedAt: string;
  updatedBy: string;
}

export interface CaseSearchKey {
  docId: Generated<number>;
  entityId: string;
}

export interface CourtCase {
  caseNumber: string;
  cause: string;
  clerkId: string | null;
  closedOn: string;
  court: string;
  createdAt: string;
  filedOn: string;
  hearingOn: string;
  id: string;
  judgedOn: string;
  judgeId: string | null;
  matterId: string;
  notes: string;
  revision: Generated<number>;
  shortCode: string | null;
  stage: "first_instance" | "second_instance" | "retrial" | "enforcement";
  status: "registered" | "in_trial" | "judged" | "restoration" | "closed";
  type: "criminal" | "civil" | "administrative" | "public_interest";
  updatedAt: string;
  updatedBy: string;
  year: number;
}

export interface CourtSetting {
  address: string;
  createdAt: string;
  fullName: string;
  id: "court";
  phone: string;
  revision: Generated<number>;
  sealPosition: "over_date" | "right_of_signature" | "none";
  shortName: string;
  tribunal: string;
  updatedAt: string;
  updatedBy: string;
}

export interface CustodyEvent {
  at: string;
  condition: string;
  createdAt: string;
  id: string;
  place: string;
  receivedBy: string;
  receiverKind: "person" | "courier" | "lab" | "storage";
  relinquishedBy: string;
  revision: Generated<number>;
  sampleId: string;
  sealIntact: number;
  temperatureC: number | null;
  updatedAt: string;
  updatedBy: string;
  voidedAt: string | null;
  voidedBy: string | null;
  voidReason: Generated<string>;
}

export interface DamageEstimate {
  caseId: string;
  createdAt: string;
  highFen: number;
  id: string;
  inputJson: string;
  kind: "virtual_cost" | "actual_cost";
  lowFen: number;
  methodJson: string | null;
  methodVersion: string;
  revision: Generated<number>;
  stepsJson: string;
  updatedAt: string;
  updatedBy: string;
}

export interface Deviation {
  closedOn: string | null;
  closingNote: string;
  correctiveAction: string;
  createdAt: string;
  description: string;
  dueDate: string;
  id: string;
  inspectionId: string;
  milestoneId: string | null;
  orderId: string;
  revision: Generated<number>;
  severity: "minor" | "major" | "critical";
  updatedAt: string;
  updatedBy: string;
  voidedAt: string | null;
  voidedBy: string | null;
  voidReason: string;
}

export interface DeviationEvidence {
  deviationId: string;
  position: number;
  sha256: string;
}

export interface ExchangeConflict {
  baseJson: string | null;
  caseId: string | null;
  createdAt: string;
  entityId: string;
  entityType: string;
  id: string;
  incomingJson: string | null;
  localJson: string | null;
  packageId: string;
  resolutionJson: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  revision: Generated<number>;
  status: "open" | "resolved";
  updatedAt: string;
  updatedBy: string;
}

export interface ExchangeHeldEvent {
  conflictId: string | null;
  eventId: string;
  reason: "conflict" | "superseded";
}

export interface ExchangePackage {
  acknowledges: string | null;
  attachments: number;
  caseId: string | null;
  conflicts: Generated<number>;
  createdAt: string;
  destinationInstallationId: string;
  direction: "out" | "in";
  events: number;
  fromSeq: number;
  id: string;
  kind: "case" | "changes" | "receipt";
  manifestJson: string;
  revision: Generated<number>;
  signature: string;
  sourceCreatedAt: string;
  sourceInstallationId: string;
  toHash: string;
  toSeq: number;
  updatedAt: string;
  updatedBy: string;
}

export interface Expert {
  createdAt: string;
  email: string;
  id: string;
  maxConcurrentCases: number;
  name: string;
  nameSort: Generated<string>;
  notes: string;
  organisation: string;
  phone: string;
  revision: Generated<number>;
  status: "active" | "suspended";
  statusReason: string;
  termEnd: string;
  termStart: string;
  title: string;
  updatedAt: string;
  updatedBy: string;
}

export interface ExpertAffiliation {
  expertId: string;
  organisation: string;
  position: number;
  relation: string;
}

export interface ExpertDraw {
  algorithmVersion: string;
  balanced: number;
  caseId: string;
  count: number;
  createdAt: string;
  eligibleJson: string;
  excludedJson: string;
  fieldIdsJson: string;
  id: string;
  outcomeJson: string;
  replacesAssignmentId: string | null;
  revision: Generated<number>;
  seed: string;
  updatedAt: string;
  updatedBy: string;
}

export interface ExpertField {
  expertId: string;
  fieldId: string;
  isPrimary: number;
}

export interface ExpertRelative {
  expertId: string;
  name: string;
  position: number;
  relation: "spouse" | "parent" | "child" | "sibling" | "grandparent" | "grandchild";
}

export interface ExpertSearchKey {
  docId: Generated<number>;
  entityId: string;
}

export interface Field {
  active: Generated<number>;
  code: string;
  createdAt: string;
  id: string;
  nameEn: string;
  nameZh: string;
  revision: Generated<number>;
  sortOrder: number;
  updatedAt: string;
  updatedBy: string;
}

export interface HoldingTime {
  basis: string;
  createdAt: string;
  id: string;
  matrix: string;
  maxHours: number | null;
  notes: string;
  parameterKey: string;
  revision: Generated<number>;
  updatedAt: string;
  updatedBy: string;
}

export interface Inspection {
  createdAt: string;
  findings: string;
  id: string;
  inspectedOn: string;
  investigatorId: string;
  milestoneId: string | null;
  orderId: string;
  revision: Generated<number>;
  samplesTakenJson: string;
  updatedAt: string;
  updatedBy: string;
  voidedAt: string | null;
  voidedBy: string | null;
  voidReason: string;
}

export interface InspectionPhoto {
  inspectionId: string;
  position: number;
  sha256: string;
}

export interface Installation {
  createdAt: string;
  id: string;
  local: Generated<number>;
  name: string | null;
  publicKey: string;
}

export interface LabResult {
  analysedAt: string;
  createdAt: string;
  detectionLimit: number | null;
  id: string;
  lab: string;
  method: string;
  parameterKey: string;
  qualifier: "<" | null;
  reported: string;
  reportNumber: string;
  revision: Generated<number>;
  sampleId: string;
  source: "form" | "csv";
  unit: string;
  updatedAt: string;
  updatedBy: string;
  value: number;
  voidedAt: string | null;
  voidedBy: string | null;
  voidReason: Generated<string>;
}

export interface Milestone {
  changeReason: Generated<string>;
  createdAt: string;
  criterionText: string;
  doneOn: string | null;
  dueDate: string;
  id: string;
  note: string;
  orderId: string;
  position: number;
  progress: "pending" | "in_progress" | "done";
  revision: Generated<number>;
  sampleCriterionJson: string | null;
  title: string;
  updatedAt: string;
  updatedBy: string;
  voidedAt: string | null;
  voidedBy: string | null;
  voidReason: Generated<string>;
}

export interface MilestoneEvidence {
  milestoneId: string;
  position: number;
  sha256: string;
}

export interface MilestoneSample {
  milestoneId: string;
  position: number;
  sampleId: string;
}

export interface Opinion {
  actualEstimateId: string | null;
  caseId: string;
  createdAt: string;
  findings: string;
  id: string;
  optionsJson: string;
  previousVersionId: string | null;
  questionsJson: string;
  revision: Generated<number>;
  statement: string;
  status: "draft" | "signed" | "submitted";
  submittedAt: string | null;
  submittedBy: string | null;
  updatedAt: string;
  updatedBy: string;
  version: number;
  virtualEstimateId: string | null;
}

export interface OpinionDraftOrder {
  createdAt: string;
  createdBy: string;
  opinionId: string;
  orderId: string;
}

export interface OpinionSample {
  opinionId: string;
  position: number;
  sampleId: string;
  snapshotJson: string | null;
}

export interface OpinionSearchKey {
  docId: Generated<number>;
  entityId: string;
}

export interface OpinionSignature {
  expertId: string;
  opinionId: string;
  signedAt: string;
  userId: string;
}

export interface OpinionVisit {
  opinionId: string;
  position: number;
  snapshotJson: string | null;
  visitId: string;
}

export interface OrderHandover {
  createdAt: string;
  handedOverOn: string;
  handedOverTo: string;
  id: string;
  notes: string;
  orderId: string;
  revision: Generated<number>;
  updatedAt: string;
  updatedBy: string;
}

export interface OrderSearchKey {
  docId: Generated<number>;
  entityId: string;
}

export interface OrderSite {
  orderId: string;
  position: number;
  siteId: string;
}

export interface OrderSupervisor {
  orderId: string;
  position: number;
  userId: string;
}

export interface OrderType {
  active: Generated<number>;
  code: string;
  createdAt: string;
  id: string;
  methodZh: Generated<string>;
  nameEn: string;
  nameZh: string;
  revision: Generated<number>;
  sortOrder: number;
  source: Generated<string>;
  updatedAt: string;
  updatedBy: string;
}

export interface Partner {
  createdAt: string;
  expertId: string | null;
  fingerprint: string;
  installationId: string;
  name: string;
  publicKey: string;
  revision: Generated<number>;
  updatedAt: string;
  updatedBy: string;
}

export interface RecusalMatter {
  applicant: string;
  assignmentId: string;
  createdAt: string;
  decidedBy: string | null;
  decidedOn: string;
  decision: "pending" | "recused" | "not_recused";
  decisionReason: string;
  id: string;
  kind: "override" | "application";
  reason: string;
  receivedOn: string;
  revision: Generated<number>;
  updatedAt: string;
  updatedBy: string;
}

export interface RestorationOrder {
  bondFen: number;
  bondPaid: number;
  caseId: string;
  createdAt: string;
  deadline: string;
  executor: string;
  fallbackCostFen: number;
  id: string;
  issuedBy: string | null;
  issuedOn: string | null;
  judgmentReference: string;
  labourHours: number | null;
  labourRateFen: number | null;
  measurableTargetsJson: string;
  method: string;
  methodItemsJson: string;
  notes: string;
  obligor: string;
  orderNumber: string;
  orderTypeId: string;
  restockingApprovalReference: Generated<string>;
  restockingApprovedBy: string | null;
  restockingItemsJson: Generated<string>;
  restorationFeeFen: number;
  restorationFeePaid: number;
  revision: Generated<number>;
  samplesCountFrom: string | null;
  standardTargetsJson: string;
  status: "draft" | "issued" | "in_progress" | "accepted" | "failed" | "closed";
  statusReason: string;
  supervisingAgenciesJson: string;
  survivalThresholdPct: number | null;
  updatedAt: string;
  updatedBy: string;
  upkeepMonths: number | null;
  voidedAt: string | null;
  voidedBy: string | null;
  voidReason: Generated<string>;
}

export interface Sample {
  appearance: string;
  caseId: string;
  code: string;
  conductivityUsCm: number | null;
  container: string;
  createdAt: string;
  depthM: number | null;
  dissolvedOxygenMgL: number | null;
  duplicateOfId: string | null;
  id: string;
  landUse: "paddy" | "orchard" | "other" | null;
  matrix: "surface_water" | "groundwater" | "wastewater" | "soil" | "sediment" | "biota";
  ph: number | null;
  preservative: string;
  qcType: "normal" | "field_blank" | "duplicate";
  revision: Generated<number>;
  sampledAt: string;
  sampler: string;
  samplerOrganisation: string;
  sealNumber: string;
  seq: number;
  siteId: string;
  supervisingInvestigator: string;
  transparencyCm: number | null;
  turbidityNtu: number | null;
  updatedAt: string;
  updatedBy: string;
  visitId: string | null;
  voidedAt: string | null;
  voidedBy: string | null;
  voidReason: Generated<string>;
  volumeMl: number | null;
  waterTemperatureC: number | null;
}

export interface SampleAmendment {
  reason: string;
  sampleId: string;
  sampleRevision: number;
}

export interface SamplePhoto {
  position: number;
  sampleId: string;
  sha256: string;
}

export interface SampleSearchKey {
  docId: Generated<number>;
  entityId: string;
}

export interface SamplingSetting {
  createdAt: string;
  id: "sampling";
  revision: Generated<number>;
  sampleCodePattern: string;
  updatedAt: string;
  updatedBy: string;
}

export interface SecuritySetting {
  createdAt: string;
  id: "security";
  idleLockMinutes: number;
  lockMinutes: number;
  maxFailedAttempts: number;
  revision: Generated<number>;
  updatedAt: string;
  updatedBy: string;
}

export interface Signature {
  contentHash: string;
  contentJson: string;
  expertId: string | null;
  id: string;
  keyFingerprint: string;
  purpose: "opinion.sign" | "custody.handover" | "order.issue" | "order.accept" | "draw.confirm";
  signature: string;
  signedAt: string;
  signerKeyId: string;
  signerUserId: string;
  subjectId: string;
}

export interface Site {
  accuracyM: number | null;
  address: string;
  caseId: string;
  createdAt: string;
  id: string;
  latitude: number | null;
  longitude: number | null;
  name: string;
  notes: string;
  revision: Generated<number>;
  updatedAt: string;
  updatedBy: string;
  waterbody: "river" | "lake" | null;
}

export interface SiteVisit {
  caseId: string;
  createdAt: string;
  id: string;
  notes: string;
  peoplePresent: string;
  revision: Generated<number>;
  updatedAt: string;
  updatedBy: string;
  visitDate: string;
  voidedAt: string | null;
  voidedBy: string | null;
  voidReason: Generated<string>;
  weather: string;
}

export interface UserCredential {
  changedAt: string;
  costN: number;
  costP: number;
  costR: number;
  failedAttempts: number;
  hash: string;
  keyCiphertext: string | null;
  keyIv: string | null;
  keyTag: string | null;
  lastFailedAt: string | null;
  lockedUntil: string | null;
  mustChange: number;
  salt: string;
  signingKeyId: string | null;
  userId: string;
}

export interface UserKey {
  createdAt: string;
  endedReason: Generated<string>;
  fingerprint: string;
  id: string;
  publicKey: string;
  revision: Generated<number>;
  updatedAt: string;
  updatedBy: string;
  userId: string;
  validFrom: string;
  validUntil: string | null;
}

export interface DB {
  acceptance: Acceptance;
  acceptanceMember: AcceptanceMember;
  appUser: AppUser;
  appUserRole: AppUserRole;
  assignment: Assignment;
  attachment: Attachment;
  auditEvent: AuditEvent;
  backupRun: BackupRun;
  backupSchedule: BackupSchedule;
  caseConflict: CaseConflict;
  caseParticipant: CaseParticipant;
  caseParty: CaseParty;
  caseReopening: CaseReopening;
  caseSearchKey: CaseSearchKey;
  courtCase: CourtCase;
  courtSetting: CourtSetting;
  custodyEvent: CustodyEvent;
  damageEstimate: DamageEstimate;
  deviation: Deviation;
  deviationEvidence: DeviationEvidence;
  exchangeConflict: ExchangeConflict;
  exchangeHeldEvent: ExchangeHeldEvent;
  exchangePackage: ExchangePackage;
  expert: Expert;
  expertAffiliation: ExpertAffiliation;
  expertDraw: ExpertDraw;
  expertField: ExpertField;
  expertRelative: ExpertRelative;
  expertSearchKey: ExpertSearchKey;
  field: Field;
  holdingTime: HoldingTime;
  inspection: Inspection;
  inspectionPhoto: InspectionPhoto;
  installation: Installation;
  labResult: LabResult;
  milestone: Milestone;
  milestoneEvidence: MilestoneEvidence;
  milestoneSample: MilestoneSample;
  opinion: Opinion;
  opinionDraftOrder: OpinionDraftOrder;
  opinionSample: OpinionSample;
  opinionSearchKey: OpinionSearchKey;
  opinionSignature: OpinionSignature;
  opinionVisit: OpinionVisit;
  orderHandover: OrderHandover;
  orderSearchKey: OrderSearchKey;
  orderSite: OrderSite;
  orderSupervisor: OrderSupervisor;
  orderType: OrderType;
  partner: Partner;
  recusalMatter: RecusalMatter;
  restorationOrder: RestorationOrder;
  sample: Sample;
  sampleAmendment: SampleAmendment;
  samplePhoto: SamplePhoto;
  sampleSearchKey: SampleSearchKey;
  samplingSetting: SamplingSetting;
  securitySetting: SecuritySetting;
  signature: Signature;
  site: Site;
  siteVisit: SiteVisit;
  userCredential: UserCredential;
  userKey: UserKey;
}
