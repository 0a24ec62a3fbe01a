/**
 * What a screening found about an expert (a recusal ground or a condition of
 * the pool), worded from the facts core records: the party, relative,
 * organisation or case that matched. Part of the one catalog, `errorReasons`,
 * which spreads them, so a refused assignment names its grounds in the same
 * words as the screening list. The roles, relations and stages are reasons of
 * their own, given inside a finding's parameters. Alphabetical, one a line.
 */
export const findingReasons = {
  finding_already_assigned: { zh: '已指派至本案', en: 'Already assigned to this case' },
  finding_at_capacity: { zh: '在办 {{activeCases}} 件，已达上限 {{maxConcurrentCases}} 件', en: '{{activeCases}} open cases, at the limit of {{maxConcurrentCases}}' },
  finding_declared: { zh: '本人申报：{{reason}}', en: 'Declared by the expert: {{reason}}' },
  finding_inactive: { zh: '{{statusReason}}', en: '{{statusReason}}' },
  finding_inactive_no_reason: { zh: '已暂停', en: 'Suspended' },
  finding_is_party: { zh: '本人即本案{{partyRole}}“{{party}}”', en: 'Is the {{partyRole}} “{{party}}” of this case' },
  finding_out_of_term: { zh: '聘任期 {{termStart}} 至 {{termEnd}}', en: 'Term of appointment {{termStart}} to {{termEnd}}' },
  finding_prior_role: { zh: '曾在{{caseNumber}}中担任{{role}}', en: 'Served as {{role}} in {{caseNumber}}' },
  finding_prior_role_this_case: { zh: '曾在本案中担任{{role}}', en: 'Served as {{role}} in this case' },
  finding_prior_stage: { zh: '已在同一事项的{{caseNumber}}（{{stage}}）案件中担任技术调查官', en: 'Served as technical investigator in {{caseNumber}} ({{stage}}) of the same matter' },
  finding_recorded: { zh: '{{words}}', en: '{{words}}' },
  finding_relative_is_party: { zh: '申报的近亲属“{{relative}}”（{{relation}}）即本案{{partyRole}}“{{party}}”', en: 'The declared near relative “{{relative}}” ({{relation}}) is the {{partyRole}} “{{party}}” of this case' },
  finding_relative_represents: { zh: '申报的近亲属“{{relative}}”（{{relation}}）是{{representative}}', en: 'The declared near relative “{{relative}}” ({{relation}}) is {{representative}}' },
  finding_representative: { zh: '{{role}}“{{name}}”', en: 'the {{role}} “{{name}}”' },
  finding_representative_of: { zh: '{{partyRole}}“{{party}}”的{{role}}“{{name}}”', en: 'the {{role}} “{{name}}” of the {{partyRole}} “{{party}}”' },
  finding_tie_to_party: { zh: '申报与{{organisation}}存在关联（{{relation}}），该单位涉及本案{{partyRole}}“{{party}}”', en: 'Declared a tie to {{organisation}} ({{relation}}), which concerns the {{partyRole}} “{{party}}” of this case' },
  finding_tie_to_representative: { zh: '申报与{{organisation}}存在关联（{{relation}}），该单位的{{representative}}', en: 'Declared a tie to {{organisation}} ({{relation}}), whose member is {{representative}}' },
  finding_works_for_party: { zh: '工作单位{{organisation}}涉及本案{{partyRole}}“{{party}}”', en: 'Works for {{organisation}}, which concerns the {{partyRole}} “{{party}}” of this case' },
  participant_role_agent: { zh: '诉讼代理人', en: 'agent ad litem' },
  participant_role_appraiser: { zh: '鉴定人', en: 'appraiser' },
  participant_role_defender: { zh: '辩护人', en: 'defender' },
  participant_role_translator: { zh: '翻译人员', en: 'translator' },
  participant_role_witness: { zh: '证人', en: 'witness' },
  party_role_defendant: { zh: '被告（人）', en: 'defendant' },
  party_role_plaintiff: { zh: '原告', en: 'plaintiff' },
  party_role_procuratorate: { zh: '公益诉讼起诉人（检察机关）', en: 'public-interest plaintiff (procuratorate)' },
  party_role_third_party: { zh: '第三人', en: 'third party' },
  relation_child: { zh: '子女', en: 'child' },
  relation_grandchild: { zh: '孙子女、外孙子女', en: 'grandchild' },
  relation_grandparent: { zh: '祖父母、外祖父母', en: 'grandparent' },
  relation_parent: { zh: '父母', en: 'parent' },
  relation_sibling: { zh: '兄弟姐妹', en: 'sibling' },
  relation_spouse: { zh: '配偶', en: 'spouse' },
  stage_enforcement: { zh: '执行', en: 'enforcement' },
  stage_first_instance: { zh: '一审', en: 'first instance' },
  stage_retrial: { zh: '再审', en: 'retrial' },
  stage_second_instance: { zh: '二审', en: 'second instance' }
} satisfies Record<string, { zh: string; en: string }>
