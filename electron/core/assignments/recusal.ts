import type { Expert } from '../../shared/experts'
import type { CaseParty } from '../../shared/cases'
import type { Finding } from '../../shared/assignments'

const roleWords: Record<CaseParty['role'], string> = {
  defendant: '被告（人）',
  plaintiff: '原告',
  procuratorate: '公益诉讼起诉人（检察机关）',
  third_party: '第三人'
}

/** Names compared for recusal: spaces dropped, brackets and letter case unified. */
function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').toLowerCase()
  return norm(a) !== '' && norm(a) === norm(b)
}

export interface RecusalContext {
  parties: CaseParty[]
  /** Case numbers of other cases of the same matter in which the expert served (an assignment not declined or recused). */
  servedInMatter: string[]
  /** The personal conflict the clerk marked for this expert in this case, if any. */
  personalConflict: string | null
}

/**
 * The grounds on which an expert must withdraw (回避) from a case: being a
 * party, a declared affiliation with (or employment by) a party's
 * organisation, earlier service in the same matter, or a personal conflict.
 */
export function recusalFindings(expert: Expert, context: RecusalContext): Finding[] {
  const findings: Finding[] = []
  for (const party of context.parties) {
    const who = `${roleWords[party.role]}“${party.name}”`
    if (sameName(expert.name, party.name)) findings.push({ code: 'party', detail: `本人即本案${who}` })
    const partyOrganisations = [party.organisation, party.name].filter((o, i, all) => o !== '' && all.indexOf(o) === i)
    for (const organisation of partyOrganisations) {
      for (const affiliation of expert.affiliations) {
        if (sameName(affiliation.organisation, organisation)) {
          findings.push({ code: 'affiliation', detail: `申报与${organisation}存在关联（${affiliation.relation}），该单位涉及本案${who}` })
        }
      }
      if (sameName(expert.organisation, organisation)) {
        findings.push({ code: 'affiliation', detail: `工作单位${organisation}涉及本案${who}` })
      }
    }
  }
  for (const caseNumber of context.servedInMatter) {
    findings.push({ code: 'prior_stage', detail: `已在同一事项的${caseNumber}案件中担任技术调查官` })
  }
  if (context.personalConflict !== null) findings.push({ code: 'personal_conflict', detail: context.personalConflict })
  return findings
}
