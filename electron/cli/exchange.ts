import { readFileSync } from 'node:fs'
import type { Core } from '../core/core'
import { dispatch } from '../core/handler-table'
import { localCard, nameInstallation } from '../core/exchange/partners'
import type { ImportReport, PackageSummary, Partner } from '../shared/exchange'
import { cliFailure } from './cli-language'
import { cliSession } from './cli-session'

type Output = { code: number; output: string }

/** `pair --show [--name NAME]`: this installation's card as one JSON line (naming the installation first when asked). */
export async function pairShowCommand(core: Core, name: string | undefined): Promise<Output> {
  if (name !== undefined) await nameInstallation(core.db, name)
  return { code: 0, output: `${JSON.stringify(await localCard(core.db))}\n` }
}

/** `pair --add CARD-FILE --as ADMIN [--expert EXPERT-ID]`: registers a partner from its card. */
export async function pairAddCommand(core: Core, cardFile: string, username: string | undefined, expertId: string | undefined): Promise<Output> {
  let card: string
  try {
    card = readFileSync(cardFile, 'utf8')
  } catch {
    return { code: 1, output: `错误：无法读取配对卡文件 ${cardFile}\n` }
  }
  const reply = await dispatch(core, await cliSession(core, username), 'exchange.pair', { card, expertId: expertId ?? null })
  if (!reply.ok) return { code: 1, output: cliFailure(reply.error) }
  const partner = reply.value as Partner
  return { code: 0, output: `已配对：${partner.name}（${partner.installationId}），指纹 ${partner.fingerprint}\n` }
}

/** `export-package --case NUMBER | --changes --to ID --out FILE --as USER`. */
export async function exportPackageCommand(
  core: Core,
  options: { case?: string; changes: boolean; to?: string; out?: string; as?: string }
): Promise<Output> {
  if (!options.to || !options.out || (options.case === undefined) === !options.changes) {
    return { code: 2, output: '错误：用法 export-package --case 案号 | --changes  --to 安装编号 --out 文件 --as 用户名\n' }
  }
  const reply = await dispatch(core, await cliSession(core, options.as), 'exchange.export', {
    to: options.to,
    ...(options.changes ? { changes: true } : { caseNumber: options.case }),
    file: options.out
  })
  if (!reply.ok) return { code: 1, output: cliFailure(reply.error) }
  const summary = reply.value as PackageSummary
  const what = summary.kind === 'case' ? `案件 ${summary.caseNumber}` : '变更'
  return { code: 0, output: `已导出${what}的数据包：${summary.file}（${summary.events} 个审计事件，${summary.attachments} 个附件，编号 ${summary.packageId}）\n` }
}

/** `import-package FILE --as USER [--receipt-out FILE]`: exit 0 imported, 2 conflicts wait for a person, 1 refused with nothing changed. */
export async function importPackageCommand(core: Core, file: string | undefined, username: string | undefined, receiptFile: string | undefined): Promise<Output> {
  if (!file) return { code: 2, output: '错误：import-package 需要数据包文件路径\n' }
  const reply = await dispatch(core, await cliSession(core, username), 'exchange.import', { file, ...(receiptFile ? { receiptFile } : {}) })
  if (!reply.ok) return { code: 1, output: cliFailure(reply.error) }
  const report = reply.value as ImportReport
  const lines =
    report.kind === 'receipt'
      ? [`已导入 ${report.source.name} 的回执：确认收到本安装发出的数据包`]
      : [
          `已导入 ${report.source.name} 的数据包 ${report.packageId}：新事件 ${report.events} 个（已有 ${report.alreadyPresent} 个），更新记录 ${report.rowsChanged} 条`,
          ...Object.entries(report.tables).map(([table, n]) => `  ${table}：${n}`),
          report.conflicts > 0 ? `有 ${report.conflicts} 处冲突等待处理（两边都改过同一记录）：请在“数据交换”中逐字段选择` : '没有冲突',
          `回执：${report.receiptFile}（请交回发送方导入）`
        ]
  for (const warning of report.warnings) lines.push(`注意：${warning}`)
  return { code: report.conflicts > 0 ? 2 : 0, output: `${lines.join('\n')}\n` }
}
