import { findFingerprint } from '../core/audit/audit-chain'
import { checkChains } from '../core/audit/chain-check'
import { checkDocument } from '../core/audit/document-check'
import { Findings } from '../core/audit/forensic-report'
import { forensicCheck } from '../core/audit/forensic-check'
import { NotADataFolder, openForensic, type ForensicDb } from '../core/audit/forensic-db'
import { cliFailure } from './cli-language'
import { listAuditedTables, rowKey } from '../core/records/record-tables'
import { keepVerifiedPoint, readVerifiedPoint } from '../core/audit/verified-point'

/** How `verify` runs; `stateDir` (the CLI's) makes it incremental from the folder's last verified point unless `full`. */
export interface VerifyOptions {
  fingerprint?: string | null
  document?: string | null
  full?: boolean
  integrity?: boolean
  stateDir?: string | null
  progress?: (fraction: number, stage: string) => void
}

const headReasons: Record<string, string> = { backup: '备份', print: '打印', daily: '每日', open: '打开', close: '关闭' }
const kindNames: Record<string, string> = {
  integrity: '数据库完整性',
  chain: '审计链',
  signature: '签名',
  identity: '安装身份',
  row: '数据与审计链',
  attachment: '附件',
  document: '文书',
  exchange: '交换'
}

/**
 * `verify`: a forensic check of a data folder, opened read-only (nothing is
 * migrated or written): the file's integrity, every installation's chain
 * and signed heads, every stored row against the trail, every attachment;
 * with `--fingerprint`, whether a fingerprint printed by an older EcoCase is
 * in the chain. Exit 1 on any finding, 2 when the folder holds no EcoCase database.
 */
export async function verifyCommand(dataDir: string, options: VerifyOptions): Promise<{ code: number; output: string }> {
  let f: ForensicDb
  try {
    f = openForensic(dataDir)
  } catch (error) {
    if (error instanceof NotADataFolder) return { code: 2, output: cliFailure(error) }
    throw error
  }
  try {
    const lines: string[] = []
    if (options.document) {
      // A document check: the chains (the print record and its head are in them), then the document itself.
      const findings = new Findings()
      checkChains(f, findings)
      const document = await checkDocument(f, options.document)
      lines.push(...document.lines)
      if (findings.count() === 0) lines.push('审计链：完整，签名有效')
      else for (const finding of findings.kept) lines.push(`  [${kindNames[finding.kind]}] ${finding.message}`)
      const ok = document.ok && findings.count() === 0
      lines.push(ok ? '结论：文书与数据库一致' : '结论：未通过')
      return { code: ok ? 0 : 1, output: `${lines.join('\n')}\n` }
    }
    // Incremental from the point the last passing check reached, when one was kept (the CLI keeps them) and not asked for in full.
    const from = options.stateDir && !options.full ? readVerifiedPoint(f, options.stateDir) : null
    const verdict = forensicCheck(f, await listAuditedTables(f.db), rowKey, { integrity: options.integrity, from, progress: options.progress })
    lines.push(
      from
        ? `增量核验：自 ${from.verifiedAt} 通过核验的第 ${from.seq} 号事件起（之后的事件及其记录、所有签名链头与链尾）；此前的事件与记录、未被任何事件提及的新增记录和附件文件不再重算，完整核验请加 --full`
        : '完整核验：全部事件、全部记录与全部附件'
    )
    const fileScope = verdict.fileChecked
      ? `quick_check，仅自核验点以来有改动的 ${verdict.fileChecked.length} 个数据表及其索引${verdict.fileChecked.length > 0 ? `（${verdict.fileChecked.join('、')}）` : ''}；整个文件请加 --full`
      : options.integrity
        ? 'integrity_check'
        : 'quick_check；逐页完整检查请加 --integrity'
    lines.push(`数据库完整性检查：${verdict.integrity.length === 0 ? '通过' : '未通过'}（${fileScope}）`)
    for (const chain of verdict.chains) {
      const who = chain.installationId ? `安装 ${chain.installationId}${chain.local ? '（本机）' : ''}` : '旧版单链'
      const head = chain.lastHead
        ? `；签名链头 ${chain.heads} 个，最近一个签于 ${chain.lastHead.signedAt}（${headReasons[chain.lastHead.reason] ?? chain.lastHead.reason}），覆盖到第 ${chain.lastHead.seq} 号事件`
        : '；尚无签名链头'
      lines.push(`审计链 ${who}：共 ${chain.events} 个事件，最新哈希 ${chain.tip?.hash ?? '（空）'}${head}`)
    }
    lines.push(`数据与审计链核对：${verdict.tables} 个数据表，按审计链重算 ${verdict.rowsCompared} 条记录`)
    lines.push(`附件：重新计算了 ${verdict.attachments} 个附件的哈希`)
    lines.push(`个人签名：核验了 ${verdict.signatures} 个签名（签名人的密钥、所签内容的摘要与签名${from ? '；仅自核验点以来其签名、密钥、所签记录或所依据的记录有改动的' : ''}）`)
    for (const note of verdict.findings.notes) lines.push(`注意：${note}`)

    let failed = !verdict.ok
    if (options.fingerprint) {
      const found = await findFingerprint(f.db, options.fingerprint)
      if (found) lines.push(`指纹 ${options.fingerprint} 在审计链中：第 ${found.seq} 号事件（${found.channel}，${found.at}）`)
      else {
        failed = true
        lines.push(`指纹 ${options.fingerprint} 不在审计链中`)
      }
    }
    if (verdict.ok && options.stateDir) keepVerifiedPoint(f, options.stateDir, new Date())
    if (verdict.ok) lines.push('结论：通过，未发现改动')
    else {
      lines.push(`结论：未通过，发现 ${verdict.findings.count()} 处问题：`)
      for (const finding of verdict.findings.kept) lines.push(`  [${kindNames[finding.kind]}] ${finding.message}`)
      for (const { kind, omitted } of verdict.findings.overflow()) lines.push(`  [${kindNames[kind]}] 另有 ${omitted} 处同类问题未列出`)
    }
    return { code: failed ? 1 : 0, output: `${lines.join('\n')}\n` }
  } finally {
    await f.close()
  }
}
