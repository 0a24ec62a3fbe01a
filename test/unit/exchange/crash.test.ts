import { beforeAll, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { cpSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { buildSync } from 'esbuild'
import BetterSqlite3 from 'better-sqlite3'
import { verifyCommand } from '../../../electron/cli/verify'
import { court, laptop, pair, workFolder } from './support'
import { pondWater } from '../support/sample-fixtures'

const root = resolve(__dirname, '../../..')
const bundles = join(root, 'node_modules/.cache/ecocase-crash-test')
const kills = 20

/** Runs the child until a line passes `killAt`, then SIGKILLs it, as a power cut would; returns the lines it printed. */
function runUntil(script: string, args: string[], killAt: (line: string) => boolean): Promise<string[]> {
  const child = spawn(process.execPath, [script, ...args], { cwd: root })
  const lines: string[] = []
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line)
    if (killAt(line)) child.kill('SIGKILL')
  })
  return new Promise((done, fail) =>
    child.on('exit', (code, signal) => (signal === 'SIGKILL' || code === 0 ? done(lines) : fail(new Error(`child failed (${code}): ${stderr}`))))
  )
}

/** What the laptop holds, read straight from the file. */
function holding(dir: string) {
  const sqlite = new BetterSqlite3(join(dir, 'ecocase.sqlite'), { readonly: true })
  try {
    return {
      events: sqlite.prepare('select count(*) from audit_event').pluck().get() as number,
      samples: sqlite.prepare('select count(*) from sample').pluck().get() as number,
      packages: sqlite.prepare("select count(*) from exchange_package where direction = 'in'").pluck().get() as number
    }
  } finally {
    sqlite.close()
  }
}

let work: string
let pristine: string
let pkg: string
let child: string
let samples: number

beforeAll(async () => {
  work = workFolder()
  mkdirSync(bundles, { recursive: true })
  child = join(bundles, 'package-import-child.cjs')
  buildSync({ entryPoints: [join(root, 'test/unit/db/fixtures/package-import-child.ts')], bundle: true, platform: 'node', format: 'cjs', external: ['better-sqlite3'], outfile: child, logLevel: 'error' })
  const c = await court(join(work, 'court'))
  const a = await laptop(join(work, 'laptop'), '林永华')
  await pair(c.people.admin, a.admin)
  samples = 150
  for (let i = 0; i < samples; i++) await c.people.investigator.must('samples.create', pondWater(c, { sealNumber: `S-${i}` }))
  const to = (await a.admin.must('exchange.card', {})).installationId
  pkg = (await c.people.clerk.must('exchange.export', { to, caseId: c.caseId, changes: false, file: join(work, 'case.ecocase') })).file
  await c.core.close()
  await a.core.close()
  pristine = join(work, 'laptop')
}, 120_000)

describe('SIGKILL of a package import', () => {
  it(`${kills} times at different points: the package is all there or not at all, and verify passes`, async () => {
    const before = holding(pristine)
    for (let round = 1; round <= kills; round++) {
      const dir = join(work, `round-${round}`)
      cpSync(pristine, dir, { recursive: true })
      const stage = ['checked 200/', 'written 0', 'written 200/', 'imported'][round % 4]!
      const lines = await runUntil(child, [dir, pkg, 'lin'], (line) => line.startsWith(stage) || (stage === 'written 0' && line.startsWith('written')))
      const after = holding(dir)
      if (lines.some((l) => l.startsWith('imported'))) expect(after).toMatchObject({ samples: before.samples + samples, packages: before.packages + 1 })
      else {
        const untouched = after.packages === before.packages
        expect(after).toEqual(untouched ? before : { events: after.events, samples: before.samples + samples, packages: before.packages + 1 })
      }
      expect((await verifyCommand(dir, {})).output).toContain('结论：通过')
    }
  }, 600_000)
})
