import type { Kysely } from 'kysely'
import type { Paragraph, Table } from 'docx'
import type { Assignment } from '../../shared/assignments'
import type { CourtCase } from '../../shared/cases'
import type { Database } from '../db/database'
import { documentNames, nameOf } from './document-names'
import { para, table } from './docx-parts'

/** The recusal right by the case's procedure, in the print's words (src/print/print.strings.ts, print.notice.recusalRight). */
export const recusalRight = {
  civil:
    '当事人认为上述技术调查官是本案当事人或者当事人、诉讼代理人的近亲属，与本案有利害关系，或者与本案当事人、诉讼代理人有其他关系可能影响对案件公正审理的，有权以口头或者书面方式申请其回避（《中华人民共和国民事诉讼法》第四十七条）。申请回避应当说明理由，在案件开始审理时提出；回避事由在案件开始审理后知道的，也可以在法庭辩论终结前提出（同法第四十八条）。',
  criminal:
    '当事人及其法定代理人认为上述技术调查官是本案的当事人或者是当事人的近亲属，本人或者其近亲属和本案有利害关系，担任过本案的证人、鉴定人、辩护人、诉讼代理人，或者与本案当事人有其他关系可能影响公正处理案件的，有权申请其回避（《中华人民共和国刑事诉讼法》第二十九条、第三十二条）。',
  administrative: '当事人认为上述技术调查官与本案有利害关系或者有其他关系可能影响公正审判的，有权申请其回避（《中华人民共和国行政诉讼法》第五十五条）。',
  basis: '技术调查官的回避，参照适用诉讼法有关其他人员回避的规定（《最高人民法院关于技术调查官参与知识产权案件诉讼活动的若干规定》第三条、第四条）。'
}

/**
 * 技术调查官指派通知书 as a Word body, from the sealed data
 * (`documentData.assignment_notice`): the investigators on the notice, the
 * draw records, the parties, the duties and the right to apply for recusal.
 */
export async function noticeBody(db: Kysely<Database>, data: { courtCase: CourtCase; assignments: Assignment[] }): Promise<(Paragraph | Table)[]> {
  const { courtCase: c, assignments } = data
  const fields = new Map((await db.selectFrom('field').select(['id', 'nameZh']).execute()).map((f) => [f.id, f.nameZh]))
  const draws = [...new Map(assignments.filter((a) => a.drawId).map((a) => [a.drawId!, a.drawSeed])).entries()]
  const recusal = recusalRight[c.type === 'criminal' ? 'criminal' : c.type === 'administrative' ? 'administrative' : 'civil']
  return [
    para(c.caseNumber, { align: 'right' }),
    para('本案各方当事人：', { flush: true }),
    para(`本院受理的${c.caseNumber}${c.cause}一案，因案件涉及生态环境损害查明与修复等专门性问题，依照本院生态环境审判技术调查官工作的有关规定，决定指派下列技术调查官参与本案诉讼活动：`),
    table(
      ['序号', '姓名', '工作单位', '职称', '专业领域', '产生方式'],
      assignments.map((a, i) => [String(i + 1), a.expertName, a.expertOrganisation, a.expertTitle, fields.get(a.fieldId) ?? '', a.method === 'draw' ? '随机抽取' : '指定']),
      [7, 11, undefined, 17, 14, 12]
    ),
    ...draws.map(([drawId, seed]) => para(`随机抽取记录：抽取编号 ${drawId}，随机种子 ${seed}。以随机抽取方式产生的，可凭抽取编号和种子复核抽取结果。`, { flush: true, small: true })),
    para('当事人：', { flush: true, bold: true }),
    ...c.parties.map((p) => para(`　　${nameOf(documentNames.partyRoles, p.role)}：${p.name}${p.organisation ? `（${p.organisation}）` : ''}`, { flush: true })),
    para('技术调查官受法官指挥，就案件所涉生态环境损害的查明与修复等技术问题提出意见，其意见供合议庭参考。'),
    para(`${recusal}${recusalRight.basis}`),
    para(`承办法官：${c.judgeName || '—'}　书记员：${c.clerkName || '—'}`, { flush: true })
  ]
}

