import type { Role } from './roles'

/**
 * Who may do what. The core's handler table enforces these; the renderer
 * reads the same table only to hide buttons a user could not use.
 */
export const permissions = {
  keepExpertPool: ['clerk', 'admin'],
  editReferenceData: ['admin'],
  manageUsers: ['admin'],
  /** The backup schedule: where the court's only other copy goes is the administrator's decision (DESIGN.md, users). */
  manageBackups: ['admin'],
  registerCases: ['clerk', 'admin'],
  advanceCaseStatus: ['clerk', 'judge', 'admin'],
  /** A closed case is reopened only by a judge, with a written reason. */
  reopenCases: ['judge'],
  assignExperts: ['clerk', 'admin'],
  /** Recusal grounds are overridden, and recusal applications decided, by the case's presiding judge (checked in core). */
  decideRecusal: ['judge'],
  // Judges attach acceptance reports and milestone evidence.
  attachEvidence: ['investigator', 'clerk', 'judge', 'admin'],
  /** Only judges draft, issue, change and accept restoration orders and set their milestones. */
  issueOrders: ['judge'],
  /** Inspections (回访) and deviations (偏差) are the investigators' record. */
  recordInspections: ['investigator'],
  /** Progress of a milestone is recorded by the investigators who follow it, or by the judge. */
  confirmMilestones: ['investigator', 'judge'],

  /** Only investigators assigned to the case write and sign its opinion (checked in core). */
  writeOpinions: ['investigator'],
  /** A signed opinion goes to the court through an assigned investigator or the clerk. */
  submitOpinions: ['investigator', 'clerk'],
  /** Judges issue orders, but a draft made from a signed opinion's recommendation may come from an investigator or the clerk. */
  draftOrdersFromOpinions: ['investigator', 'clerk'],
  /** Site visits, samples, custody events and lab results: the investigator's field notebook. */
  recordSampling: ['investigator', 'admin'],
  /** Sites are registered with the case, added by investigators on site, and by the judge issuing an order. */
  recordSites: ['clerk', 'investigator', 'judge', 'admin'],
  /** A case's short code, which sample codes carry. */
  setCaseShortCode: ['clerk', 'investigator', 'admin'],
  /** Pairing installations (trusting another machine's key) is the administrator's. */
  pairInstallations: ['admin'],
  /** Packages are made and imported by the people whose records they carry: the clerk and judge at the court, the investigator on the laptop. */
  exchangePackages: ['clerk', 'judge', 'investigator', 'admin'],
  /** A conflict between two machines' records is settled by a person who keeps them: not the administrator. */
  resolveConflicts: ['clerk', 'judge', 'investigator']
} as const satisfies Record<string, readonly Role[]>

export type Permission = keyof typeof permissions

export function may(role: Role | undefined, permission: Permission): boolean {
  return role !== undefined && (permissions[permission] as readonly Role[]).includes(role)
}
