/**
 * `npm run -s bench -- --data DIR --out FILE` (issue 15): over a data folder
 * made by `seed-scale`, times every query behind a screen through
 * `dispatch` (the full handler path: session, zod, permissions, kysely) and
 * the same statements replayed through better-sqlite3 prepared once, in the
 * same process; then opening with the migration check, the CLI's start to
 * its first query and a full `verify`, each with peak memory. Writes one
 * JSON document and prints a table. Not part of `npm test`: targets are
 * checked here, never by timed assertions in tests.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import BetterSqlite3 from 'better-sqlite3'
import { openCore, databaseFileName, type Core } from '../../electron/core/core'
import { dispatch } from '../../electron/core/handler-table'
import { clearStatementCache } from '../../electron/core/db/statement-cache'
import { newSession, type Session } from '../../electron/core/call'
import { findUser } from '../../electron/core/users/user.repository'
import { rawReplayer, statementRecorder } from './sql-capture'
import { benchScenarios, type Scenario } from './bench-scenarios'
import { benchExchange } from './exchange-bench'
import { benchImport, benchImportResponsiveness } from './import-bench'
import { benchChromium } from './chromium-bench'

export interface BenchResult {
  name: string
  p50_ms: number
  p95_ms: number
  raw_p50_ms: number | null
  ratio: number | null
  target: number | null
  meets: boolean | null
  peak_rss_mb: number | null
  statements?: number
  error?: string
}

const root = resolve(__dirname, '../..')

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!
}

const round = (ms: number) => Math.round(ms * 1000) / 1000

/** Runs `work` until `budgetMs` is spent or `maxRuns` reached (after warm-up), returning sorted times. */
async function timeRuns(work: () => unknown, { warmup = 3, minRuns = 10, maxRuns = 200, budgetMs = 1500 } = {}): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await work()
  const times: number[] = []
  const started = performance.now()
  while (times.length < minRuns || (times.length < maxRuns && performance.now() - started < budgetMs)) {
    const t = performance.now()
    await work()
    times.push(performance.now() - t)
  }
  return times.sort((a, b) => a - b)
}

const benchSessions = new Map<string, Session>()

/**
 * A signed-in session per seeded user, made directly: the bench measures the
 * channels, not scrypt, and no transport ever makes a session this way.
 */
async function benchSession(core: Core, userId: string): Promise<Session> {
  let session = benchSessions.get(userId)
  if (!session) {
    const user = await findUser(core.db, userId)
    if (!user) throw new Error(`bench: no user ${userId}`)
    session = { ...newSession('internal'), userId, role: user.role }
    benchSessions.set(userId, session)
  }
  session.lastActiveAt = core.now().getTime()
  return session
}

const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024)

async function runScenario(core: Core, recorder: ReturnType<typeof statementRecorder>, replay: ReturnType<typeof rawReplayer>, scenario: Scenario): Promise<BenchResult> {
  const once = async () => {
    // Read each time: a draw takes the next case, so the same pool is not drawn from twice.
    for (const call of scenario.calls) {
      const reply = await dispatch(core, await benchSession(core, call.userId), call.channel, call.input)
      if (!reply.ok) throw new Error(`${call.channel}: ${reply.error.code} ${reply.error.message}`)
    }
  }
  try {
    // With the cache empty, every statement the handler runs is prepared, so the recorder sees it; emptied again so the timed runs use real statements.
    clearStatementCache(core.sqlite)
    const statements = await recorder.capture(once)
    clearStatementCache(core.sqlite)
    const raw = replay(statements)
    const times = await timeRuns(once, scenario.writes ? { warmup: 1, minRuns: 10, maxRuns: 30 } : {})
    const rawTimes = raw ? await timeRuns(raw) : null
    const p50 = percentile(times, 0.5)
    const p95 = percentile(times, 0.95)
    const rawP50 = rawTimes ? percentile(rawTimes, 0.5) : null
    const ratio = rawP50 ? p50 / rawP50 : null
    const meetsTime = scenario.target === null ? null : p95 <= scenario.target
    const meetsRatio = scenario.maxRatio && ratio !== null ? ratio <= scenario.maxRatio : true
    return {
      name: scenario.name,
      p50_ms: round(p50),
      p95_ms: round(p95),
      raw_p50_ms: rawP50 === null ? null : round(rawP50),
      ratio: ratio === null ? null : Math.round(ratio * 100) / 100,
      target: scenario.target,
      meets: meetsTime === null ? null : meetsTime && meetsRatio,
      peak_rss_mb: peakRssMb(),
      statements: statements.length
    }
  } catch (error) {
    return { name: scenario.name, p50_ms: NaN, p95_ms: NaN, raw_p50_ms: null, ratio: null, target: scenario.target, meets: false, peak_rss_mb: null, error: String(error) }
  }
}

/** Times a child process; its peak memory comes from GNU time's %M (kB). */
function timeProcess(name: string, args: string[], target: number | null, runs: number): BenchResult {
  const times: number[] = []
  let peak = 0
  let error: string | undefined
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    times.push(performance.now() - t)
    const kb = Number(run.stderr.trim().split('\n').at(-1))
    if (Number.isFinite(kb)) peak = Math.max(peak, kb)
    if (run.status !== 0 && run.status !== 1) error = `exit ${run.status}: ${run.stderr.slice(0, 200)}`
  }
  times.sort((a, b) => a - b)
  const p95 = percentile(times, 0.95)
  return {
    name,
    p50_ms: round(percentile(times, 0.5)),
    p95_ms: round(p95),
    raw_p50_ms: null,
    ratio: null,
    target,
    meets: target === null ? null : p95 <= target,
    peak_rss_mb: Math.round(peak / 1024),
    ...(error ? { error } : {})
  }
}

/**
 * The results import and the calls answered during one, in a process of
 * their own (this bench with `--import-only`): the peak memory is then the
 * import's process's (issue 15: ≤ 300 MB for the whole process), not what the
 * scenarios and the exchange pair held before it.
 */
function importInItsOwnProcess(dataDir: string, rows: number): BenchResult[] {
  const run = spawnSync(process.execPath, [...process.execArgv, __filename, '--import-only', '--data', dataDir, '--import-rows', String(rows)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024
  })
  if (run.status !== 0) throw new Error(`bench --import-only: exit ${run.status}`)
  return JSON.parse(run.stdout) as BenchResult[]
}

async function importResults(dataDir: string, rows: number): Promise<BenchResult[]> {
  const core = await openCore({ dataDir })
  const session = (userId: string) => benchSession(core, userId)
  // The 30,000-row import first, so its row's peak memory is its own.
  const live = await benchImportResponsiveness(core, session, 30_000)
  process.stderr.write(`calls during a ${live.rows}-row import: ${live.calls}, median ${round(live.medianMs)} ms, max ${round(live.maxMs)} ms\n`)
  const liveResult: BenchResult = {
    name: `导入 ${live.rows} 行期间的其他调用（cases.list，${live.calls} 次）：p50 列为中位数，p95 列为最大值`,
    p50_ms: round(live.medianMs),
    p95_ms: round(live.maxMs),
    raw_p50_ms: null,
    ratio: null,
    target: 100,
    meets: live.maxMs <= 100,
    peak_rss_mb: peakRssMb()
  }
  const timing = await benchImport(core, session, rows)
  process.stderr.write(`import ${rows}: ${Math.round(timing.importMs)} ms, raw ${Math.round(timing.rawMs)} ms\n`)
  await core.close()
  const ratio = timing.rawMs / timing.importMs
  return [
    {
      name: `结果导入 ${rows} 行（流式读入、每批至多 500 行一个批量审计事件，独立进程）：导入速率 ${Math.round(rows / (timing.importMs / 1000))} 行/秒，原始插入加审计 ${Math.round(rows / (timing.rawMs / 1000))} 行/秒，为其 ${Math.round(ratio * 100)}%（目标 ≥ 50%，峰值内存 ≤ 300 MB）`,
      p50_ms: round(timing.importMs),
      p95_ms: round(timing.importMs),
      raw_p50_ms: round(timing.rawMs),
      ratio: Math.round((timing.importMs / timing.rawMs) * 100) / 100,
      target: null,
      meets: ratio >= 0.5 && timing.peakRssMb <= 300,
      peak_rss_mb: timing.peakRssMb
    },
    liveResult
  ]
}

async function main() {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, out: { type: 'string' }, 'skip-verify': { type: 'boolean' }, 'skip-import': { type: 'boolean' }, 'import-rows': { type: 'string' }, 'import-only': { type: 'boolean' }, only: { type: 'string' } }
  })
  if (!values.data) throw new Error('bench 需要 --data DIR（由 seed-scale 生成的数据文件夹）')
  const dataDir = resolve(values.data)
  if (values['import-only']) {
    process.stdout.write(JSON.stringify(await importResults(dataDir, Number(values['import-rows'] ?? 100_000))))
    return
  }
  const results: BenchResult[] = []

  const opens = await timeRuns(
    async () => {
      const core = await openCore({ dataDir })
      await core.close()
    },
    { warmup: 1, minRuns: 5, maxRuns: 10, budgetMs: 3000 }
  )
  results.push({ name: '打开数据文件夹（含迁移检查）', p50_ms: round(percentile(opens, 0.5)), p95_ms: round(percentile(opens, 0.95)), raw_p50_ms: null, ratio: null, target: 100, meets: percentile(opens, 0.95) <= 100, peak_rss_mb: peakRssMb() })

  const core = await openCore({ dataDir })
  const recorder = statementRecorder(core.sqlite)
  const raw = new BetterSqlite3(join(dataDir, databaseFileName), { readonly: true })
  const replay = rawReplayer(raw)
  // `--only 列表,证据` times only the scenarios whose names hold one of the words, and nothing else (no exchange, Chromium, import, CLI or verify).
  const only = values.only?.split(',').filter((word) => word !== '') ?? null
  const scenarios = (await benchScenarios(core)).filter((s) => only === null || only.some((word) => s.name.includes(word)))
  const scale = (core.sqlite.prepare('select count(*) as n from court_case').get() as { n: number }).n >= 40_000 ? 'province' : 'county'
  for (const scenario of scenarios) {
    const result = await runScenario(core, recorder, replay, scenario)
    results.push(result)
    process.stderr.write(result.error ? `未能测量：${result.name}：${result.error}\n` : `${result.name}: p95 ${result.p95_ms} ms\n`)
  }
  if (only !== null) {
    raw.close()
    await core.close()
    return report(values.out, scale, results)
  }
  for (const timing of await benchExchange(core, (userId) => benchSession(core, userId))) {
    results.push({ name: `${timing.name}（${timing.detail}）`, p50_ms: round(timing.ms), p95_ms: round(timing.ms), raw_p50_ms: null, ratio: null, target: null, meets: null, peak_rss_mb: peakRssMb() })
    process.stderr.write(`${timing.name}: ${Math.round(timing.ms)} ms (${timing.detail})\n`)
  }
  raw.close()
  await core.close()
  results.push(...(await benchChromium(dataDir)))

  if (!values['skip-import']) results.push(...importInItsOwnProcess(dataDir, Number(values['import-rows'] ?? 100_000)))

  results.push(timeProcess('命令行启动到首次查询（call fields.list）', [join(root, 'out/cli/index.js'), 'call', 'fields.list', '{}', '--data', dataDir], 300, 10))
  if (!values['skip-verify']) {
    // The verified point is kept outside the folder: a state folder of this run, so the full check runs first and the incremental one starts where it ended.
    process.env.ECOCASE_VERIFY_STATE = mkdtempSync(join(tmpdir(), 'ecocase-bench-verified-'))
    results.push(timeProcess('完整 verify（--full）', [join(root, 'out/cli/index.js'), 'verify', '--full', '--data', dataDir], 30_000, 1))
    results.push(timeProcess('增量 verify（自上次通过的核验点）', [join(root, 'out/cli/index.js'), 'verify', '--data', dataDir], 3_000, 2))
  }

  report(values.out, scale, results)
}

/** Writes the JSON document and prints the table; a refused call fails the run. */
function report(out: string | undefined, scale: string, results: BenchResult[]): void {
  if (out) writeFileSync(out, `${JSON.stringify({ scale, results }, null, 2)}\n`)
  process.stdout.write(`${table(scale, results)}\n`)
  // A refused call measured nothing: the run fails, naming each, instead of leaving a row in the table to be read past.
  const refused = results.filter((r) => r.error !== undefined)
  if (refused.length > 0) throw new Error(`${refused.length} 项未能测量（调用被拒绝或出错）：\n${refused.map((r) => `  ${r.name}：${r.error}`).join('\n')}`)
}

function table(scale: string, results: BenchResult[]): string {
  const cell = (v: number | null | boolean | undefined) => (v === null || v === undefined || Number.isNaN(v) ? '—' : v === true ? '是' : v === false ? '否' : String(v))
  const lines = [
    `规模：${scale}`,
    '| 查询 | p50 ms | p95 ms | 原始 SQL p50 ms | 倍数 | 目标 ms | 达标 | 峰值内存 MB |',
    '|---|---|---|---|---|---|---|---|',
    ...results.map((r) => `| ${r.name}${r.error ? `（错误：${r.error.slice(0, 80)}）` : ''} | ${cell(r.p50_ms)} | ${cell(r.p95_ms)} | ${cell(r.raw_p50_ms)} | ${cell(r.ratio)} | ${cell(r.target)} | ${cell(r.meets)} | ${cell(r.peak_rss_mb)} |`)
  ]
  return lines.join('\n')
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`错误：${error instanceof Error ? error.stack : String(error)}\n`)
    process.exit(1)
  }
)
