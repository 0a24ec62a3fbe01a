'use strict'
/**
 * `out/cli/index.js` (copied there by electron.cli.config.mts): starts the
 * compiled admin CLI (issue 15: no TypeScript compiled at every start).
 *
 * - Node's on-disk compile cache is turned on before the bundle loads:
 *   compiling the 1 MB bundle is the largest part of a cold start.
 * - In a source checkout, a bundle older than any source file is rebuilt
 *   first (under a lock, so parallel test files build it once), so
 *   `npm run cli` never runs yesterday's code after an edit. An installed
 *   app has no sources next to it and skips the check.
 */
const { existsSync, readdirSync, statSync } = require('node:fs')
const { join } = require('node:path')
const { spawnSync } = require('node:child_process')

const bundle = join(__dirname, 'ecocase-cli.js')
const root = join(__dirname, '../..')
const config = join(root, 'electron.cli.config.mts')

function newestSource(path) {
  const stat = statSync(path, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const name of readdirSync(path)) newest = Math.max(newest, newestSource(join(path, name)))
  return newest
}

function stale() {
  const built = statSync(bundle, { throwIfNoEntry: false })
  if (!built) return true
  const sources = ['electron', 'resources/reference', 'package-lock.json', 'electron.cli.config.mts']
  return sources.some((source) => newestSource(join(root, source)) > built.mtimeMs)
}

function build() {
  const vite = join(root, 'node_modules/vite/bin/vite.js')
  const run = spawnSync(process.execPath, [vite, 'build', '-c', config], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  if (run.status !== 0) process.exit(run.status ?? 1)
}

if (existsSync(config)) {
  if (process.env.ECOCASE_CLI_BUILD_IF_STALE === '1') {
    // Runs inside the lock: another process may have built it meanwhile.
    if (stale()) build()
    process.exit(0)
  }
  if (stale()) {
    const locked = spawnSync('flock', [join(root, 'out/.cli-build.lock'), process.execPath, __filename], {
      stdio: 'inherit',
      env: { ...process.env, ECOCASE_CLI_BUILD_IF_STALE: '1' }
    })
    if (locked.error) build()
    else if (locked.status !== 0) process.exit(locked.status ?? 1)
  }
}

require('node:module').enableCompileCache?.()
require(bundle)
