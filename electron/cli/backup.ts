import { openCore } from '../core/core'
import { takeBackup } from '../core/backups/backup'
import { restoreBackup, RestoreRefused } from '../core/backups/restore'
import { openForensic } from '../core/audit/forensic-db'
import { cliFailure } from './cli-language'
import { unreturnedWork } from '../core/exchange/unreturned-work'

/** Work of a data folder not yet returned to its court, read without changing the folder. */
function unreturnedIn(dataDir: string) {
  const f = openForensic(dataDir)
  try {
    return unreturnedWork(f.sqlite)
  } finally {
    void f.close()
  }
}

/** `backup --out FOLDER`: an online backup into a new folder under FOLDER; prints where, and what it holds. */
export async function backupCommand(dataDir: string, outRoot: string | undefined): Promise<{ code: number; output: string }> {
  if (!outRoot) return { code: 2, output: '错误：backup 需要 --out FOLDER（备份存放的文件夹）\n' }
  const core = await openCore({ dataDir })
  try {
    const { folder, manifest } = await takeBackup(core, outRoot)
    return {
      code: 0,
      output: [
        `已备份到：${folder}`,
        `审计事件 ${manifest.events} 个，附件 ${manifest.attachments.length} 个；为此备份签署的链头覆盖到第 ${manifest.head.seq} 号事件（${manifest.head.hash}）`,
        ''
      ].join('\n')
    }
  } finally {
    await core.close()
  }
}

/** `restore FROM [--replace]`: checks the backup in full, then restores it into the data folder. Exit 1 when refused, nothing changed. */
export async function restoreCommand(from: string | undefined, dataDir: string, replace: boolean): Promise<{ code: number; output: string }> {
  if (!from) return { code: 2, output: '错误：restore 需要备份文件夹路径：restore FROM --data DIR\n' }
  try {
    const report = await restoreBackup(from, dataDir, { replace })
    const lines = [`已从 ${from} 恢复到 ${report.dataDir}（备份时间 ${report.manifest.createdAt}，核验通过）`]
    if (report.keptAside) {
      lines.push(`原数据文件夹已改名保留：${report.keptAside}`)
      for (const w of unreturnedIn(report.keptAside)) lines.push(`注意：原数据文件夹中有 ${w.changes} 个变更尚未被 ${w.name} 确认收到（未交回的工作），仍在改名保留的原文件夹中，请勿删除`)
    }
    return { code: 0, output: `${lines.join('\n')}\n` }
  } catch (error) {
    if (error instanceof RestoreRefused) return { code: 1, output: cliFailure(error) }
    throw error
  }
}
