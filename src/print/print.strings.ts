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
      recusalRight: '当事人认为上述技术调查官有法律规定应当回避情形的，可以自收到本通知书之日起三日内向本院书面申请回避，并说明理由。',
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
      recusalRight: 'A party who believes an investigator above should withdraw may apply to this court in writing, with reasons, within three days of receiving this notice.',
      verify: 'A random draw can be verified with its draw id and seed.',
      contact: 'Presiding judge: {{judge}}  Clerk: {{clerk}}',
      date: '{{date}}'
    }
  }
}
