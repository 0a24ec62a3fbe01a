import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, rmdirSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { openCore } from '../core'
import { databaseFileName } from '../core'
import { recordHeadFile } from '../audit/chain-head'
import { forensicCheck } from '../audit/forensic-check'
import { openForensic } from '../audit/forensic-db'
import { listAuditedTables, rowKey } from '../records/record-tables'
import { databaseInUse } from '../db/sqlite'
import { hashFile, manifestFileName, manifestSignatureValid, parseManifest, type BackupFile, type BackupManifest } from './backup-manifest'

/** A backup that restore will not use, or a target it will not overwrite: nothing was changed. */
export class RestoreRefused extends Error {
  constructor(readonly problems: string[]) {
    super(`未恢复，未作任何更改：${problems.join('；')}`)
    this.name = 'RestoreRefused'
  }
}

export interface RestoreReport {
  dataDir: string
  /** Where the folder that was replaced was kept (with `replace`), or null. */
  keptAside: string | null
  manifest: BackupManifest
}

/**
 * Restores a backup into `dataDir`. The backup is checked first, in full,
 * before the target is touched: the manifest's signature, every file's size
 * and SHA-256, then the same forensic check as `verify` over a staged copy
 * (chains, signed heads, every row replayed, every attachment re-hashed),
 * and that the head signed for the backup is in its chain. A non-empty
 * target is only replaced with `replace`, and is then kept aside, renamed
 * `<dataDir>.replaced-<time>`, never deleted, and never while a running
 * app, preview or CLI command has its database open. The staged copy is built
 * beside the target and renamed into place, so the target is either the old
 * folder or the whole restored one.
 *
 * @throws RestoreRefused listing every problem found; nothing is changed.
 */
export async function restoreBackup(from: string, dataDir: string, options: { replace: boolean; now?: () => Date }): Promise<RestoreReport> {
  const now = options.now ?? (() => new Date())
  const manifest = checkBackupFiles(from)
  const target = resolve(dataDir)
  const occupied = existsSync(target) && (!statSync(target).isDirectory() || readdirSync(target).length > 0)
  if (occupied && !options.replace) {
    throw new RestoreRefused([`目标文件夹 ${target} 不为空；如确要替换，请加 --replace（原文件夹会改名保留，不会删除）`])
  }
  const stamp = now().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
  const staging = join(dirname(target), `.${basename(target)}.restoring-${stamp}-${process.pid}`)
  rmSync(staging, { recursive: true, force: true })
  try {
    mkdirSync(staging, { recursive: true })
    for (const file of [manifest.database, manifest.key, ...manifest.attachments]) {
      const to = join(staging, ...file.path.split('/'))
      mkdirSync(dirname(to), { recursive: true })
      copyFileSync(join(from, ...file.path.split('/')), to)
    }
    chmodSync(join(staging, manifest.key.path), 0o600)
    await checkStagedCopy(staging, manifest)
    // Asked last, just before the rename, so the window in which an app could open the folder is as short as it gets.
    if (occupied && databaseInUse(join(target, databaseFileName))) {
      throw new RestoreRefused([`目标文件夹 ${target} 正在被运行中的 EcoCase（应用、浏览器预览或命令行）使用；请先关闭使用它的程序，再恢复`])
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    throw error
  }

  let keptAside: string | null = null
  if (occupied) {
    keptAside = `${target}.replaced-${stamp}`
    renameSync(target, keptAside)
  } else if (existsSync(target)) {
    rmdirSync(target)
  }
  renameSync(staging, target)
  // The restored folder gets its head file (the chain's signed tip) and is brought to this version's schema.
  const core = await openCore({ dataDir: target })
  try {
    await recordHeadFile(core)
  } finally {
    await core.close()
  }
  return { dataDir: target, keptAside, manifest }
}

/** The manifest and every file it lists, by size and hash. */
function checkBackupFiles(from: string): BackupManifest {
  if (!existsSync(from) || !statSync(from).isDirectory()) throw new RestoreRefused([`备份文件夹不存在：${from}`])
  let text: string
  try {
    text = readFileSync(join(from, manifestFileName), 'utf8')
  } catch {
    throw new RestoreRefused([`${from} 中没有备份清单（${manifestFileName}），不是 EcoCase 备份`])
  }
  const manifest = parseManifest(text)
  if (typeof manifest === 'string') throw new RestoreRefused([manifest])
  if (manifest.database.path !== databaseFileName) throw new RestoreRefused([`清单中的数据库文件名不是 ${databaseFileName}`])
  const problems: string[] = []
  const check = (file: BackupFile, what: string) => {
    const found = hashFile(join(from, ...file.path.split('/')))
    if (!found) problems.push(`${what}缺失（${file.path}）`)
    else if (found.bytes !== file.bytes) problems.push(`${what}大小不符（${file.path}：${found.bytes} 字节，清单为 ${file.bytes} 字节，文件被截断或改动）`)
    else if (found.sha256 !== file.sha256) problems.push(`${what}内容已改变（${file.path}：哈希与清单不符）`)
  }
  check(manifest.database, '数据库文件')
  check(manifest.key, '安装密钥文件')
  for (const attachment of manifest.attachments) check(attachment, '附件')
  if (problems.length > 0) throw new RestoreRefused(problems)
  return manifest
}

/** `verify` over the staged copy, plus the backup's own head and the manifest's signature. */
async function checkStagedCopy(staging: string, manifest: BackupManifest): Promise<void> {
  const f = openForensic(staging)
  try {
    const problems: string[] = []
    const verdict = forensicCheck(f, await listAuditedTables(f.db), rowKey, { integrity: true })
    if (!verdict.ok) problems.push(...verdict.findings.kept.slice(0, 20).map((finding) => `核验未通过：${finding.message}`))
    const local = f.sqlite.prepare('select public_key from installation where id = ?').get(manifest.installationId) as { public_key: string } | undefined
    if (!local || local.public_key !== manifest.publicKey) problems.push('清单中的安装身份与备份数据库不符')
    else if (!manifestSignatureValid(manifest, local.public_key)) problems.push('清单的签名无效：清单被改动')
    const head = f.sqlite
      .prepare("select after_json from audit_event where entity_type = 'chain.head' and installation_id = ? and entity_id = ?")
      .get(manifest.installationId, `${manifest.installationId}/${manifest.head.seq}`) as { after_json: string } | undefined
    if (!head || (JSON.parse(head.after_json) as { signature?: string }).signature !== manifest.head.signature) problems.push('为此备份签署的审计链头不在备份的审计链中')
    if (problems.length > 0) throw new RestoreRefused(problems)
  } finally {
    await f.close()
  }
}
