import { separators, type Language } from './errors'

/**
 * What a forensic check (`verify`, a restore's check, `verify --document`)
 * found, as reasons with parameters (issue 9: core speaks codes, the CLI
 * and the renderer speak the language). `{{name}}` stands for a parameter;
 * a parameter may itself be a reason (the event or record a finding names),
 * and a list is joined with 、 in Chinese and ", " in English. Alphabetical,
 * one a line.
 */
export const verifyReasons = {
  attachment_altered: { zh: '{{attachment}}的文件内容已改变：哈希为 {{hashed}}，记录为 {{recorded}}（文件被改动或被同名文件替换）', en: '{{attachment}}: its file changed: it hashes to {{hashed}}, the record says {{recorded}} (the file was altered or replaced by one of the same name)' },
  attachment_bad_hash: { zh: '{{attachment}}的哈希记录格式不正确：{{sha256}}', en: '{{attachment}}: malformed recorded hash: {{sha256}}' },
  attachment_missing: { zh: '{{attachment}}的文件缺失（{{path}}）', en: '{{attachment}}: its file is missing ({{path}})' },
  attachment_named: { zh: '附件 {{name}}（{{id}}）', en: 'Attachment {{name}} ({{id}})' },
  attachment_size: { zh: '{{attachment}}的大小为 {{size}} 字节，记录为 {{recorded}} 字节', en: '{{attachment}}: its size is {{size}} bytes, the record says {{recorded}} bytes' },
  backup_file_altered: { zh: '{{file}}内容已改变（{{path}}：哈希与清单不符）', en: '{{file}} changed ({{path}}: its hash does not match the manifest)' },
  backup_file_attachment: { zh: '附件', en: 'An attachment' },
  backup_file_database: { zh: '数据库文件', en: 'The database file' },
  backup_file_key: { zh: '安装密钥文件', en: 'The installation key file' },
  backup_file_missing: { zh: '{{file}}缺失（{{path}}）', en: '{{file}} is missing ({{path}})' },
  backup_file_size: { zh: '{{file}}大小不符（{{path}}：{{size}} 字节，清单为 {{recorded}} 字节，文件被截断或改动）', en: '{{file}} has the wrong size ({{path}}: {{size}} bytes, the manifest says {{recorded}}; the file was truncated or changed)' },
  backup_folder_missing: { zh: '备份文件夹不存在：{{folder}}', en: 'No backup folder at {{folder}}' },
  backup_head_missing: { zh: '为此备份签署的审计链头不在备份的审计链中', en: 'The chain head signed for this backup is not in the backup’s audit chain' },
  backup_identity_mismatch: { zh: '清单中的安装身份与备份数据库不符', en: 'The installation identity in the manifest does not match the backed-up database' },
  backup_manifest_absent: { zh: '{{folder}} 中没有备份清单（{{file}}），不是 EcoCase 备份', en: '{{folder}} holds no backup manifest ({{file}}): not an EcoCase backup' },
  backup_manifest_database_name: { zh: '清单中的数据库文件名不是 {{name}}', en: 'The database file named in the manifest is not {{name}}' },
  backup_manifest_files: { zh: '清单中的文件列表不完整或路径不安全', en: 'The manifest’s list of files is incomplete or has unsafe paths' },
  backup_manifest_forged: { zh: '清单的签名无效：清单被改动', en: 'The manifest’s signature is invalid: the manifest was changed' },
  backup_manifest_format: { zh: '清单格式不是 {{format}}', en: 'The manifest’s format is not {{format}}' },
  backup_manifest_identity: { zh: '清单缺少安装身份、链头或签名', en: 'The manifest lacks the installation identity, the chain head or the signature' },
  backup_manifest_not_json: { zh: '清单文件不是有效的 JSON', en: 'The manifest file is not valid JSON' },
  backup_verify_failed: { zh: '核验未通过：{{finding}}', en: 'Check failed: {{finding}}' },
  chain_event_altered: { zh: '{{event}}的内容与其哈希不符：事件被改动（例如操作人、时间或记录内容）', en: '{{event}}: its content does not match its hash: the event was altered (its actor, time or record, for instance)' },
  chain_event_forged: { zh: '{{event}}的签名无效：事件是伪造的', en: '{{event}}: invalid signature: the event is forged' },
  chain_event_unreadable: { zh: '{{event}}的内容无法解析：事件被改动', en: '{{event}}: its content cannot be parsed: the event was altered' },
  chain_events_missing: { zh: '{{chain}}缺少第 {{range}} 号事件：事件被删除', en: '{{chain}} lacks event {{range}}: events were deleted' },
  chain_head_unreadable: { zh: '{{event}}：签名链头无法读取', en: '{{event}}: the signed chain head cannot be read' },
  chain_legacy: { zh: '审计链', en: 'The audit chain' },
  chain_link_broken: { zh: '{{event}}与前一事件的链接不符：事件被删除、插入或调换了次序', en: '{{event}} does not link to the event before it: events were deleted, inserted or reordered' },
  chain_of_installation: { zh: '安装 {{installation}} 的审计链', en: 'The audit chain of installation {{installation}}' },
  chain_truncated: { zh: '审计链被截断：{{signedAt}} 签名的链头记录到第 {{seq}} 号事件，链中只剩到第 {{tipSeq}} 号（末尾 {{lost}} 个事件被删除）', en: 'The audit chain was cut short: the head signed at {{signedAt}} reaches event {{seq}}, the chain only event {{tipSeq}} (its last {{lost}} events were deleted)' },
  document_content_changed: { zh: '文书内容：与数据库不一致，文书打印后数据库中的内容有了变化：', en: 'Document content: differs from the database, which changed after the document was printed:' },
  document_content_gone: { zh: '文书内容：文书所依据的记录已不在数据库中', en: 'Document content: the records it was printed from are no longer in the database' },
  document_content_same: { zh: '文书内容：与数据库一致，文书仍如打印时所载', en: 'Document content: matches the database; the document still reads as printed' },
  document_code_malformed: { zh: '文书核验码格式不正确：{{code}}（应为 32 位十六进制数字，可含连字符）', en: 'Malformed document code: {{code}} (32 hexadecimal digits, hyphens allowed)' },
  document_difference: { zh: '  {{path}}：打印时为 {{then}}，现为 {{now}}', en: '  {{path}}: printed as {{then}}, now {{now}}' },
  document_head_bad_signature: { zh: '签名链头：在审计链中，但签名无效（安装 {{installation}} 第 {{seq}} 号事件）', en: 'Signed chain head: in the audit chain, but its signature is invalid (installation {{installation}}, event {{seq}})' },
  document_head_mismatch: { zh: '签名链头：与审计链不符：打印后审计链被改动、截断或重算（安装 {{installation}} 第 {{seq}} 号事件）', en: 'Signed chain head: does not match the audit chain, which was altered, cut short or recomputed after printing (installation {{installation}}, event {{seq}})' },
  document_head_valid: { zh: '签名链头：在审计链中（安装 {{installation}} 第 {{seq}} 号事件），签名有效', en: 'Signed chain head: in the audit chain (installation {{installation}}, event {{seq}}), signature valid' },
  document_kind_assignment_notice: { zh: '技术调查官指派通知书', en: 'Notice of assignment of technical investigators' },
  document_kind_collection_record: { zh: '采样记录表', en: 'Sample collection record' },
  document_kind_custody_form: { zh: '样品流转记录单', en: 'Sample custody form' },
  document_kind_opinion: { zh: '技术调查意见', en: 'Technical investigation opinion' },
  document_kind_order_summary: { zh: '修复令执行情况摘要', en: 'Restoration order summary' },
  document_not_in_chain: { zh: '文书核验码 {{code}} 不在本数据库的审计链中：文书不是由此数据库打印的，或其打印记录被删除', en: 'The document code {{code}} is not in this database\'s audit chain: the document was not printed from this database, or its print record was deleted' },
  document_printed: { zh: '文书：{{kind}}（记录 {{subject}}），打印于 {{printedAt}}', en: 'Document: {{kind}} (record {{subject}}), printed at {{printedAt}}' },
  event_at: { zh: '第 {{seq}} 号事件（{{channel}}，{{at}}）', en: 'event {{seq}} ({{channel}}, {{at}})' },
  event_in_chain: { zh: '{{chain}}第 {{seq}} 号事件（{{channel}}，{{entity}}，{{at}}）', en: '{{chain}}, event {{seq}} ({{channel}}, {{entity}}, {{at}})' },
  event_in_chain_short: { zh: '{{chain}}第 {{seq}} 号事件（{{channel}}，{{at}}）', en: '{{chain}}, event {{seq}} ({{channel}}, {{at}})' },
  exchange_event_changed: { zh: '安装 {{installation}} 的审计链第 {{seq}} 号事件与导入时的数据包清单不符：导入后被改动', en: 'Event {{seq}} of installation {{installation}}\'s audit chain does not match the manifest of the package that brought it: altered after the import' },
  exchange_event_deleted: { zh: '导入的安装 {{installation}} 审计链第 {{seq}} 号事件缺失：导入后被删除', en: 'Imported event {{seq}} of installation {{installation}}\'s audit chain is missing: deleted after the import' },
  exchange_event_unlisted: { zh: '安装 {{installation}} 的审计链第 {{seq}} 号事件（{{channel}}，{{at}}）不在任何已导入数据包的签名清单中：在 EcoCase 之外被加入', en: 'Event {{seq}} of installation {{installation}}\'s audit chain ({{channel}}, {{at}}) is in no imported package\'s signed manifest: added outside EcoCase' },
  exchange_local_held: { zh: '{{count}} 个本安装的事件被标为“未应用”：只有导入的事件可以被搁置，记录被改动', en: '{{count}} events of this installation are marked “not applied”: only imported events can be held, so the records were altered' },
  exchange_manifest_forged: { zh: '导入的数据包 {{package}} 的清单签名无效：导入记录被改动', en: 'The imported package {{package}} has an invalid manifest signature: its import record was altered' },
  head_file_forged: { zh: '链头文件（chain-head.json）的签名无效：文件被改动', en: 'The chain head file (chain-head.json) has an invalid signature: the file was altered' },
  head_file_mismatch: { zh: '审计链第 {{seq}} 号事件与 {{signedAt}} 签名的链头文件不符：链被改动或重算', en: 'Event {{seq}} of the audit chain does not match the head file signed at {{signedAt}}: the chain was altered or recomputed' },
  head_file_unreadable: { zh: '链头文件（chain-head.json）无法读取：文件被改动', en: 'The chain head file (chain-head.json) cannot be read: the file was altered' },
  head_forged: { zh: '{{event}}：{{head}}的签名无效：链头是伪造的', en: '{{event}}: {{head}} has an invalid signature: the head is forged' },
  head_mismatch: { zh: '{{chain}}第 {{seq}} 号事件与{{head}}不符：签名之后链被改动或重算', en: '{{chain}}, event {{seq}} does not match {{head}}: the chain was altered or recomputed after signing' },
  head_other_installation: { zh: '{{event}}：{{head}}属于另一安装 {{installation}}', en: '{{event}}: {{head}} belongs to another installation, {{installation}}' },
  head_reason_backup: { zh: '备份', en: 'backup' },
  head_reason_close: { zh: '关闭', en: 'close' },
  head_reason_daily: { zh: '每日', en: 'daily' },
  head_reason_open: { zh: '打开', en: 'open' },
  head_reason_print: { zh: '打印', en: 'print' },
  head_signed: { zh: '签于 {{signedAt}}（{{reason}}）的链头', en: 'the head signed at {{signedAt}} ({{reason}})' },
  identity_key_mismatch: { zh: '安装密钥文件与安装 {{installation}} 登记的公钥不符：密钥或公钥被替换', en: 'The installation key file does not match the public key recorded for installation {{installation}}: the key or the public key was replaced' },
  identity_no_installation: { zh: '{{chain}}：安装记录（公钥）缺失，无法核对签名', en: '{{chain}}: the installation record (public key) is missing, so signatures cannot be checked' },
  integrity_disturbed: { zh: '核验期间此数据文件夹被 EcoCase 打开（出现了 -wal 文件），读到的可能不是同一时刻的数据：请关闭 EcoCase 后重新核验', en: 'EcoCase opened this data folder during the check (a -wal file appeared), so what was read may not be one moment\'s data: close EcoCase and verify again' },
  integrity_failed: { zh: '数据库完整性检查失败：{{problem}}', en: 'The database integrity check failed: {{problem}}' },
  note_head_file_missing: { zh: '链头文件（chain-head.json）缺失，未能核对链尾是否被截断', en: 'The chain head file (chain-head.json) is missing, so whether the chain\'s end was cut off was not checked' },
  note_key_unreadable: { zh: '安装密钥文件无法读取（权限不足？），未核对', en: 'The installation key file cannot be read (permissions?) and was not checked' },
  note_no_identity: { zh: '此数据库还没有安装身份（尚未由新版 EcoCase 打开过）', en: 'This database has no installation identity yet (no recent EcoCase has opened it)' },
  note_not_upgraded: { zh: '此数据库尚未升级到按安装分链的版本（用 EcoCase 打开一次即可升级）：只核对了哈希链，无法核对签名', en: 'This database is not yet upgraded to one chain per installation (opening it once in EcoCase upgrades it): only the hash chain was checked, not signatures' },
  purpose_custody_handover: { zh: '样品移交', en: 'sample handover' },
  purpose_draw_confirm: { zh: '随机抽取确认', en: 'random draw confirmation' },
  purpose_opinion_sign: { zh: '技术调查意见签署', en: 'opinion signing' },
  purpose_order_accept: { zh: '修复令验收', en: 'order acceptance' },
  purpose_order_issue: { zh: '修复令签发', en: 'order issue' },
  restore_refused: { zh: '未恢复，未作任何更改：{{problems}}', en: 'Not restored, nothing changed: {{problems}}' },
  restore_target_busy: {
    zh: '目标文件夹 {{target}} 正在被运行中的 EcoCase（应用、浏览器预览或命令行）使用；请先关闭使用它的程序，再恢复',
    en: 'The target folder {{target}} is in use by a running EcoCase (the app, the browser preview or the CLI); close it, then restore'
  },
  restore_target_not_empty: {
    zh: '目标文件夹 {{target}} 不为空；如确要替换，请加 --replace（原文件夹会改名保留，不会删除）',
    en: 'The target folder {{target}} is not empty; to replace it, add --replace (the folder is kept under a new name, not deleted)'
  },
  row_back: { zh: '{{row}}在审计链中已删除（{{event}}），表中却仍存在：在 EcoCase 之外被加回', en: '{{row}} was deleted in the audit chain ({{event}}) but is still in the table: added back outside EcoCase' },
  row_batch_unreadable: { zh: '{{event}}的批量记录无法读取：事件被改动', en: '{{event}}: its batch of records cannot be read: the event was altered' },
  row_changed: { zh: '{{row}}在 EcoCase 之外被改动，与审计链{{event}}不符的字段 {{columns}}（{{details}}）', en: '{{row}} was changed outside EcoCase; fields that differ from the audit chain\'s {{event}}: {{columns}} ({{details}})' },
  row_continuity: { zh: '{{row}}：{{event}}修改前的记录与第 {{previousSeq}} 号事件之后的记录不符（字段 {{columns}}）：两次事件之间在 EcoCase 之外被改动', en: '{{row}}: the record before {{event}} differs from the record after event {{previousSeq}} (fields {{columns}}): changed outside EcoCase between the two events' },
  row_deleted: { zh: '{{row}}缺失：在 EcoCase 之外被删除（审计链最后记录于{{event}}）', en: '{{row}} is missing: deleted outside EcoCase (last recorded in the audit chain at {{event}})' },
  row_field: { zh: '{{column}}：表中为 {{stored}}，审计链为 {{chain}}', en: '{{column}}: {{stored}} in the table, {{chain}} in the audit chain' },
  row_in_table: { zh: '表 {{table}} 中的记录 {{id}}', en: 'Record {{id}} of table {{table}}' },
  row_no_key: { zh: '{{row}}：审计链{{event}}中的记录没有主键列，无法与表核对', en: '{{row}}: the record in the audit chain\'s {{event}} has no key columns and cannot be compared with the table' },
  row_old_format_only: { zh: '{{row}} 只有旧格式（转换前）的审计事件，无法逐字段核对', en: '{{row}} has only old-format audit events (before conversion) and cannot be compared field by field' },
  row_unexplained: { zh: '{{row}} 没有任何审计事件：在 EcoCase 之外被添加', en: '{{row}} has no audit event: added outside EcoCase' },
  signature_content_hash: { zh: '签名内容与其摘要不符', en: 'the signed content does not match its digest' },
  signature_fingerprint_mismatch: { zh: '签名所示的密钥指纹与密钥不符', en: 'the key fingerprint shown does not match the key' },
  signature_invalid: { zh: '签名无效（不是该密钥对此内容的签名）', en: 'invalid signature (not this key\'s signature of this content)' },
  signature_key_absent: { zh: '签名所用的密钥不在库中', en: 'the signing key is not in the database' },
  signature_key_not_signers: { zh: '签名所用的密钥不属于署名的账户', en: 'the signing key does not belong to the signing account' },
  signature_key_out_of_term: { zh: '签名时该密钥不在有效期内', en: 'the key was not valid when it signed' },
  signature_line: { zh: '个人签名：{{purpose}}，{{signer}}，{{signedAt}}，密钥指纹 {{fingerprint}}：{{verdict}}', en: 'Personal signature: {{purpose}}, {{signer}}, {{signedAt}}, key fingerprint {{fingerprint}}: {{verdict}}' },
  signature_problem: { zh: '个人签名 {{id}}（{{purpose}}，记录 {{subject}}）：{{problem}}', en: 'Personal signature {{id}} ({{purpose}}, record {{subject}}): {{problem}}' },
  signature_record_changed: { zh: '所签署的记录在签名后被改动', en: 'the signed record was changed after signing' },
  signature_record_gone: { zh: '所签署的记录已不在库中', en: 'the signed record is no longer in the database' },
  signature_valid: { zh: '有效', en: 'valid' },
  signer_named: { zh: '{{name}}（{{username}}）', en: '{{name}} ({{username}})' },
  tail_forged: { zh: '{{event}}的签名无效：事件是伪造的，或链被重算', en: '{{event}}: invalid signature: the event is forged or the chain recomputed' },
  tail_unsigned: { zh: '{{event}}没有签名，其后也没有签名的链头：无法证明它出自本安装', en: '{{event}} has no signature and no signed head follows it: nothing shows it came from this installation' },
  value_no_field: { zh: '（无此字段）', en: '(no such field)' },
  value_none: { zh: '（无）', en: '(none)' }
} satisfies Record<string, { zh: string; en: string }>

export type VerifyReason = keyof typeof verifyReasons

/** A finding's parameter: a name, number or id from the folder; a reason of its own; or a list of either. */
export type VerifyValue = string | number | VerifyPart | readonly (string | number | VerifyPart)[]
export type VerifyParams = { readonly [name: string]: VerifyValue }

/** A reason with its parameters: a finding, a note, a line of `verify --document`, or a part of one. */
export interface VerifyPart {
  reason: VerifyReason
  params?: VerifyParams
}

/** Shorthand for a part. */
export function part(reason: VerifyReason, params?: VerifyParams): VerifyPart {
  return params ? { reason, params } : { reason }
}

/** A part's words in a language, its parameters (and the parts inside them) filled in. */
export function verifyText(p: VerifyPart, language: Language): string {
  return verifyReasons[p.reason][language].replace(/\{\{(\w+)\}\}/g, (_, name: string) => valueText(p.params?.[name] ?? '', language))
}

function valueText(value: VerifyValue, language: Language): string {
  if (Array.isArray(value)) return value.map((v: string | number | VerifyPart) => valueText(v, language)).join(separators[language].list)
  if (typeof value === 'object') return verifyText(value as VerifyPart, language)
  return String(value)
}

const headReasons: Record<string, VerifyReason> = { backup: 'head_reason_backup', close: 'head_reason_close', daily: 'head_reason_daily', open: 'head_reason_open', print: 'head_reason_print' }

/** Why a chain head was signed, as a part when it is one the app writes, else as stored. */
export function headReason(reason: string): VerifyPart | string {
  const known = headReasons[reason]
  return known ? part(known) : reason
}
