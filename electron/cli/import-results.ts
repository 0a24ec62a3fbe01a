import { createReadStream } from 'node:fs'
import { access } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Core } from '../core/core'
import { dispatch } from '../core/handler-table'
import type { Session } from '../core/call'
import { cliFailure } from './cli-language'
import type { LabResultImportReport } from '../shared/sampling'

/**
 * `import-results FILE`: the same all-or-nothing import as the UI, through
 * the handler table in the run's signed-in session. Exit 1 with every bad line, or with
 * the refusal (role). The file is streamed to the call (no size limit). Progress goes to stderr.
 */
export async function importResultsCommand(core: Core, session: Session, file: string): Promise<{ code: number; output: string }> {
  await access(file)
  const phases = { parsed: '已读取', checked: '已核对', written: '已写入' }
  const reply = await dispatch(
    core,
    session,
    'labResults.import',
    { fileName: basename(file) },
    {
      progress: ({ phase, done, total }) => process.stderr.write(`${phases[phase]} ${done}/${total} 行\n`),
      // Streamed from the disk, a megabyte at a time: a file of any size, memory bounded by the rows it holds.
      source: () => createReadStream(file, { highWaterMark: 1 << 20 })
    }
  )
  if (!reply.ok) return { code: 1, output: cliFailure(reply.error) }
  const report = reply.value as LabResultImportReport
  if (report.errors.length > 0) {
    const lines = report.errors.map((e) => `  第 ${e.line} 行：${e.reason}`)
    return { code: 1, output: `未导入任何结果：${report.fileName} 有 ${report.errors.length} 处错误\n${lines.join('\n')}\n` }
  }
  return { code: 0, output: `已导入 ${report.imported} 条结果，跳过已登记的 ${report.skipped} 条（${report.fileName}）\n` }
}
