/**
 * The strings of the printed documents, Chinese first. The English object is typed by the
 * Chinese one, so a key missing from or added to the English fails typecheck.
 */
export const zhCN = {
  print: {
    print: '打印',
    savePdf: '保存为 PDF',
    saved: '已保存：{{path}}',
    failed: '打印失败：{{reason}}',
    popupBlocked: '浏览器拦截了打印窗口，请允许本页面弹出窗口后重试',
    notFound: '找不到要打印的记录',
    seal: '（院印）',
    letterhead: { address: '地址：{{address}}', phone: '电话：{{phone}}' },
    pageOf: { before: '第 ', middle: ' 页 共 ', after: ' 页' },
    documentSeal: {
      code: '文书核验码：{{code}}',
      howToCheck:
        '核验方法：本文书打印时，其内容连同经签名的审计链头已记入出具本文书的法院的 EcoCase 案件数据库。如需确认手中的文书与数据库记录一致、未被改动，请将上列核验码（或扫描二维码读出的核验码）提交出具本文书的法院，由法院在 EcoCase 中核对；核验结果会说明文书内容是否仍与数据库一致、签名是否有效。',
      failed: '未能生成文书核验码：{{reason}}'
    },
    notice: {
      title: '技术调查官指派通知书',
      to: '本案各方当事人：',
      intro: '本院受理的{{caseNumber}}{{cause}}一案，因案件涉及生态环境损害查明与修复等专门性问题，依照本院生态环境审判技术调查官工作的有关规定，决定指派下列技术调查官参与本案诉讼活动：',
      parties: '当事人',
      number: '序号',
      name: '姓名',
      organisation: '工作单位',
      jobTitle: '职称',
      field: '专业领域',
      method: '产生方式',
      methodDesignated: '指定',
      methodDraw: '随机抽取',
      drawRecord: '随机抽取记录：抽取编号 {{drawId}}，随机种子 {{seed}}。',
      duties: '技术调查官受法官指挥，就案件所涉生态环境损害的查明与修复等技术问题提出意见，其意见供合议庭参考。',
      recusalRight: {
        civil:
          '当事人认为上述技术调查官是本案当事人或者当事人、诉讼代理人的近亲属，与本案有利害关系，或者与本案当事人、诉讼代理人有其他关系可能影响对案件公正审理的，有权以口头或者书面方式申请其回避（《中华人民共和国民事诉讼法》第四十七条）。申请回避应当说明理由，在案件开始审理时提出；回避事由在案件开始审理后知道的，也可以在法庭辩论终结前提出（同法第四十八条）。',
        criminal:
          '当事人及其法定代理人认为上述技术调查官是本案的当事人或者是当事人的近亲属，本人或者其近亲属和本案有利害关系，担任过本案的证人、鉴定人、辩护人、诉讼代理人，或者与本案当事人有其他关系可能影响公正处理案件的，有权申请其回避（《中华人民共和国刑事诉讼法》第二十九条、第三十二条）。',
        administrative:
          '当事人认为上述技术调查官与本案有利害关系或者有其他关系可能影响公正审判的，有权申请其回避（《中华人民共和国行政诉讼法》第五十五条）。',
        basis: '技术调查官的回避，参照适用诉讼法有关其他人员回避的规定（《最高人民法院关于技术调查官参与知识产权案件诉讼活动的若干规定》第三条、第四条）。'
      },
      verify: '以随机抽取方式产生的，可凭抽取编号和种子复核抽取结果。',
      contact: '承办法官：{{judge}}　书记员：{{clerk}}',
      date: '{{date}}'
    }
  }
}

export const en: typeof zhCN = {
  print: {
    print: 'Print',
    savePdf: 'Save as PDF',
    saved: 'Saved: {{path}}',
    failed: 'Printing failed: {{reason}}',
    popupBlocked: 'the browser blocked the print window; allow pop-ups for this page and try again',
    notFound: 'Nothing to print',
    seal: '(Court seal)',
    letterhead: { address: 'Address: {{address}}', phone: 'Phone: {{phone}}' },
    pageOf: { before: 'Page ', middle: ' of ', after: '' },
    documentSeal: {
      code: 'Verification code: {{code}}',
      howToCheck:
        'How to check: when this document was printed, its content and the signed head of the audit trail were recorded in the EcoCase database of the issuing court. To confirm that this copy matches the record and has not been altered, give the verification code above (or the code read from the QR code) to the issuing court, which checks it in EcoCase; the result says whether the document still reads the same and whether the signature is valid.',
      failed: 'No verification code could be made: {{reason}}'
    },
    notice: {
      title: 'Notice of assignment of technical investigators',
      to: 'To the parties of this case:',
      intro: 'In case {{caseNumber}} ({{cause}}) before this court, which raises specialised questions of the ecological environment, the court assigns the following technical investigators to take part in the proceedings:',
      parties: 'Parties',
      number: 'No.',
      name: 'Name',
      organisation: 'Organisation',
      jobTitle: 'Title',
      field: 'Field',
      method: 'Method',
      methodDesignated: 'Designated',
      methodDraw: 'Random draw',
      drawRecord: 'Random draw record: draw {{drawId}}, seed {{seed}}.',
      duties: 'Technical investigators act under the judge’s direction and give opinions on technical questions of the damage and its restoration; their opinions inform the bench.',
      recusalRight: {
        civil:
          'A party who believes an investigator above is a party or a near relative of a party or of an agent ad litem, has an interest in the case, or has another relationship with a party or an agent that may affect a fair trial, may apply orally or in writing for the investigator\'s recusal (Civil Procedure Law, art. 47). The application states its reasons and is made when the trial begins; a ground learnt later may be raised until the end of the court debate (art. 48).',
        criminal:
          'A party or their legal representative who believes an investigator above is a party or a near relative of a party, has (or has a near relative with) an interest in the case, has served as witness, expert witness, defender or agent ad litem in the case, or has another relationship with a party that may affect a fair handling of the case, may apply for the investigator\'s recusal (Criminal Procedure Law, arts. 29 and 32).',
        administrative:
          'A party who believes an investigator above has an interest in the case or another relationship that may affect a fair trial may apply for the investigator\'s recusal (Administrative Procedure Law, art. 55).',
        basis: 'The recusal of technical investigators follows the procedure laws\' rules on other court personnel (SPC Provisions on Technical Investigators, 2019, arts. 3 and 4).'
      },
      verify: 'A random draw can be verified with its draw id and seed.',
      contact: 'Presiding judge: {{judge}}  Clerk: {{clerk}}',
      date: '{{date}}'
    }
  }
}
