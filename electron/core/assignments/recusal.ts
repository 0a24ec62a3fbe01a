import type { Expert } from '../../shared/experts'
import type { ErrorPart } from '../../shared/errors'
import type { CaseParticipant, CaseParty, CaseStage } from '../../shared/cases'
import type { ConflictGround, Finding, FindingDetail } from '../../shared/assignments'

/** A party as a finding names it: its role and name. */
function asParty(party: CaseParty): { partyRole: ErrorPart[]; party: string } {
  return { partyRole: [{ reason: `party_role_${party.role}` }], party: party.name }
}

/** Names compared for recusal: spaces dropped, brackets and letter case unified. */
function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').toLowerCase()
  return norm(a) !== '' && norm(a) === norm(b)
}

/** A participant of a case of the matter, with the case number it served in (`null`: this case). */
export interface MatterParticipant extends CaseParticipant {
  caseNumber: string | null
}

/** An earlier service of the expert in another case of the same matter. */
export interface PriorService {
  caseNumber: string
  stage: CaseStage
}

export interface RecusalContext {
  stage: CaseStage
  parties: CaseParty[]
  /** The agents, defenders, witnesses, appraisers and translators of every case of the matter. */
  participants: MatterParticipant[]
  /** Other cases of the same matter in which the expert served (an assignment not declined or recused). */
  servedInMatter: PriorService[]
  /** The conflict the clerk recorded from the expert's declaration for this case, if any. */
  conflict: { ground: ConflictGround; reason: string } | null
}

/**
 * The grounds on which an expert must withdraw (回避) from a case, each with
 * what matched. A technical investigator is recused as the procedure laws
 * recuse other court personnel (法释〔2019〕2号 art. 4; 《民事诉讼法》art. 47
 * last paragraph, 《刑事诉讼法》art. 32, 《行政诉讼法》art. 55), on the
 * grounds of 《民事诉讼法》art. 47 and 《刑事诉讼法》art. 29.
 */
export function recusalFindings(expert: Pick<Expert, 'name' | 'organisation' | 'affiliations' | 'relatives'>, context: RecusalContext): Finding[] {
  const findings: Finding[] = []
  const representatives = context.participants.filter((p) => p.role === 'agent' || p.role === 'defender')
  const partyOf = (p: CaseParticipant) => context.parties.find((party) => party.position === p.partyPosition)
  const representing = (p: CaseParticipant): ErrorPart[] => {
    const party = partyOf(p)
    const role = [{ reason: `participant_role_${p.role}` } as const]
    if (!party) return [{ reason: 'finding_representative', params: { role, name: p.name } }]
    return [{ reason: 'finding_representative_of', params: { ...asParty(party), role, name: p.name } }]
  }
  const found = (code: Finding['code'], detail: FindingDetail) => findings.push({ code, detail })

  for (const party of context.parties) {
    const who = asParty(party)
    // 《民事诉讼法》art. 47(1), 《刑事诉讼法》art. 29(1): is a party.
    if (sameName(expert.name, party.name)) found('party', { reason: 'finding_is_party', params: who })
    // art. 47(1), art. 29(1): is a near relative of a party.
    for (const relative of expert.relatives) {
      if (sameName(relative.name, party.name)) {
        found('near_relative', { reason: 'finding_relative_is_party', params: { relative: relative.name, relation: [{ reason: `relation_${relative.relation}` }], ...who } })
      }
    }
    const partyOrganisations = [party.organisation, party.name].filter((o, i, all) => o !== '' && all.indexOf(o) === i)
    for (const organisation of partyOrganisations) {
      // art. 47(2), art. 29(2): works for a party, so has an interest in the case.
      if (sameName(expert.organisation, organisation)) found('interest', { reason: 'finding_works_for_party', params: { organisation, ...who } })
      // art. 47(3), art. 29(4): a declared tie to a party's organisation is another relationship that may affect fairness.
      for (const affiliation of expert.affiliations) {
        if (sameName(affiliation.organisation, organisation)) {
          found('other_relationship', { reason: 'finding_tie_to_party', params: { organisation, relation: affiliation.relation, ...who } })
        }
      }
    }
  }

  for (const representative of representatives) {
    // 《民事诉讼法》art. 47(1); 民诉法解释 art. 43(4): is a near relative of a party's agent.
    for (const relative of expert.relatives) {
      if (sameName(relative.name, representative.name)) {
        const params = { relative: relative.name, relation: [{ reason: `relation_${relative.relation}` } as const], representative: representing(representative) }
        found('near_relative', { reason: 'finding_relative_represents', params })
      }
    }
    // art. 47(3): another relationship with an agent, such as a declared tie to the agent's law firm.
    if (representative.organisation !== '') {
      for (const affiliation of expert.affiliations) {
        if (sameName(affiliation.organisation, representative.organisation)) {
          const params = { organisation: representative.organisation, relation: affiliation.relation, representative: representing(representative) }
          found('other_relationship', { reason: 'finding_tie_to_representative', params })
        }
      }
    }
  }

  // 《刑事诉讼法》art. 29(3); 民诉法解释 art. 43(3): served in the case as witness, appraiser, defender, agent or translator.
  for (const participant of context.participants) {
    if (sameName(expert.name, participant.name)) {
      const role = [{ reason: `participant_role_${participant.role}` } as const]
      if (participant.caseNumber === null) found('prior_role', { reason: 'finding_prior_role_this_case', params: { role } })
      else found('prior_role', { reason: 'finding_prior_role', params: { caseNumber: participant.caseNumber, role } })
    }
  }

  // 法释〔2019〕2号 art. 5: one who served in one trial stage does not serve in another stage of the same case; after a
  // remand for retrial, the second instance that follows the new first-instance judgment may keep the investigator of
  // the original second instance. Two second-instance cases of one matter arise only through such a remand.
  for (const service of context.servedInMatter) {
    if (service.stage === 'second_instance' && context.stage === 'second_instance') continue
    found('prior_stage', { reason: 'finding_prior_stage', params: { caseNumber: service.caseNumber, stage: [{ reason: `stage_${service.stage}` }] } })
  }

  if (context.conflict !== null) found(context.conflict.ground, { reason: 'finding_declared', params: { reason: context.conflict.reason } })
  return findings
}
