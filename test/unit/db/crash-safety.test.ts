import { beforeAll, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { buildSync } from 'esbuild'
import BetterSqlite3 from 'better-sqlite3'
import { openCore } from '../../../electron/core/core'
import { loadDemo } from '../../../electron/core/demo/load-demo'
import { verifyCommand } from '../../../electron/cli/verify'

const root = resolve(__dirname, '../../..')
/** The children are bundled once and run by plain Node: 40 launches through tsx would take minutes. */
const bundles = join(root, 'node_modules/.cache/ecocase-crash-test')
const kills = 20

function bundle(name: string): string {
  const outfile = join(bundles, `${name}.cjs`)
  buildSync({ entryPoints: [join(root, `test/unit/db/fixtures/${name}.ts`)], bundle: true, platform: 'node', format: 'cjs', external: ['better-sqlite3'], outfile, logLevel: 'error' })
  return outfile
}

/**
 * Runs a child until a line it prints passes `killAt`, then SIGKILLs it
 * (no chance to clean up, as a power cut or a crash). Returns every line it
 * printed before it died.
 */
function runUntil(script: string, args: string[], killAt: (line: string) => boolean, stdin?: string): Promise<string[]> {
  const child = spawn(process.execPath, [script, ...args], { cwd: root })
  const lines: string[] = []
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line)
    if (line === 'ready' && stdin) child.stdin.write(stdin)
    if (killAt(line)) child.kill('SIGKILL')
  })
  return new Promise((done, fail) =>
    child.on('exit', (code, signal) => (signal === 'SIGKILL' || code === 0 ? done(lines) : fail(new Error(`child failed (${code}): ${stderr}`))))
  )
}

let dataDir: string
let burst: string
let importer: string
let sampleCodes: string[]

beforeAll(async () => {
  mkdirSync(bundles, { recursive: true })
  burst = bundle('write-burst')
  importer = bundle('import-child')
  dataDir = join(mkdtempSync(join(tmpdir(), 'ecocase-crash-')), 'data')
  const core = await openCore({ dataDir })
  await loadDemo(core)
  sampleCodes = (await core.db.selectFrom('sample').select('code').where('matrix', '=', 'surface_water').execute()).map((s) => s.code)
  await core.close()
}, 60_000)

/** What is committed, read straight from the file (no core: nothing is migrated, signed or recovered by it). */
const countResults = async () => {
  const sqlite = new BetterSqlite3(join(dataDir, 'ecocase.sqlite'), { readonly: true })
  try {
    const results = (sqlite.prepare('select count(*) as n from lab_result').get() as { n: number }).n
    const fields = new Set((sqlite.prepare('select code from field').all() as { code: string }[]).map((f) => f.code))
    return { results, fields }
  } finally {
    sqlite.close()
  }
}

describe('SIGKILL of a writer', () => {
  it(`in the middle of a burst of writes, ${kills} times: every write reported committed is there, and verify passes`, async () => {
    const committed: string[] = []
    for (let round = 1; round <= kills; round++) {
      // Killed after a varying number of commits, so the kill falls at different points of a write.
      const after = 1 + (round % 7)
      const lines = await runUntil(burst, [dataDir, `burst${round}`, '1000'], (line) => line === `ok burst${round}_${after}`, 'go\n')
      committed.push(...lines.filter((l) => l.startsWith('ok ')).map((l) => l.slice(3)))
    }
    const { fields } = await countResults()
    expect(committed.filter((code) => !fields.has(code))).toEqual([])
    expect((await verifyCommand(dataDir, {})).output).toContain('结论：通过')
  }, 300_000)

  it(`in the middle of a results import, ${kills} times: the import is all there or not at all, and verify passes`, async () => {
    const rowsPerImport = 300
    for (let round = 1; round <= kills; round++) {
      const csv = join(dataDir, '..', `results-${round}.csv`)
      const rows = Array.from({ length: rowsPerImport }, (_, i) => {
        const minute = String(i % 60).padStart(2, '0')
        const hour = String(8 + Math.floor(i / 60) % 10).padStart(2, '0')
        return `${sampleCodes[i % sampleCodes.length]},cod,${20 + (i % 9)},,mg/L,4,HJ 828-2017,漳州市环境监测中心,CRASH-${round},2021-06-${String(1 + (Math.floor(i / sampleCodes.length) % 28)).padStart(2, '0')} ${hour}:${minute}`
      })
      writeFileSync(csv, ['sample_code,parameter,value,qualifier,unit,detection_limit,method,lab,report_number,analysed_at', ...rows].join('\n'))
      const before = (await countResults()).results
      // The kill falls while checking, at the start of the write transaction, in its middle, or after the commit.
      const stage = [`checked 0/${rowsPerImport}`, `written 0/${rowsPerImport}`, `written 200/${rowsPerImport}`, `imported ${rowsPerImport}`][round % 4]!
      const lines = await runUntil(importer, [dataDir, csv], (line) => line === stage)
      const after = (await countResults()).results
      if (lines.includes(`imported ${rowsPerImport}`)) expect(after - before).toBe(rowsPerImport)
      else expect([0, rowsPerImport]).toContain(after - before)
    }
    expect((await verifyCommand(dataDir, {})).output).toContain('结论：通过')
  }, 300_000)
})
