/**
 * The strings of the court's settings, exports and record history, Chinese first. The English object is typed by the
 * Chinese one, so a key missing from or added to the English fails typecheck.
 */
export const zhCN = {
  templates: { labResultsCsv: '下载检测结果导入模板（CSV）', labResultsXlsx: '下载检测结果导入模板（Excel）', expertsCsv: '专家导入模板（CSV）', expertsXlsx: '专家导入模板（Excel）' },
  expertImport: {
    button: '导入专家（CSV/Excel）',
    refused: '未导入任何专家：{{fileName}} 有 {{count}} 处错误，请改正后重新导入',
    done: '已导入 {{imported}} 位专家，跳过已在库的 {{skipped}} 位',
    line: '行',
    reason: '原因'
  },
  exports: {
    word: '导出 Word',
    excel: '导出 Excel',
    wordDone: '已导出 Word 文件，文书核验码 {{code}}',
    failed: '导出失败：{{reason}}'
  },
  viewer: {
    title: '{{name}}',
    open: '查看',
    loading: '正在核对文件…',
    mismatch: '文件内容与登记的 SHA-256 不符，不予显示',
    failed: '无法显示：{{reason}}',
    none: '无附件',
    fileName: '文件名',
    sha256: 'SHA-256',
    checked: '已核对：文件内容与哈希一致',
    uploadedAt: '上传时间',
    takenAt: '拍摄时间（EXIF）',
    takenAtAssumed: '{{time}}（照片未记时区，按北京时间）',
    noExifTime: '照片未记拍摄时间',
    photoPosition: '拍摄位置（EXIF GPS，WGS-84）',
    noExifPosition: '照片未记 GPS 位置',
    sitePosition: '采样点坐标（WGS-84）',
    noSitePosition: '采样点未登记坐标',
    distance: '距采样点约 {{metres}} 米',
    pdf: 'PDF 报告',
    position: '{{n}} / {{total}}',
    previous: '上一张',
    next: '下一张'
  },
  audit: {
    title: '审计日志',
    at: '时间',
    actor: '操作人',
    channel: '操作通道',
    action: '操作',
    record: '记录类型',
    recordId: '记录编号',
    changes: '变更内容',
    event: '事件',
    from: '开始日期',
    to: '结束日期',
    export: '导出 CSV'
  },
  history: {
    title: '历史',
    show: '显示历史',
    hide: '收起',
    empty: '（空）',
    none: '尚无历史记录',
    noVisibleChange: '（仅记录信息变化）',
    value: '{{field}}：{{value}}',
    changed: '{{field}}：{{before}} → {{after}}',
    actions: { created: '新增', updated: '修改', voided: '作废', removed: '删除' },
    facts: { 'document.print': '打印文书（生成核验码）', 'session.sign_in': '登录', 'chain.head': '签署审计链头' },
    tables: {
      expert: '专家', expert_field: '专家领域', expert_affiliation: '专家关联单位', court_case: '案件', case_party: '当事人', site: '采样点',
      assignment: '指派', expert_draw: '随机抽取', case_conflict: '回避事由', attachment: '附件', site_visit: '现场勘查', sample: '样品',
      sample_photo: '样品照片', custody_event: '流转记录', lab_result: '检测结果', restoration_order: '修复令', milestone: '履行节点',
      inspection: '回访', deviation: '偏差', acceptance: '验收', damage_estimate: '损害估算', opinion: '技术调查意见',
      opinion_signature: '意见签署', opinion_visit: '意见所依勘查', opinion_sample: '意见所依样品', opinion_draft_order: '意见草拟修复令',
      court_setting: '法院信息', app_user: '用户', field: '专业领域', case_reopening: '案件重启', sample_amendment: '样品修改原因',
      backup_schedule: '定时备份设置', backup_run: '备份记录', acceptance_member: '验收组成员', app_user_role: '用户角色',
      case_participant: '诉讼参与人', expert_relative: '专家近亲属', recusal_matter: '回避事项', holding_time: '保存时限',
      sampling_setting: '采样设置', security_setting: '安全设置', order_type: '修复令类型', order_site: '修复地点',
      order_supervisor: '监督人', order_handover: '修复地移交', milestone_evidence: '节点证据', milestone_sample: '节点所依样品',
      inspection_photo: '回访照片', deviation_evidence: '偏差证据', partner: '伙伴安装', exchange_package: '数据包',
      exchange_conflict: '交换冲突', exchange_held_event: '搁置的导入事件'
    },
    columns: {
      name: '名称', organisation: '单位', title: '职称', phone: '电话', email: '邮箱', term_start: '聘任起始', term_end: '聘任届满',
      status: '状态', max_concurrent_cases: '同时承办上限', notes: '备注', primary_field_id: '主要领域', field_id: '领域', relation: '关系',
      case_number: '案号', cause: '案由', court: '承办法院', judge_id: '承办法官', clerk_id: '书记员', type: '类型', stage: '审级',
      filed_on: '立案日期', hearing_on: '开庭日期', judged_on: '判决日期', closed_on: '结案日期', role: '角色', position: '序号',
      code: '编号', matrix: '样品类型', sampled_at: '采样时间', depth_m: '深度（m）', sampler: '采样人', sampler_organisation: '采样单位',
      supervising_investigator: '监督调查官', container: '容器', volume_ml: '体积（mL）', preservative: '保存剂', qc_type: '质控类型',
      seal_number: '封条编号', land_use: '用地类型', field_measurements_json: '现场测定', visit_date: '勘查日期', people_present_json: '在场人员',
      weather: '天气', relinquished_by: '移交人', received_by: '接收人', receiver_kind: '接收方类型', at: '时间', place: '地点',
      condition: '样品状态', temperature_c: '温度（℃）', seal_intact: '封条完好', parameter_key: '检测项目', value: '测定值',
      qualifier: '限定符', unit: '单位', detection_limit: '检出限', method: '方法', lab: '检测机构', report_number: '报告编号',
      analysed_at: '分析时间', order_number: '修复令编号', obligor: '修复义务人', executor: '第三方实施单位', deadline: '履行期限',
      due_date: '到期日', done_on: '完成日期', restoration_fee_fen: '修复费用', bond_fen: '履约保证金', issued_on: '签发日期',
      voided_at: '作废时间', voided_by: '作废人', void_reason: '作废原因', full_name: '法院全称', short_name: '法院简称',
      tribunal: '审判庭', address: '地址', seal_position: '印章位置', latitude: '纬度', longitude: '经度', accuracy_m: '精度（m）',
      findings: '调查情况', statement: '声明', version: '版本', sha256: 'SHA-256', file_name: '文件名', description: '描述',
      reason: '原因', sample_revision: '样品修订号',
      enabled: '启用', interval_hours: '间隔（小时）', folder: '文件夹', keep_count: '保留份数', trigger: '触发方式', out_root: '备份位置',
      started_at: '开始时间', finished_at: '结束时间', outcome: '结果', message: '原因', pruned: '清理结果', pruned_at: '清理时间', manifest_signature: '清单签名'
    }
  },
  court: {
    title: '法院信息',
    hint: '由管理员填写一次，所有打印文书和导出文件的文头、落款均取自这里。印章只在纸质文书上加盖，系统不保存印章图像。',
    fullName: '法院全称',
    shortName: '法院简称',
    tribunal: '审判庭',
    address: '地址',
    phone: '电话',
    sealPosition: '印章位置',
    sealPositions: {
      over_date: '盖在落款日期上（骑年盖月）',
      right_of_signature: '落款右侧',
      none: '不留盖章位置'
    },
    save: '保存法院信息',
    unset: '尚未填写法院信息：打印文书的文头将使用案件登记的承办法院。'
  }
}

export const en: typeof zhCN = {
  templates: {
    labResultsCsv: 'Download the lab-results import template (CSV)',
    labResultsXlsx: 'Download the lab-results import template (Excel)',
    expertsCsv: 'Expert import template (CSV)',
    expertsXlsx: 'Expert import template (Excel)'
  },
  expertImport: {
    button: 'Import experts (CSV/Excel)',
    refused: 'No expert imported: {{fileName}} has {{count}} errors; fix them and import again',
    done: 'Imported {{imported}} experts, skipped {{skipped}} already in the pool',
    line: 'Line',
    reason: 'Reason'
  },
  exports: {
    word: 'Export Word',
    excel: 'Export Excel',
    wordDone: 'Word file exported, verification code {{code}}',
    failed: 'Export failed: {{reason}}'
  },
  viewer: {
    title: '{{name}}',
    open: 'View',
    loading: 'Checking the file…',
    mismatch: 'The file does not match its recorded SHA-256 and is not shown',
    failed: 'Cannot show the file: {{reason}}',
    none: 'No attachments',
    fileName: 'File name',
    sha256: 'SHA-256',
    checked: 'Checked: the file matches its hash',
    uploadedAt: 'Uploaded',
    takenAt: 'Taken (EXIF)',
    takenAtAssumed: '{{time}} (no time zone in the photo; read as Beijing time)',
    noExifTime: 'The photo records no capture time',
    photoPosition: 'Photo position (EXIF GPS, WGS-84)',
    noExifPosition: 'The photo records no GPS position',
    sitePosition: 'Site coordinates (WGS-84)',
    noSitePosition: 'The site has no coordinates',
    distance: 'about {{metres}} m from the site',
    pdf: 'PDF report',
    position: '{{n}} / {{total}}',
    previous: 'Previous',
    next: 'Next'
  },
  audit: {
    title: 'Audit log',
    at: 'Time',
    actor: 'User',
    channel: 'Channel',
    action: 'Action',
    record: 'Record type',
    recordId: 'Record id',
    changes: 'Changes',
    event: 'Event',
    from: 'From',
    to: 'To',
    export: 'Export CSV'
  },
  history: {
    title: 'History',
    show: 'Show history',
    hide: 'Hide',
    empty: '(empty)',
    none: 'No history yet',
    noVisibleChange: '(bookkeeping only)',
    value: '{{field}}: {{value}}',
    changed: '{{field}}: {{before}} → {{after}}',
    actions: { created: 'Added', updated: 'Changed', voided: 'Voided', removed: 'Removed' },
    facts: { 'document.print': 'Printed a document (verification code)', 'session.sign_in': 'Signed in', 'chain.head': 'Signed the audit chain head' },
    tables: {
      expert: 'Expert', expert_field: 'Expert field', expert_affiliation: 'Expert affiliation', court_case: 'Case', case_party: 'Party', site: 'Site',
      assignment: 'Assignment', expert_draw: 'Random draw', case_conflict: 'Conflict', attachment: 'Attachment', site_visit: 'Site visit', sample: 'Sample',
      sample_photo: 'Sample photo', custody_event: 'Custody event', lab_result: 'Lab result', restoration_order: 'Restoration order', milestone: 'Milestone',
      inspection: 'Inspection', deviation: 'Deviation', acceptance: 'Acceptance', damage_estimate: 'Damage estimate', opinion: 'Technical opinion',
      opinion_signature: 'Opinion signature', opinion_visit: 'Visit relied on', opinion_sample: 'Sample relied on', opinion_draft_order: 'Draft order',
      court_setting: 'Court', app_user: 'User', field: 'Field', case_reopening: 'Case reopening', sample_amendment: 'Reason for a sample change',
      backup_schedule: 'Backup schedule', backup_run: 'Backup run', acceptance_member: 'Acceptance team member', app_user_role: 'User role',
      case_participant: 'Participant', expert_relative: "Expert's near relative", recusal_matter: 'Recusal matter', holding_time: 'Holding time',
      sampling_setting: 'Sampling setting', security_setting: 'Security setting', order_type: 'Order type', order_site: 'Order site',
      order_supervisor: 'Supervisor', order_handover: 'Site handover', milestone_evidence: 'Milestone evidence', milestone_sample: 'Milestone sample',
      inspection_photo: 'Inspection photo', deviation_evidence: 'Deviation evidence', partner: 'Partner installation', exchange_package: 'Package',
      exchange_conflict: 'Exchange conflict', exchange_held_event: 'Held imported event'
    },
    columns: {
      name: 'Name', organisation: 'Organisation', title: 'Title', phone: 'Phone', email: 'Email', term_start: 'Term start', term_end: 'Term end',
      status: 'Status', max_concurrent_cases: 'Max concurrent cases', notes: 'Notes', primary_field_id: 'Primary field', field_id: 'Field', relation: 'Relation',
      case_number: 'Case number', cause: 'Cause', court: 'Court', judge_id: 'Judge', clerk_id: 'Clerk', type: 'Type', stage: 'Stage',
      filed_on: 'Filed on', hearing_on: 'Hearing on', judged_on: 'Judged on', closed_on: 'Closed on', role: 'Role', position: 'No.',
      code: 'Code', matrix: 'Matrix', sampled_at: 'Sampled at', depth_m: 'Depth (m)', sampler: 'Sampler', sampler_organisation: 'Sampling organisation',
      supervising_investigator: 'Supervising investigator', container: 'Container', volume_ml: 'Volume (mL)', preservative: 'Preservative', qc_type: 'QC type',
      seal_number: 'Seal number', land_use: 'Land use', field_measurements_json: 'Field measurements', visit_date: 'Visit date', people_present_json: 'People present',
      weather: 'Weather', relinquished_by: 'Relinquished by', received_by: 'Received by', receiver_kind: 'Receiver', at: 'Time', place: 'Place',
      condition: 'Condition', temperature_c: 'Temperature (°C)', seal_intact: 'Seal intact', parameter_key: 'Parameter', value: 'Value',
      qualifier: 'Qualifier', unit: 'Unit', detection_limit: 'Detection limit', method: 'Method', lab: 'Lab', report_number: 'Report number',
      analysed_at: 'Analysed at', order_number: 'Order number', obligor: 'Obligor', executor: 'Executor', deadline: 'Deadline',
      due_date: 'Due date', done_on: 'Done on', restoration_fee_fen: 'Restoration fee', bond_fen: 'Bond', issued_on: 'Issued on',
      voided_at: 'Voided at', voided_by: 'Voided by', void_reason: 'Void reason', full_name: 'Full name', short_name: 'Short name',
      tribunal: 'Tribunal', address: 'Address', seal_position: 'Seal position', latitude: 'Latitude', longitude: 'Longitude', accuracy_m: 'Accuracy (m)',
      findings: 'Findings', statement: 'Statement', version: 'Version', sha256: 'SHA-256', file_name: 'File name', description: 'Description',
      reason: 'Reason', sample_revision: 'Sample revision',
      enabled: 'Enabled', interval_hours: 'Interval (hours)', folder: 'Folder', keep_count: 'Keep', trigger: 'Trigger', out_root: 'Backup location',
      started_at: 'Started', finished_at: 'Finished', outcome: 'Outcome', message: 'Reason', pruned: 'Pruning', pruned_at: 'Pruned at', manifest_signature: 'Manifest signature'
    }
  },
  court: {
    title: 'Court',
    hint: 'Entered once by an administrator; every printed document and export takes its letterhead and signature line from here. The seal is stamped on paper only: no image of a seal is stored.',
    fullName: 'Full name',
    shortName: 'Short name',
    tribunal: 'Tribunal',
    address: 'Address',
    phone: 'Phone',
    sealPosition: 'Seal position',
    sealPositions: {
      over_date: 'Over the date of issue',
      right_of_signature: 'Right of the signature',
      none: 'No room for a seal'
    },
    save: 'Save court details',
    unset: 'The court details are not set yet: prints use the court registered with the case.'
  }
}
