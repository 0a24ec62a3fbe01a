import { openCore } from '../core/core'
import { takeBackup } from '../core/backups/backup'
import { restoreBackup, RestoreRefused } from '../core/backups/restore'
import { openForensic } from '../core/audit/forensic-db'
import { cliFailure } from './cli-language'
import { cliText, cliWords } from './cli-words'
import { part } from '../shared/verify-reasons'
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
  if (!outRoot) return { code: 2, output: cliFailure(cliWords().backupNeedsOut) }
  const core = await openCore({ dataDir })
  try {
    const { folder, manifest } = await takeBackup(core, outRoot)
    return {
      code: 0,
      output: [cliWords().backedUp(folder), cliWords().backupHolds(manifest.events, manifest.attachments.length, manifest.head.seq, manifest.head.hash), ''].join('\n')
    }
  } finally {
    await core.close()
  }
}

/** `restore FROM [--replace]`: checks the backup in full, then restores it into the data folder. Exit 1 when refused, nothing changed. */
export async function restoreCommand(from: string | undefined, dataDir: string, replace: boolean): Promise<{ code: number; output: string }> {
  const w = cliWords()
  if (!from) return { code: 2, output: cliFailure(w.restoreNeedsFrom) }
  try {
    const report = await restoreBackup(from, dataDir, { replace })
    const lines = [w.restored(from, report.dataDir, report.manifest.createdAt)]
    if (report.keptAside) {
      lines.push(w.keptAside(report.keptAside))
      for (const work of unreturnedIn(report.keptAside)) lines.push(w.unreturned(work.changes, work.name))
    }
    return { code: 0, output: `${lines.join('\n')}\n` }
  } catch (error) {
    if (error instanceof RestoreRefused) return { code: 1, output: cliFailure(cliText(part('restore_refused', { problems: error.problems }))) }
    throw error
  }
}
