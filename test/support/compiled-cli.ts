import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { join, resolve } from 'node:path'

/**
 * The compiled admin CLI, as `npm run cli` runs it (issue 15). Its launcher
 * rebuilds a bundle older than the sources first, so a targeted test run
 * after an edit tests the edit.
 */
export const compiledCli = join(resolve(__dirname, '../..'), 'out/cli/index.js')

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the compiled CLI with these arguments and returns its exit code and output. */
export function runCli(args: string[], options: Omit<SpawnSyncOptions, 'encoding'> = {}): CliRun {
  const run = spawnSync(process.execPath, [compiledCli, ...args], { ...options, encoding: 'utf8' })
  if (run.error) throw run.error
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}
