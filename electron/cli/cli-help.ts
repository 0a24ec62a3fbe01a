/** The CLI's help, in Chinese (the default) and in English (`--lang en`). */
export const helpZh = `EcoCase 管理命令行 (admin CLI)

用法: npm run -s cli -- <命令> [参数] --data DIR

命令:
  call <channel> '<json>' --as USERNAME
        以某用户身份调用一个通道，打印 JSON 回复；回复为 {ok:false} 时退出码非零。
        密码在提示时输入，或由环境变量 ECOCASE_PASSWORD 给出（供脚本使用）；账户或密码无效时拒绝执行
  verify [--full] [--integrity] [--fingerprint HASH] [--document CODE]
        默认为增量核验：自本文件夹上次通过核验的事件起，核对之后的事件、其涉及的记录、签名链头与链尾（截断、伪造的链尾），
        SQLite 做 quick_check；--full 完整核验（含此前的全部事件与记录、无事件的新增记录和附件文件，显示进度条），
        --integrity 改做 integrity_check。上次核验到的位置记在数据文件夹之外（ECOCASE_VERIFY_STATE 或 ~/.ecocase/verified）。
        取证核验（只读打开，不升级、不写入任何文件）：数据库完整性、各安装的审计链与签名链头、
        按审计链重算每条记录并与数据表逐字段核对、重新计算每个附件的哈希；发现改动时退出码 1
        并逐条指出（表、记录、字段），文件夹中没有 EcoCase 数据库时退出码 2。
        给出 --fingerprint 时，另说明旧版文书上的指纹是否在审计链中。
        给出 --document 时，按文书上印的核验码（或二维码）由数据库重算该文书，说明其内容是否仍与打印时一致、
        打印时签名的链头是否在审计链中且签名有效
  setup --as USERNAME --name 姓名
        新数据文件夹的首次设置（与首次打开应用时相同）：设定管理员的用户名、姓名和密码（密码同 call）；
        已设置过的文件夹拒绝。技术调查官的笔记本先 setup，再以 call users.create 为调查官建账户
  demo  向空的数据文件夹载入演示数据；所有演示账户（admin 及各演示用户）的密码均为 ecocase-demo
  backup --out FOLDER
        在线备份（数据库、附件、安装密钥，附各文件哈希的清单及为此备份签署的审计链头）到 FOLDER 下的新文件夹，
        打印其路径；应用正在使用数据文件夹时也可备份
  restore FROM [--replace]
        先完整核验备份 FROM（清单签名、每个文件的哈希、与 verify 相同的取证核验），不通过则拒绝且不作任何更改；
        目标文件夹不为空时须加 --replace，原文件夹改名保留（DIR.replaced-时间），不会删除
  seed-scale --scale province|county
        向空的数据文件夹载入规模测试数据（省级：2,000 位专家、50,000 件案件、约 20 万份样品、约 100 万条检测结果、
        20,000 份修复令；县级为其十分之一），内容固定可复现，审计链完整、链头已签名，verify 可通过
  pair --show [--name 名称]
        打印本安装的配对卡（一行 JSON：installationId、name、publicKey、fingerprint）；给出 --name 时先为本安装命名
  pair --add CARD-FILE --as ADMIN [--expert 专家编号]
        登记伙伴安装（法院工作站或技术调查官的笔记本）：先与对方屏幕上的指纹逐字核对。
        给出 --expert 时该安装属于这位技术调查官，只能收到其被指派的案件
  export-package --case 案号 --to 安装编号 --out FILE --as USER
        导出一件案件给伙伴安装：案件及当事人、地点、指派、所涉专家、参考数据、走访、样品、结果、意见书、修复令，
        附件按哈希随附；清单由本安装密钥签名
  export-package --changes --to 安装编号 --out FILE --as USER
        导出本机自对方上次回执确认以来的全部变更（走访、样品、保管链、结果、照片、意见书及签名、回访、偏差）
  import-package FILE --as USER [--receipt-out FILE]
        先核验（签名、配对、数据库版本、每个事件的哈希与链、附件、截断），有任何问题则拒绝且不作任何更改（退出码 1）；
        再按记录合并：只有一方改过的记录取该方，两边都改过的记录列为冲突等待有权限的人逐字段处理（退出码 2）；
        同一数据包再次导入被拒绝；依赖未到的更早数据包时暂存等待；两机时钟相差超过 10 分钟时提示。
        生成回执（默认在数据包旁 *.receipt.ecocase），交回发送方用 import-package 导入
  replay-draw <drawId>
        按存档的候选名单、种子、算法版本和选项重演一次随机抽取，打印结果及是否与存档一致；不一致时退出码 1
  import-results FILE --as USERNAME
        导入检测结果 CSV 或 Excel（.xlsx）（模板见 resources/templates/lab-results-template.csv，同列的 .xlsx 亦可），与界面导入相同：
        全部无误才导入，任何一行有误则逐行列出原因、什么也不导入并退出码 1；同一文件再次导入不会重复。
        密码同 call
  export-document --kind opinion|notice|order-summary --id 编号 --format docx --out FILE --as USER
        把技术调查意见、指派通知书（编号为案件编号）或修复令执行情况摘要导出为 Word 文件（.docx），
        与打印件内容相同、带同一种文书核验码（打印出核验码，可用 verify --document 核对）；FILE 已存在时拒绝
  export-list --list experts|lab-results|orders|overdue --format xlsx [--case 案号] --out FILE --as USER
        把专家库、一件案件的检测结果（须 --case）、修复令清单或逾期履行节点导出为 Excel 文件（.xlsx）；
        检测结果的列与导入模板相同，可再导入
  evaluate --standard gb3838 --waterbody river|lake --values '{"cod":25,"nh3_n":0.8}'
  evaluate --standard gb15618 --ph 6.8 --land-use paddy|orchard|other --values '{"cd":0.35}'
        单因子评价，打印一行 JSON；不需要数据文件夹。项目值可为数字（标准单位），或
        {"value":0.02,"qualifier":"<","detectionLimit":0.02,"unit":"µg/L"}。输入有误时退出码 2

通用参数:
  --data DIR   数据文件夹（也可用环境变量 ECOCASE_DATA_DIR）
  --lang en    以英文输出帮助、提示和错误（默认中文；也可用环境变量 ECOCASE_LANG）
  --help       显示本帮助
`

export const helpEn = `EcoCase admin CLI

Usage: npm run -s cli -- <command> [options] --data DIR

Commands:
  call <channel> '<json>' --as USERNAME
        Calls one channel as a user and prints the JSON reply; exits non-zero when the reply is {ok:false}.
        The password is prompted for, or read from ECOCASE_PASSWORD (for scripts); a bad account or password is refused
  verify [--full] [--integrity] [--fingerprint HASH] [--document CODE]
        Incremental by default (events since the last passing check); --full checks everything, --integrity runs
        SQLite's integrity_check. Forensic check (opened read-only, nothing upgraded or written): database integrity, each installation's audit
        chain and signed heads, every record replayed from the chain and compared column by column, every attachment's
        hash; exits 1 naming each change found (table, record, column), 2 when the folder holds no EcoCase database.
        --fingerprint says whether an older document's fingerprint is in the chain.
        --document recomputes a printed document from its verification code (or QR code): whether its content still
        reads as printed, and whether the head signed at printing is in the chain with a valid signature
  setup --as USERNAME --name NAME
        First setup of a new data folder (as on first opening the app): the administrator's username, name and
        password (password as for call); refused on a folder already set up
  demo  Loads the demo data into an empty data folder; every demo account's password is ecocase-demo
  backup --out FOLDER
        Online backup (database, attachments, installation key, a manifest of file hashes and a signed audit head)
        into a new folder under FOLDER, printing its path; works while the app uses the data folder
  restore FROM [--replace]
        Fully checks the backup FROM first (manifest signature, each file's hash, the same forensic check as verify)
        and refuses, changing nothing, if it fails; a non-empty target needs --replace and is renamed, never deleted
  seed-scale --scale province|county
        Loads fixed, reproducible scale-test data into an empty data folder (province: 2,000 experts, 50,000 cases,
        about 200,000 samples, about 1,000,000 results, 20,000 orders; county a tenth); verify passes on it
  pair --show [--name NAME]
        Prints this installation's pairing card (one JSON line); --name names the installation first
  pair --add CARD-FILE --as ADMIN [--expert EXPERT-ID]
        Registers a partner installation after comparing fingerprints; with --expert it belongs to that investigator
        and receives only the cases they are assigned to
  export-package --case CASE-NUMBER --to INSTALLATION --out FILE --as USER
        Exports one case to a partner installation, attachments by hash, the manifest signed by this installation
  export-package --changes --to INSTALLATION --out FILE --as USER
        Exports every change since the partner's last receipt
  import-package FILE --as USER [--receipt-out FILE]
        Checks the package first and refuses it whole on any problem (exit 1); then merges record by record, a record
        changed on both sides becoming a conflict for a person (exit 2); writes a receipt for the sender
  replay-draw <drawId>
        Replays a random draw from its stored pool, seed, algorithm version and options; exits 1 if it differs
  import-results FILE --as USERNAME
        Imports lab results from CSV or Excel (.xlsx) as the app does: all or nothing, each bad line listed (exit 1)
  export-document --kind opinion|notice|order-summary --id ID --format docx --out FILE --as USER
        Exports an opinion, an assignment notice or an order summary as a Word file with its verification code
  export-list --list experts|lab-results|orders|overdue --format xlsx [--case CASE-NUMBER] --out FILE --as USER
        Exports a list as an Excel file (.xlsx); lab results need --case and re-import as they are
  evaluate --standard gb3838 --waterbody river|lake --values '{"cod":25,"nh3_n":0.8}'
  evaluate --standard gb15618 --ph 6.8 --land-use paddy|orchard|other --values '{"cd":0.35}'
        Single-factor evaluation, one JSON line; needs no data folder; exits 2 on bad input

Options:
  --data DIR   the data folder (or ECOCASE_DATA_DIR)
  --lang en    help, messages and errors in English (Chinese by default; or ECOCASE_LANG)
  --help       shows this help

Reports that commands print (verify findings, import reports) are in Chinese.
`
