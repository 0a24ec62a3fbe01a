/**
 * The strings of 数据交换: pairing, packages out and in, conflicts, and the
 * case's exchange card, Chinese first. The English object is typed by the
 * Chinese one, so a key missing from or added to the English fails typecheck.
 */
export const zhCN = {
  exchange: {
    title: '数据交换',
    hint: '法院工作站与技术调查官的笔记本之间以签名的数据包交换案件：先由管理员互相登记配对卡，再导出、携带（U 盘或共享文件夹）、导入。',
    card: {
      title: '本机配对卡',
      name: '安装名称',
      installationId: '安装编号',
      fingerprint: '指纹',
      qrHint: '对方管理员扫描二维码，或复制下面的配对卡（一行 JSON）后在对方的“登记伙伴”中粘贴；登记前双方逐组核对指纹。',
      copy: '复制配对卡',
      copied: '已复制配对卡'
    },
    partners: {
      title: '伙伴安装',
      empty: '尚未登记伙伴安装',
      name: '名称',
      installationId: '安装编号',
      fingerprint: '指纹',
      expert: '所属技术调查官',
      pairedAt: '配对时间',
      add: '登记伙伴'
    },
    pair: {
      card: '配对卡（JSON）',
      cardHint: '粘贴对方“本机配对卡”复制的一行 JSON（或对方命令行 pair --show 的输出）。',
      fingerprint: '此卡的指纹：{{fingerprint}}；请与对方屏幕上显示的指纹逐组核对',
      expert: '所属技术调查官（可选）',
      expertHint: '指定后，发给这台笔记本的案件数据包只能是该技术调查官被指派的案件',
      done: '已登记伙伴：{{name}}'
    },
    export: {
      changesTitle: '导出变更',
      changesHint: '导出本机自对方上次回执确认以来的全部变更（勘查、样品、保管链、检测结果、照片、意见书、回访、偏差）。',
      caseTitle: '导出案件数据包',
      caseHint: '导出此案及其当事人、采样点、指派、所涉专家、参考数据、勘查、样品、结果、意见书和修复令，供对方离线工作。',
      to: '发给',
      run: '导出',
      done: '已导出数据包：{{events}} 个审计事件，{{attachments}} 个附件',
      download: '下载数据包',
      noPartners: '尚未登记伙伴安装：请管理员先在“数据交换”中登记'
    },
    import: {
      title: '导入数据包',
      hint: '选择对方交来的数据包文件（.ecocase）。导入先核验签名、配对、版本、每个事件和附件，有任何问题则拒绝且不作任何更改。',
      choose: '选择数据包文件',
      uploading: '正在上传数据包…',
      parsed: '已读取 {{done}}/{{total}}',
      checked: '已核验 {{done}}/{{total}} 个事件',
      written: '已写入 {{done}}/{{total}} 个事件',
      done: '导入完成',
      refused: '导入被拒绝'
    },
    summary: {
      title: '导入结果',
      source: '来自',
      kind: '类型',
      events: '新事件',
      eventsValue: '{{events}} 个（已有 {{alreadyPresent}} 个）',
      rowsChanged: '更新记录',
      tables: '各类记录',
      noTables: '无',
      conflicts: '冲突',
      noConflicts: '没有冲突',
      conflictsWaiting: '{{count}} 处冲突等待处理：两边都改过同一记录，请在“待处理冲突”中逐字段选择',
      warnings: '注意',
      receipt: '回执',
      receiptHint: '请把回执交回发送方导入，对方下次只导出新的变更。',
      downloadReceipt: '下载回执',
      receiptImported: '已导入对方的回执：确认收到本机发出的数据包'
    },
    kinds: { case: '案件数据包', changes: '变更数据包', receipt: '回执' },
    directions: { out: '发出', in: '收到' },
    caseCard: {
      title: '交换',
      empty: '此案尚未与其他安装交换数据包',
      direction: '方向',
      kind: '内容',
      partner: '对方安装',
      at: '时间',
      events: '事件数'
    },
    conflicts: {
      title: '待处理冲突',
      empty: '没有待处理的冲突',
      record: '记录',
      fields: '不一致的字段',
      resolve: '处理',
      resolverTitle: '处理冲突：{{record}}',
      hint: '两台电脑都改过这条记录。逐字段选择保留哪一方的值；保存后记入审计，并随下一个数据包带给对方。',
      field: '字段',
      local: '本机',
      incoming: '对方',
      base: '原值',
      allLocal: '全部取本机',
      allIncoming: '全部取对方',
      deleted: '一方已删除这条记录：请在两台电脑上核对后重新录入，EcoCase 不会代为删除或恢复。',
      resolved: '冲突已处理',
      notAllowed: '冲突由书记员、法官或技术调查官处理'
    },
  }
}

export const en: typeof zhCN = {
  exchange: {
    title: 'Exchange',
    hint: 'The court workstation and the investigators’ laptops exchange cases as signed packages: the administrators first register each other’s pairing cards, then export, carry (USB drive or shared folder) and import.',
    card: {
      title: 'This installation’s pairing card',
      name: 'Installation name',
      installationId: 'Installation id',
      fingerprint: 'Fingerprint',
      qrHint: 'The other administrator scans the QR code, or copies the card below (one JSON line) and pastes it under “Register partner”; compare the fingerprint group by group before registering.',
      copy: 'Copy pairing card',
      copied: 'Pairing card copied'
    },
    partners: {
      title: 'Partner installations',
      empty: 'No partner installation yet',
      name: 'Name',
      installationId: 'Installation id',
      fingerprint: 'Fingerprint',
      expert: 'Investigator',
      pairedAt: 'Paired at',
      add: 'Register partner'
    },
    pair: {
      card: 'Pairing card (JSON)',
      cardHint: 'Paste the JSON line copied from the other side’s pairing card (or the output of its pair --show).',
      fingerprint: 'This card’s fingerprint: {{fingerprint}}; compare it group by group with the one on the other screen',
      expert: 'Investigator (optional)',
      expertHint: 'When set, case packages to this laptop can only be cases the investigator is assigned to',
      done: 'Partner registered: {{name}}'
    },
    export: {
      changesTitle: 'Export changes',
      changesHint: 'Exports every change made here since the partner’s last receipt (visits, samples, custody, results, photos, opinions, inspections, deviations).',
      caseTitle: 'Export case package',
      caseHint: 'Exports this case with its parties, sites, assignments, experts, reference data, visits, samples, results, opinions and orders, for offline work.',
      to: 'To',
      run: 'Export',
      done: 'Package exported: {{events}} audit events, {{attachments}} attachments',
      download: 'Download package',
      noPartners: 'No partner installation yet: an administrator registers one under Exchange'
    },
    import: {
      title: 'Import package',
      hint: 'Choose the package file (.ecocase) from the other side. The import first checks signature, pairing, version, every event and attachment, and refuses with nothing changed when anything is wrong.',
      choose: 'Choose package file',
      uploading: 'Uploading the package…',
      parsed: 'Read {{done}}/{{total}}',
      checked: 'Checked {{done}}/{{total}} events',
      written: 'Written {{done}}/{{total}} events',
      done: 'Import complete',
      refused: 'Import refused'
    },
    summary: {
      title: 'What came in',
      source: 'From',
      kind: 'Kind',
      events: 'New events',
      eventsValue: '{{events}} ({{alreadyPresent}} already here)',
      rowsChanged: 'Records changed',
      tables: 'Records by kind',
      noTables: 'None',
      conflicts: 'Conflicts',
      noConflicts: 'No conflicts',
      conflictsWaiting: '{{count}} conflicts wait: both sides changed the same record; choose field by field under “Open conflicts”',
      warnings: 'Note',
      receipt: 'Receipt',
      receiptHint: 'Take the receipt back to the sender to import, so its next package holds only new changes.',
      downloadReceipt: 'Download receipt',
      receiptImported: 'Receipt imported: the other side confirms it received a package sent from here'
    },
    kinds: { case: 'Case package', changes: 'Changes package', receipt: 'Receipt' },
    directions: { out: 'Sent', in: 'Received' },
    caseCard: {
      title: 'Exchange',
      empty: 'No package of this case exchanged yet',
      direction: 'Direction',
      kind: 'Content',
      partner: 'Partner',
      at: 'Time',
      events: 'Events'
    },
    conflicts: {
      title: 'Open conflicts',
      empty: 'No open conflicts',
      record: 'Record',
      fields: 'Differing fields',
      resolve: 'Resolve',
      resolverTitle: 'Resolve conflict: {{record}}',
      hint: 'Both computers changed this record. Choose, field by field, which side to keep; saving is audited and travels to the other side in the next package.',
      field: 'Field',
      local: 'Here',
      incoming: 'Other side',
      base: 'Before',
      allLocal: 'All from here',
      allIncoming: 'All from the other side',
      deleted: 'One side deleted this record: check on both computers and enter it again; EcoCase will not delete or restore it for you.',
      resolved: 'Conflict resolved',
      notAllowed: 'Conflicts are resolved by a clerk, judge or investigator'
    },
  }
}
