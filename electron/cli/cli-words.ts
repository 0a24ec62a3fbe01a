import type { Language } from '../shared/errors'
import { verifyText, type VerifyPart } from '../shared/verify-reasons'
import type { Finding } from '../core/audit/forensic-report'
import type { VerifyStage } from '../core/audit/forensic-check'
import { cliLanguage } from './cli-language'

/**
 * Every line the CLI's commands print, in Chinese and in English (issue 9:
 * Chinese by default, English with `--lang en`). `en` is typed by `zh`, so a
 * word missing in either fails the typecheck. Findings and document lines
 * are the core's codes, worded by `verifyText`.
 */
const zh = {
  list: (items: readonly string[]) => items.join('、'),
  kind: {
    integrity: '数据库完整性',
    chain: '审计链',
    signature: '签名',
    identity: '安装身份',
    row: '数据与审计链',
    attachment: '附件',
    document: '文书',
    exchange: '交换'
  } satisfies Record<Finding['kind'], string>,
  stage: { integrity: '数据库完整性检查', chain: '审计链', rows: '数据与审计链', done: '完成' } satisfies Record<VerifyStage, string>,
  progressLine: (percent: number, stage: string) => `核验进度 ${percent}%（${stage}）`,
  // verify
  incremental: (at: string, seq: number) =>
    `增量核验：自 ${at} 通过核验的第 ${seq} 号事件起（之后的事件及其记录、所有签名链头与链尾）；此前的事件与记录、未被任何事件提及的新增记录和附件文件不再重算，完整核验请加 --full`,
  full: '完整核验：全部事件、全部记录与全部附件',
  quickCheckChanged: (n: number, tables: string) => `quick_check，仅自核验点以来有改动的 ${n} 个数据表及其索引${tables ? `（${tables}）` : ''}；整个文件请加 --full`,
  quickCheck: 'quick_check；逐页完整检查请加 --integrity',
  fileCheck: (passed: boolean, scope: string) => `数据库完整性检查：${passed ? '通过' : '未通过'}（${scope}）`,
  installation: (id: string, local: boolean) => `安装 ${id}${local ? '（本机）' : ''}`,
  legacyChain: '旧版单链',
  heads: (n: number, signedAt: string, reason: string, seq: number) => `；签名链头 ${n} 个，最近一个签于 ${signedAt}（${reason}），覆盖到第 ${seq} 号事件`,
  noHeads: '；尚无签名链头',
  empty: '（空）',
  chainLine: (who: string, events: number, tip: string, head: string) => `审计链 ${who}：共 ${events} 个事件，最新哈希 ${tip}${head}`,
  rows: (tables: number, rows: number) => `数据与审计链核对：${tables} 个数据表，按审计链重算 ${rows} 条记录`,
  attachments: (n: number) => `附件：重新计算了 ${n} 个附件的哈希`,
  signatures: (n: number, incremental: boolean) =>
    `个人签名：核验了 ${n} 个签名（签名人的密钥、所签内容的摘要与签名${incremental ? '；仅自核验点以来其签名、密钥、所签记录或所依据的记录有改动的' : ''}）`,
  note: (text: string) => `注意：${text}`,
  fingerprintFound: (fp: string, seq: number, channel: string, at: string) => `指纹 ${fp} 在审计链中：第 ${seq} 号事件（${channel}，${at}）`,
  fingerprintMissing: (fp: string) => `指纹 ${fp} 不在审计链中`,
  passed: '结论：通过，未发现改动',
  failed: (n: number) => `结论：未通过，发现 ${n} 处问题：`,
  omitted: (n: number) => `另有 ${n} 处同类问题未列出`,
  chainsWhole: '审计链：完整，签名有效',
  documentPassed: '结论：文书与数据库一致',
  documentFailed: '结论：未通过',
  // backup and restore
  backupNeedsOut: 'backup 需要 --out FOLDER（备份存放的文件夹）',
  backedUp: (folder: string) => `已备份到：${folder}`,
  backupHolds: (events: number, attachments: number, seq: number, hash: string) =>
    `审计事件 ${events} 个，附件 ${attachments} 个；为此备份签署的链头覆盖到第 ${seq} 号事件（${hash}）`,
  restoreNeedsFrom: 'restore 需要备份文件夹路径：restore FROM --data DIR',
  restored: (from: string, to: string, at: string) => `已从 ${from} 恢复到 ${to}（备份时间 ${at}，核验通过）`,
  keptAside: (folder: string) => `原数据文件夹已改名保留：${folder}`,
  unreturned: (changes: number, name: string) => `注意：原数据文件夹中有 ${changes} 个变更尚未被 ${name} 确认收到（未交回的工作），仍在改名保留的原文件夹中，请勿删除`,
  // exchange
  pairUsage: '用法 pair --show [--name 名称]，或 pair --add 配对卡文件 --as 管理员 [--expert 专家编号]',
  cardUnreadable: (file: string) => `无法读取配对卡文件 ${file}`,
  paired: (name: string, id: string, fp: string) => `已配对：${name}（${id}），指纹 ${fp}`,
  exportPackageUsage: '用法 export-package --case 案号 | --changes  --to 安装编号 --out 文件 --as 用户名',
  packageOfCase: (caseNumber: string) => `案件 ${caseNumber}`,
  packageOfChanges: '变更',
  packageExported: (what: string, file: string, events: number, attachments: number, id: string) =>
    `已导出${what}的数据包：${file}（${events} 个审计事件，${attachments} 个附件，编号 ${id}）`,
  importPackageNeedsFile: 'import-package 需要数据包文件路径',
  receiptImported: (name: string) => `已导入 ${name} 的回执：确认收到本安装发出的数据包`,
  packageImported: (name: string, id: string, events: number, present: number, rows: number) =>
    `已导入 ${name} 的数据包 ${id}：新事件 ${events} 个（已有 ${present} 个），更新记录 ${rows} 条`,
  conflicts: (n: number) => `有 ${n} 处冲突等待处理（两边都改过同一记录）：请在“数据交换”中逐字段选择`,
  tableCount: (table: string, n: number) => `  ${table}：${n}`,
  noConflicts: '没有冲突',
  receipt: (file: string) => `回执：${file}（请交回发送方导入）`,
  // import-results
  phase: { parsed: '已读取', checked: '已核对', written: '已写入' },
  phaseLine: (phase: string, done: number, total: number) => `${phase} ${done}/${total} 行`,
  importNeedsFile: 'import-results 需要 CSV 文件路径',
  rowError: (line: number, reason: string) => `  第 ${line} 行：${reason}`,
  nothingImported: (file: string, n: number) => `未导入任何结果：${file} 有 ${n} 处错误`,
  resultsImported: (n: number, skipped: number, file: string) => `已导入 ${n} 条结果，跳过已登记的 ${skipped} 条（${file}）`,
  // seed-scale
  seedUsage: 'seed-scale 需要 --scale province 或 --scale county',
  scale: { province: '省级', county: '县级' },
  seeded: (scale: string, seconds: string, events: number) => `已载入${scale}规模数据，用时 ${seconds} 秒，审计事件 ${events} 条；批量写入：`,
  // export-document and export-list
  fileExists: (path: string) => `文件已存在，未覆盖：${path}`,
  exportDocumentUsage: '用法 export-document --kind opinion|notice|order-summary --id 编号 --format docx --out 文件 --as 用户（通知书的编号为案件编号）',
  exportDocumentNeeds: 'export-document 需要 --id 和 --out',
  docxOnly: (format: string) => `文书只能导出为 docx，不支持 ${format}`,
  exported: (path: string) => `已导出：${path}`,
  documentCode: (code: string) => `文书核验码：${code}`,
  exportListUsage: '用法 export-list --list experts|lab-results|orders|overdue --format xlsx [--case 案号] --out 文件 --as 用户',
  xlsxOnly: (format: string) => `清单只能导出为 xlsx，不支持 ${format}`,
  listNeedsCase: '导出检测结果须用 --case 指明案号',
  caseNotFound: (caseNumber: string) => `找不到案号为 ${caseNumber} 的案件`,
  // evaluate
  waterbody: 'GB 3838 评价须给出 --waterbody river（河流）或 lake（湖泊、水库、池塘）',
  landUse: 'GB 15618 评价须给出 --land-use paddy（水田）、orchard（果园）或 other（其他）',
  ph: 'GB 15618 评价须给出土壤 --ph，如 --ph 6.8',
  standard: '须给出 --standard gb3838（地表水）或 gb15618（农用地土壤）',
  valuesMissing: '须给出 --values，如 --values \'{"cod":25,"nh3_n":0.8}\'',
  valuesNotJson: (json: string) => `--values 不是有效的 JSON：${json}`,
  valueItem: (key: string) => `项目 ${key}`,
  valuesShape: (where: string) => `${where} 格式不正确：每个项目须为数字，或 {"value":数字,"qualifier":"<","detectionLimit":数字,"unit":"µg/L"}`,
  // the other commands (index.ts)
  unrecognised: (args: string) => `无法识别的参数：${args}`,
  unknownCommand: (command: string) => `未知命令：${command}`,
  callNeedsChannel: "call 需要通道名，例如 call experts.list '{}'",
  notJson: (json: string) => `输入不是有效的 JSON：${json}`,
  setupUsage: '用法 setup --as 管理员用户名 --name 姓名（密码在提示时输入或由 ECOCASE_PASSWORD 给出）',
  setupDone: (admin: string) => `已完成首次设置：管理员 ${admin}`,
  demoLoaded: (experts: number, users: number, cases: number) => `已载入演示数据：${experts} 位专家，${users} 位用户，${cases} 件案件。`,
  replayNeedsDraw: 'replay-draw 需要抽取记录编号',
  expertOf: (name: string, id: string) => `${name}（${id}）`,
  draw: (id: string) => `抽取记录：${id}`,
  algorithm: (version: string) => `算法版本：${version}`,
  seed: (seed: string) => `种子：${seed}`,
  stored: (list: string) => `存档结果：${list}`,
  replayed: (list: string) => `重演结果：${list}`,
  drawMatches: (matches: boolean): string => (matches ? '结论：一致' : '结论：不一致'),
  passwordPrompt: (username: string) => `${username} 的密码：`
}

type CliWords = typeof zh

const en: CliWords = {
  list: (items) => items.join(', '),
  kind: {
    integrity: 'database integrity',
    chain: 'audit chain',
    signature: 'signature',
    identity: 'installation identity',
    row: 'data and audit chain',
    attachment: 'attachment',
    document: 'document',
    exchange: 'exchange'
  },
  stage: { integrity: 'database integrity check', chain: 'audit chain', rows: 'data and audit chain', done: 'done' },
  progressLine: (percent, stage) => `Verifying ${percent}% (${stage})`,
  incremental: (at, seq) =>
    `Incremental check: from event ${seq}, verified at ${at} (the events after it with their records, every signed head and the chain's tail); earlier events and records, added records no event names and attachment files are not recomputed; add --full for a full check`,
  full: 'Full check: every event, every record and every attachment',
  quickCheckChanged: (n, tables) => `quick_check of only the ${n} tables changed since the verified point, with their indexes${tables ? ` (${tables})` : ''}; add --full for the whole file`,
  quickCheck: 'quick_check; add --integrity for a full page-by-page check',
  fileCheck: (passed, scope) => `Database integrity check: ${passed ? 'passed' : 'failed'} (${scope})`,
  installation: (id, local) => `installation ${id}${local ? ' (this machine)' : ''}`,
  legacyChain: 'legacy single chain',
  heads: (n, signedAt, reason, seq) => `; ${n} signed heads, the last signed at ${signedAt} (${reason}), reaching event ${seq}`,
  noHeads: '; no signed head yet',
  empty: '(empty)',
  chainLine: (who, events, tip, head) => `Audit chain of ${who}: ${events} events, latest hash ${tip}${head}`,
  rows: (tables, rows) => `Data against the audit chain: ${tables} tables, ${rows} records recomputed from the chain`,
  attachments: (n) => `Attachments: ${n} re-hashed`,
  signatures: (n, incremental) =>
    `Personal signatures: ${n} checked (the signer's key, the digest of the signed content and the signature${incremental ? '; only those whose signature, key, signed record or the records it rests on changed since the verified point' : ''})`,
  note: (text) => `Note: ${text}`,
  fingerprintFound: (fp, seq, channel, at) => `Fingerprint ${fp} is in the audit chain: event ${seq} (${channel}, ${at})`,
  fingerprintMissing: (fp) => `Fingerprint ${fp} is not in the audit chain`,
  passed: 'Verdict: passed, no change found',
  failed: (n) => `Verdict: failed, ${n} problems found:`,
  omitted: (n) => `${n} more of this kind not listed`,
  chainsWhole: 'Audit chain: whole, signatures valid',
  documentPassed: 'Verdict: the document matches the database',
  documentFailed: 'Verdict: failed',
  backupNeedsOut: 'backup needs --out FOLDER (the folder to keep backups in)',
  backedUp: (folder) => `Backed up to: ${folder}`,
  backupHolds: (events, attachments, seq, hash) => `${events} audit events, ${attachments} attachments; the head signed for this backup reaches event ${seq} (${hash})`,
  restoreNeedsFrom: 'restore needs the backup folder: restore FROM --data DIR',
  restored: (from, to, at) => `Restored ${from} to ${to} (backed up at ${at}, verified)`,
  keptAside: (folder) => `The former data folder is kept under a new name: ${folder}`,
  unreturned: (changes, name) => `Note: the former data folder holds ${changes} changes ${name} has not yet acknowledged (unreturned work); they are in the renamed folder, do not delete it`,
  pairUsage: 'usage: pair --show [--name NAME], or pair --add CARD-FILE --as ADMIN [--expert EXPERT-ID]',
  cardUnreadable: (file) => `cannot read the pairing card file ${file}`,
  paired: (name, id, fp) => `Paired: ${name} (${id}), fingerprint ${fp}`,
  exportPackageUsage: 'usage: export-package --case CASE-NUMBER | --changes  --to INSTALLATION-ID --out FILE --as USERNAME',
  packageOfCase: (caseNumber) => `case ${caseNumber}`,
  packageOfChanges: 'changes',
  packageExported: (what, file, events, attachments, id) => `Exported the package of ${what}: ${file} (${events} audit events, ${attachments} attachments, number ${id})`,
  importPackageNeedsFile: 'import-package needs the package file',
  receiptImported: (name) => `Imported the receipt of ${name}: it acknowledges a package this installation sent`,
  packageImported: (name, id, events, present, rows) => `Imported package ${id} of ${name}: ${events} new events (${present} already here), ${rows} records updated`,
  conflicts: (n) => `${n} conflicts wait for a person (both sides changed the same record): choose field by field under Exchange`,
  tableCount: (table, n) => `  ${table}: ${n}`,
  noConflicts: 'No conflicts',
  receipt: (file) => `Receipt: ${file} (hand it back to the sender to import)`,
  phase: { parsed: 'Read', checked: 'Checked', written: 'Written' },
  phaseLine: (phase, done, total) => `${phase} ${done}/${total} rows`,
  importNeedsFile: 'import-results needs the CSV file',
  rowError: (line, reason) => `  line ${line}: ${reason}`,
  nothingImported: (file, n) => `No result imported: ${file} has ${n} errors`,
  resultsImported: (n, skipped, file) => `Imported ${n} results, skipped ${skipped} already recorded (${file})`,
  seedUsage: 'seed-scale needs --scale province or --scale county',
  scale: { province: 'province', county: 'county' },
  seeded: (scale, seconds, events) => `Loaded ${scale}-scale data in ${seconds} s, ${events} audit events; written in batches:`,
  fileExists: (path) => `the file exists, not overwritten: ${path}`,
  exportDocumentUsage: 'usage: export-document --kind opinion|notice|order-summary --id ID --format docx --out FILE --as USER (a notice takes the case id)',
  exportDocumentNeeds: 'export-document needs --id and --out',
  docxOnly: (format) => `documents export as docx only, not ${format}`,
  exported: (path) => `Exported: ${path}`,
  documentCode: (code) => `Document code: ${code}`,
  exportListUsage: 'usage: export-list --list experts|lab-results|orders|overdue --format xlsx [--case CASE-NUMBER] --out FILE --as USER',
  xlsxOnly: (format) => `lists export as xlsx only, not ${format}`,
  listNeedsCase: 'exporting lab results needs --case with the case number',
  caseNotFound: (caseNumber) => `no case numbered ${caseNumber}`,
  waterbody: 'a GB 3838 evaluation needs --waterbody river or lake (lake, reservoir, pond)',
  landUse: 'a GB 15618 evaluation needs --land-use paddy, orchard or other',
  ph: 'a GB 15618 evaluation needs the soil --ph, e.g. --ph 6.8',
  standard: 'give --standard gb3838 (surface water) or gb15618 (agricultural soil)',
  valuesMissing: 'give --values, e.g. --values \'{"cod":25,"nh3_n":0.8}\'',
  valuesNotJson: (json) => `--values is not valid JSON: ${json}`,
  valueItem: (key) => `item ${key}`,
  valuesShape: (where) => `${where} is malformed: each item is a number or {"value":NUMBER,"qualifier":"<","detectionLimit":NUMBER,"unit":"µg/L"}`,
  unrecognised: (args) => `unrecognised arguments: ${args}`,
  unknownCommand: (command) => `unknown command: ${command}`,
  callNeedsChannel: "call needs a channel, e.g. call experts.list '{}'",
  notJson: (json) => `the input is not valid JSON: ${json}`,
  setupUsage: 'usage: setup --as ADMIN-USERNAME --name NAME (password prompted for or from ECOCASE_PASSWORD)',
  setupDone: (admin) => `First setup done: administrator ${admin}`,
  demoLoaded: (experts, users, cases) => `Demo data loaded: ${experts} experts, ${users} users, ${cases} cases.`,
  replayNeedsDraw: 'replay-draw needs the draw record id',
  expertOf: (name, id) => `${name} (${id})`,
  draw: (id) => `Draw record: ${id}`,
  algorithm: (version) => `Algorithm version: ${version}`,
  seed: (seed) => `Seed: ${seed}`,
  stored: (list) => `Stored outcome: ${list}`,
  replayed: (list) => `Replayed outcome: ${list}`,
  drawMatches: (matches) => (matches ? 'Verdict: the same' : 'Verdict: different'),
  passwordPrompt: (username) => `Password of ${username}: `
}

export const cliWordsOf: Record<Language, CliWords> = { zh, en }

/** The words of the language the CLI speaks in this run. */
export function cliWords(): CliWords {
  return cliWordsOf[cliLanguage()]
}

/** A finding, a note or a document line of the core in the CLI's language. */
export function cliText(part: VerifyPart): string {
  return verifyText(part, cliLanguage())
}
