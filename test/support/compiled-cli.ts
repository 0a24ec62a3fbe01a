import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/**
 * The compiled admin CLI, as `npm run cli` runs it (issue 15). Its launcher
 * rebuilds a bundle older than the sources first, so a targeted test run
 * after an edit tests the edit.
 */
export const compiledCli = join(resolve(__dirname, '../..'), 'out/cli/index.js')

/** Where the tests' `verify` keeps its verified points: one temporary folder per test file, never the user's ~/.ecocase/verified. */
const verifyState = mkdtempSync(join(tmpdir(), 'ecocase-verify-state-'))

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the compiled CLI with these arguments and returns its exit code and output. */
export function runCli(args: string[], options: Omit<SpawnSyncOptions, 'encoding'> = {}): CliRun {
  const env = { ...(options.env ?? process.env), ECOCASE_VERIFY_STATE: options.env?.ECOCASE_VERIFY_STATE ?? verifyState }
  const run = spawnSync(process.execPath, [compiledCli, ...args], { ...options, env, encoding: 'utf8' })
  if (run.error) throw run.error
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}
