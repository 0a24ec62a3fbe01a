/**
 * Why an exchange package is refused, or what its import warns of: core
 * throws these reasons with the package's facts
 * (`electron/core/exchange/import-package.ts`, `package-file.ts`), the CLI and
 * the exchange page word them in their language. Part of the one catalog,
 * `errorReasons`; `package_refused` carries one of them as its `why`. An
 * event's place in the package (`package_event_where`) is a part of its own.
 * Alphabetical, one a line.
 */
export const packageReasons = {
  package_attachment_altered: { zh: '数据包中的附件 {{sha256}} 已被改动', en: 'Attachment {{sha256}} in the package was altered' },
  package_attachment_missing: { zh: '数据包缺少附件 {{sha256}}', en: 'The package lacks attachment {{sha256}}' },
  package_attachment_unlisted: { zh: '数据包中的附件 {{name}} 不在签名清单中', en: 'Attachment {{name}} in the package is not in the signed manifest' },
  package_clock_drift: {
    zh: '发送方（{{partner}}）的时钟与本机相差约 {{minutes}} 分钟（超过 10 分钟）：保存时限与保管链的先后以各自时钟记录，请核对两机时间',
    en: "The sender's ({{partner}}) clock differs from this computer's by about {{minutes}} minutes (more than 10): holding times and the order of the custody chain are recorded by each side's clock; check the time of both computers"
  },
  package_damaged: { zh: '数据包文件已损坏（截断或被改动）：{{detail}}', en: 'The package file is damaged (truncated or altered): {{detail}}' },
  package_event_claims_local: { zh: '{{where}}自称出自本安装，本机却没有它：事件是伪造的', en: '{{where}} claims to come from this installation, which does not hold it: the event is forged' },
  package_event_differs: { zh: '{{where}}与本机已有的同一事件不符：事件被改动', en: '{{where}} differs from the same event held here: the event was altered' },
  package_event_fact: { zh: '{{where}}是不随数据包交换的事实（{{entityType}}）', en: '{{where}} is a fact that packages do not carry ({{entityType}})' },
  package_event_hash: { zh: '{{where}}的内容与其哈希不符：事件被改动', en: '{{where}} does not match its hash: the event was altered' },
  package_event_link: { zh: '{{where}}与前一事件的链接不符：事件被改动或插入', en: '{{where}} does not link to the event before it: events were altered or inserted' },
  package_event_link_local: {
    zh: '{{where}}不是安装 {{installation}} 审计链的延续：与本机第 {{seq}} 号事件链接不符',
    en: "{{where}} does not continue installation {{installation}}'s audit chain: it does not link to event {{seq}} held here"
  },
  package_event_not_listed: { zh: '{{where}}与签名清单不符：事件被增删、调换或改动', en: '{{where}} does not match the signed manifest: events were added, removed, swapped or altered' },
  package_event_order: { zh: '{{where}}在其审计链中的次序不对：事件被调换', en: '{{where}} is out of order in its audit chain: events were swapped' },
  package_event_seq_taken: {
    zh: '{{where}}不是安装 {{installation}} 审计链的延续：本机该链第 {{seq}} 号是另一事件',
    en: "{{where}} does not continue installation {{installation}}'s audit chain: event {{seq}} of that chain here is another event"
  },
  package_event_signature: { zh: '{{where}}的签名无效：事件是伪造的', en: '{{where}} carries an invalid signature: the event is forged' },
  package_event_table: { zh: '{{where}}属于本机没有（或不交换）的表 {{table}}', en: '{{where}} belongs to table {{table}}, which this installation does not have or does not exchange' },
  package_event_unparsable: { zh: '{{where}}的内容无法解析：事件被改动', en: '{{where}} cannot be parsed: the event was altered' },
  package_event_where: { zh: '第 {{n}} 个事件（{{entityType}} {{entityId}}）', en: 'Event {{n}} ({{entityType}} {{entityId}})' },
  package_file_altered: {
    zh: '数据包文件被改动：逐字节核对与发送方的签名不符（文件损坏或被篡改）',
    en: "The package file was altered: byte by byte it does not match the sender's signature (the file is damaged or was tampered with)"
  },
  package_file_missing: { zh: '找不到数据包文件：{{file}}', en: 'Package file not found: {{file}}' },
  package_format_version: {
    zh: '数据包格式版本为 {{theirs}}，本程序只认版本 {{ours}}：请让双方使用同一版本的 EcoCase',
    en: 'The package format is version {{theirs}} and this EcoCase reads version {{ours}} only: both sides must use the same version of EcoCase'
  },
  package_manifest_malformed: { zh: '数据包的清单格式不正确', en: "The package's manifest is not well formed" },
  package_manifest_unreadable: { zh: '数据包的清单无法读取：文件被改动', en: "The package's manifest cannot be read: the file was altered" },
  package_no_manifest: { zh: '数据包没有清单', en: 'The package has no manifest' },
  package_not_ecocase: { zh: '此文件不是 EcoCase 数据包', en: 'This file is not an EcoCase package' },
  package_not_sqlite: { zh: '无法打开数据包（不是 SQLite 文件或已损坏）：{{detail}}', en: 'The package cannot be opened (not an SQLite file, or damaged): {{detail}}' },
  package_receipt_altered: { zh: '回执文件被改动：逐字节核对与发送方的签名不符', en: "The receipt file was altered: byte by byte it does not match the sender's signature" },
  package_receipt_not_ours: { zh: '回执确认的数据包 {{acknowledges}} 不是本安装发给 {{partner}} 的', en: 'The receipt acknowledges package {{acknowledges}}, which this installation did not send to {{partner}}' },
  package_replayed: { zh: '数据包 {{packageId}} 已于此前导入：重放的数据包不再导入', en: 'Package {{packageId}} was imported before: a replayed package is not imported again' },
  package_schema_newer: {
    zh: '数据包由较新版本的 EcoCase 生成（数据库版本 {{theirs}}，本机为 {{ours}}）：请先升级本机的 EcoCase',
    en: 'The package was made by a newer EcoCase (database version {{theirs}}, here {{ours}}): upgrade EcoCase on this computer first'
  },
  package_schema_older: {
    zh: '数据包由较旧版本的 EcoCase 生成（数据库版本 {{theirs}}，本机为 {{ours}}）：请发送方先升级 EcoCase 再导出',
    en: 'The package was made by an older EcoCase (database version {{theirs}}, here {{ours}}): the sender must upgrade EcoCase and export again'
  },
  package_signature_not_partner: {
    zh: '数据包的签名不是已配对安装 {{partner}} 的密钥所签：数据包被改动，或由另一把密钥签署',
    en: "The package's signature was not made with the key of the paired installation {{partner}}: the package was altered, or signed with another key"
  },
  package_truncated: { zh: '数据包只有 {{position}} 个事件，签名清单列有 {{listed}} 个：数据包被截断或删改', en: 'The package holds {{position}} events where its signed manifest lists {{listed}}: it was truncated or edited' },
  package_unpaired_source: {
    zh: '数据包来自未配对的安装 {{source}}（{{name}}）：请先由管理员登记其配对卡',
    en: 'The package comes from installation {{source}} ({{name}}), which is not paired: an administrator must first register its pairing card'
  },
  package_waiting_imported: { zh: '已接着导入此前等待的数据包 {{packageId}}（{{events}} 个事件）', en: 'Then imported package {{packageId}}, which was waiting ({{events}} events)' },
  package_waits: {
    zh: '此数据包接续安装 {{partner}} 审计链第 {{fromSeq}} 号事件之后，本机只收到第 {{covered}} 号：须先导入其间（第 {{firstMissing}}–{{fromSeq}} 号事件）的数据包；此包已暂存等待',
    en: "This package continues installation {{partner}}'s audit chain after event {{fromSeq}}, and this computer has received up to event {{covered}} only: the packages in between (events {{firstMissing}}–{{fromSeq}}) must be imported first; this package is kept and waits"
  },
  package_wrong_destination: { zh: '此数据包是发给安装 {{destination}} 的，不是本安装（{{local}}）', en: 'This package is addressed to installation {{destination}}, not to this one ({{local}})' }
} as const

export type PackageReason = keyof typeof packageReasons
