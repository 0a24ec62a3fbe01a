import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * `npm run test:electron-scan`: runs @doyensec/electronegativity over the
 * Electron sources and fails on any HIGH or MEDIUM finding that the checked-in
 * allowlist (electronegativity-allowlist.json) does not explain with a
 * reason, on any allowlist entry that no longer matches a finding (so the
 * explanations stay true), and on any file the scanner could not parse.
 */
interface Finding {
  id: string
  file: string
  location: { line: number; column: number }
  severity: { name: string }
  confidence: { name: string }
  description: string
  manualReview: boolean
}
interface ScanResult {
  issues: Finding[]
  errors: { file: string; message: string; tolerable: boolean }[]
}
interface Explained {
  check: string
  file: string
  reason: string
}

const root = join(__dirname, '../..')
const require = createRequire(__filename)
const scan = require('@doyensec/electronegativity') as (options: object, forCli: boolean) => Promise<ScanResult>
const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version
const allowlist = JSON.parse(readFileSync(join(__dirname, 'electronegativity-allowlist.json'), 'utf8')) as Explained[]
const failing = new Set(['HIGH', 'MEDIUM'])

async function main(): Promise<number> {
  const result = await scan(
    {
      input: join(root, 'electron'),
      isRelative: true,
      electronVersionOverride: electronVersion,
      customScan: [],
      // This check downloads Electron's release list; there is no network here,
      // and the installed version is pinned in package.json instead.
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      parserPlugins: []
    },
    false
  )
  const used = new Set<Explained>()
  let unexplained = 0
  process.stdout.write(`electronegativity (Electron ${electronVersion}) over electron/: ${result.issues.length} findings\n`)
  for (const issue of result.issues) {
    const explained = allowlist.find((entry) => entry.check === issue.id && entry.file === issue.file)
    if (explained) used.add(explained)
    const blocks = failing.has(issue.severity.name) && !explained
    if (blocks) unexplained++
    const where = `${issue.file}:${issue.location.line}`
    const verdict = explained ? `explained: ${explained.reason}` : blocks ? 'UNEXPLAINED' : 'low, noted'
    process.stdout.write(`  ${issue.severity.name}/${issue.confidence.name} ${issue.id} ${where}: ${issue.description}\n    ${verdict}\n`)
  }
  const stale = allowlist.filter((entry) => !used.has(entry))
  for (const entry of stale) process.stdout.write(`  stale allowlist entry (matches no finding): ${entry.check} ${entry.file}\n`)
  const unparsed = result.errors.filter((e) => !e.tolerable)
  for (const error of unparsed) process.stdout.write(`  not scanned: ${error.file}: ${error.message}\n`)
  const failed = unexplained + stale.length + unparsed.length
  process.stdout.write(
    failed === 0
      ? `electronegativity: no unexplained high or medium finding (${used.size} explained in the allowlist)\n`
      : `electronegativity: ${unexplained} unexplained high/medium, ${stale.length} stale allowlist entries, ${unparsed.length} unparsed files\n`
  )
  return failed === 0 ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`electronegativity failed to run: ${error instanceof Error ? error.stack : String(error)}\n`)
    process.exit(1)
  }
)
