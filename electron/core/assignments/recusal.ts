import type { Expert, NearRelation } from '../../shared/experts'
import type { CaseParticipant, CaseParty, CaseStage, ParticipantRole } from '../../shared/cases'
import type { ConflictGround, Finding } from '../../shared/assignments'

const roleWords: Record<CaseParty['role'], string> = {
  defendant: '被告（人）',
  plaintiff: '原告',
  procuratorate: '公益诉讼起诉人（检察机关）',
  third_party: '第三人'
}

const participantWords: Record<ParticipantRole, string> = {
  agent: '诉讼代理人',
  defender: '辩护人',
  witness: '证人',
  appraiser: '鉴定人',
  translator: '翻译人员'
}

const relationWords: Record<NearRelation, string> = {
  spouse: '配偶',
  parent: '父母',
  child: '子女',
  sibling: '兄弟姐妹',
  grandparent: '祖父母、外祖父母',
  grandchild: '孙子女、外孙子女'
}

const stageWords: Record<CaseStage, string> = { first_instance: '一审', second_instance: '二审', retrial: '再审', enforcement: '执行' }

/** Names compared for recusal: spaces dropped, brackets and letter case unified. */
function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').toLowerCase()
  return norm(a) !== '' && norm(a) === norm(b)
}

/** A participant of a case of the matter, with the case number it served in. */
export interface MatterParticipant extends CaseParticipant {
  caseNumber: string
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
  const representing = (p: CaseParticipant) => {
    const party = partyOf(p)
    return `${party ? `${roleWords[party.role]}“${party.name}”的` : ''}${participantWords[p.role]}“${p.name}”`
  }

  for (const party of context.parties) {
    const who = `${roleWords[party.role]}“${party.name}”`
    // 《民事诉讼法》art. 47(1), 《刑事诉讼法》art. 29(1): is a party.
    if (sameName(expert.name, party.name)) findings.push({ code: 'party', detail: `本人即本案${who}` })
    // art. 47(1), art. 29(1): is a near relative of a party.
    for (const relative of expert.relatives) {
      if (sameName(relative.name, party.name)) {
        findings.push({ code: 'near_relative', detail: `申报的近亲属“${relative.name}”（${relationWords[relative.relation]}）即本案${who}` })
      }
    }
    const partyOrganisations = [party.organisation, party.name].filter((o, i, all) => o !== '' && all.indexOf(o) === i)
    for (const organisation of partyOrganisations) {
      // art. 47(2), art. 29(2): works for a party, so has an interest in the case.
      if (sameName(expert.organisation, organisation)) {
        findings.push({ code: 'interest', detail: `工作单位${organisation}涉及本案${who}` })
      }
      // art. 47(3), art. 29(4): a declared tie to a party's organisation is another relationship that may affect fairness.
      for (const affiliation of expert.affiliations) {
        if (sameName(affiliation.organisation, organisation)) {
          findings.push({ code: 'other_relationship', detail: `申报与${organisation}存在关联（${affiliation.relation}），该单位涉及本案${who}` })
        }
      }
    }
  }

  for (const representative of representatives) {
    // 《民事诉讼法》art. 47(1); 民诉法解释 art. 43(4): is a near relative of a party's agent.
    for (const relative of expert.relatives) {
      if (sameName(relative.name, representative.name)) {
        findings.push({ code: 'near_relative', detail: `申报的近亲属“${relative.name}”（${relationWords[relative.relation]}）是${representing(representative)}` })
      }
    }
    // art. 47(3): another relationship with an agent, such as a declared tie to the agent's law firm.
    if (representative.organisation !== '') {
      for (const affiliation of expert.affiliations) {
        if (sameName(affiliation.organisation, representative.organisation)) {
          findings.push({
            code: 'other_relationship',
            detail: `申报与${representative.organisation}存在关联（${affiliation.relation}），该单位的${representing(representative)}`
          })
        }
      }
    }
  }

  // 《刑事诉讼法》art. 29(3); 民诉法解释 art. 43(3): served in the case as witness, appraiser, defender, agent or translator.
  for (const participant of context.participants) {
    if (sameName(expert.name, participant.name)) {
      findings.push({ code: 'prior_role', detail: `曾在${participant.caseNumber}中担任${participantWords[participant.role]}` })
    }
  }

  // 法释〔2019〕2号 art. 5: one who served in one trial stage does not serve in another stage of the same case; after a
  // remand for retrial, the second instance that follows the new first-instance judgment may keep the investigator of
  // the original second instance. Two second-instance cases of one matter arise only through such a remand.
  for (const service of context.servedInMatter) {
    if (service.stage === 'second_instance' && context.stage === 'second_instance') continue
    findings.push({ code: 'prior_stage', detail: `已在同一事项的${service.caseNumber}（${stageWords[service.stage]}）案件中担任技术调查官` })
  }

  if (context.conflict !== null) findings.push({ code: context.conflict.ground, detail: `本人申报：${context.conflict.reason}` })
  return findings
}
