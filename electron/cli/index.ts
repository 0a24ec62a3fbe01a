import { parseArgs } from 'node:util'
import { openCore, type Core } from '../core/core'
import { resolveDataDir } from '../core/data-folder'
import { dispatch } from '../core/handler-table'
import { cliPassword, cliSession } from './cli-session'
import { newSession } from '../core/call'
import { loadDemo } from '../core/demo/load-demo'
import { verifyCommand } from './verify'
import { verifiedPointsDir } from '../core/audit/verified-point'
import { progressBar } from './progress-bar'
import { replayDraw } from '../core/assignments/assignment.service'
import { evaluateCommand, UsageError } from './evaluate'
import { importResultsCommand } from './import-results'
import { backupCommand, restoreCommand } from './backup'
import { seedScaleCommand } from './seed-scale'
import { exportDocumentCommand, exportListCommand } from './export-files'
import { exportPackageCommand, importPackageCommand, pairAddCommand, pairShowCommand } from './exchange'

const help = `EcoCase 管理命令行 (admin CLI)

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
  --help       显示本帮助
`

async function withCore<T>(dataDir: string, work: (core: Core) => Promise<T>): Promise<T> {
  const core = await openCore({ dataDir })
  try {
    return await work(core)
  } finally {
    await core.close()
  }
}

function readArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        as: { type: 'string' },
        fingerprint: { type: 'string' },
        full: { type: 'boolean' },
        integrity: { type: 'boolean' },
        document: { type: 'string' },
        out: { type: 'string' },
        replace: { type: 'boolean', default: false },
        standard: { type: 'string' },
        waterbody: { type: 'string' },
        ph: { type: 'string' },
        'land-use': { type: 'string' },
        values: { type: 'string' },
        kind: { type: 'string' },
        id: { type: 'string' },
        format: { type: 'string' },
        list: { type: 'string' },
        scale: { type: 'string' },
        show: { type: 'boolean', default: false },
        add: { type: 'string' },
        name: { type: 'string' },
        expert: { type: 'string' },
        case: { type: 'string' },
        changes: { type: 'boolean', default: false },
        to: { type: 'string' },
        'receipt-out': { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    // node:util reports a mistyped option in English; say it in Chinese.
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS_')) return null
    throw error
  }
}

async function main(argv: string[]): Promise<number> {
  const args = readArgs(argv)
  if (!args) {
    process.stderr.write(`错误：无法识别的参数：${argv.join(' ')}\n\n${help}`)
    return 2
  }
  const { values, positionals } = args
  const [command, ...rest] = positionals
  if (values.help || !command) {
    process.stdout.write(help)
    return values.help ? 0 : 2
  }
  if (command === 'evaluate') {
    try {
      process.stdout.write(`${evaluateCommand(values)}\n`)
      return 0
    } catch (error) {
      if (!(error instanceof UsageError)) throw error
      process.stderr.write(`错误：${error.message}\n`)
      return 2
    }
  }
  const dataDir = resolveDataDir(argv, null)

  switch (command) {
    case 'call': {
      const [channel, json = '{}'] = rest
      if (!channel) throw new Error('call 需要通道名，例如 call experts.list \'{}\'')
      let input: unknown
      try {
        input = JSON.parse(json)
      } catch {
        throw new Error(`输入不是有效的 JSON：${json}`)
      }
      return withCore(dataDir, async (core) => {
        const session = await cliSession(core, values.as)
        const reply = await dispatch(core, session, channel, input)
        process.stdout.write(`${JSON.stringify(reply, null, 2)}\n`)
        return reply.ok ? 0 : 1
      })
    }
    case 'verify': {
      const { code, output } = await verifyCommand(dataDir, {
        fingerprint: values.fingerprint ?? null,
        document: values.document ?? null,
        full: values.full ?? false,
        integrity: values.integrity ?? false,
        stateDir: verifiedPointsDir(),
        progress: values.full ? progressBar() : undefined
      })
      ;(code === 2 ? process.stderr : process.stdout).write(output)
      return code
    }
    case 'backup': {
      const { code, output } = await backupCommand(dataDir, values.out)
      ;(code === 0 ? process.stdout : process.stderr).write(output)
      return code
    }
    case 'restore': {
      const { code, output } = await restoreCommand(rest[0], dataDir, values.replace)
      ;(code === 0 ? process.stdout : process.stderr).write(output)
      return code
    }
    case 'pair':
      if (values.show === (values.add !== undefined)) {
        process.stderr.write('错误：用法 pair --show [--name 名称]，或 pair --add 配对卡文件 --as 管理员 [--expert 专家编号]\n')
        return 2
      }
      return withCore(dataDir, async (core) => {
        const { code, output } = values.show ? await pairShowCommand(core, values.name) : await pairAddCommand(core, values.add!, values.as, values.expert)
        ;(code === 0 ? process.stdout : process.stderr).write(output)
        return code
      })
    case 'export-package':
      return withCore(dataDir, async (core) => {
        const { code, output } = await exportPackageCommand(core, { case: values.case, changes: values.changes, to: values.to, out: values.out, as: values.as })
        ;(code === 0 ? process.stdout : process.stderr).write(output)
        return code
      })
    case 'export-document':
      return withCore(dataDir, async (core) => {
        const { code, output } = await exportDocumentCommand(core, () => cliSession(core, values.as), values)
        ;(code === 0 ? process.stdout : process.stderr).write(output)
        return code
      })
    case 'export-list':
      return withCore(dataDir, async (core) => {
        const { code, output } = await exportListCommand(core, () => cliSession(core, values.as), values)
        ;(code === 0 ? process.stdout : process.stderr).write(output)
        return code
      })
    case 'import-package':
      return withCore(dataDir, async (core) => {
        const { code, output } = await importPackageCommand(core, rest[0], values.as, values['receipt-out'])
        ;(code === 1 ? process.stderr : process.stdout).write(output)
        return code
      })
    case 'setup':
      return withCore(dataDir, async (core) => {
        if (!values.as || !values.name) {
          process.stderr.write('错误：用法 setup --as 管理员用户名 --name 姓名（密码在提示时输入或由 ECOCASE_PASSWORD 给出）\n')
          return 2
        }
        const password = await cliPassword(values.as)
        const reply = await dispatch(core, newSession('cli'), 'session.setup', { username: values.as, displayName: values.name, password })
        if (!reply.ok) {
          process.stderr.write(`错误：${reply.error.message}\n`)
          return 1
        }
        process.stdout.write(`已完成首次设置：管理员 ${values.as}\n`)
        return 0
      })
    case 'demo':
      return withCore(dataDir, async (core) => {
        const loaded = await loadDemo(core)
        process.stdout.write(`已载入演示数据：${loaded.experts} 位专家，${loaded.users} 位用户，${loaded.cases} 件案件。\n`)
        return 0
      })
    case 'seed-scale': {
      const { code, output } = await seedScaleCommand(dataDir, values.scale)
      ;(code === 0 ? process.stdout : process.stderr).write(output)
      return code
    }
    case 'import-results': {
      const [file] = rest
      if (!file) throw new Error('import-results 需要 CSV 文件路径')
      return withCore(dataDir, async (core) => {
        const { code, output } = await importResultsCommand(core, await cliSession(core, values.as), file)
        ;(code === 0 ? process.stdout : process.stderr).write(output)
        return code
      })
    }
    case 'replay-draw': {
      const [drawId] = rest
      if (!drawId) throw new Error('replay-draw 需要抽取记录编号')
      return withCore(dataDir, async (core) => {
        const replay = await replayDraw(core.db, drawId)
        const names = new Map(
          (await core.db.selectFrom('expert').select(['id', 'name']).where('id', 'in', [...replay.stored, ...replay.replayed]).execute()).map((e) => [e.id, e.name])
        )
        const list = (ids: string[]) => ids.map((id) => `${names.get(id) ?? '?'}（${id}）`).join('、')
        process.stdout.write(
          [
            `抽取记录：${replay.drawId}`,
            `算法版本：${replay.algorithmVersion}`,
            `种子：${replay.seed}`,
            `存档结果：${list(replay.stored)}`,
            `重演结果：${list(replay.replayed)}`,
            replay.matches ? '结论：一致' : '结论：不一致',
            ''
          ].join('\n')
        )
        return replay.matches ? 0 : 1
      })
    }
    default:
      process.stderr.write(`未知命令：${command}\n\n${help}`)
      return 2
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`错误：${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
)
