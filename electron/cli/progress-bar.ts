import type { VerifyStage } from '../core/audit/forensic-check'
import { cliWords } from './cli-words'

/**
 * A progress bar on stderr for a long check (`verify --full`), redrawn in
 * place on a terminal, a line per tenth otherwise (a log); stdout keeps the
 * report alone.
 */
export function progressBar(width = 30): (fraction: number, stage: VerifyStage) => void {
  let shownTenth = -1
  return (fraction, stageCode) => {
    const stage = cliWords().stage[stageCode]
    const done = Math.max(0, Math.min(1, fraction))
    const percent = Math.floor(done * 100)
    if (process.stderr.isTTY) {
      const filled = Math.round(done * width)
      process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${String(percent).padStart(3)}% ${stage}${done >= 1 ? '\n' : ''}`)
      return
    }
    const tenth = Math.floor(done * 10)
    if (tenth > shownTenth) {
      shownTenth = tenth
      process.stderr.write(`${cliWords().progressLine(percent, stage)}\n`)
    }
  }
}
