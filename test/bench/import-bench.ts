import type { Core } from '../../electron/core/core'
import type { Session } from '../../electron/core/call'
import { dispatch } from '../../electron/core/handler-table'

export interface ImportTiming {
  rows: number
  importMs: number
  rawMs: number
  peakRssMb: number
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * The investigator with the most surface-water samples in cases they may
 * write (a notified or active assignment: access follows the case, so an
 * import of another case's samples is refused row by row), and up to 200 of
 * those samples, oldest or newest first.
 */
function importerAndSamples(sqlite: Core['sqlite'], order: 'asc' | 'desc'): { investigator: string; samples: { code: string; sampled_at: string }[] } {
  const writable = `from sample s join assignment a on a.case_id = s.case_id and a.status in ('notified', 'active')
    join app_user u on u.expert_id = a.expert_id and u.role = 'investigator' and u.active = 1
    where s.matrix = 'surface_water' and s.voided_at is null`
  const best = sqlite.prepare(`select u.id ${writable} group by u.id order by count(*) desc, u.id limit 1`).pluck().get() as string | undefined
  if (!best) throw new Error('bench: no investigator has a surface-water sample in a case they may write')
  const samples = sqlite.prepare(`select distinct s.code, s.sampled_at ${writable} and u.id = ? order by s.sampled_at ${order}, s.code limit 200`).all(best) as { code: string; sampled_at: string }[]
  return { investigator: best, samples }
}

/**
 * The results import of `rows` rows (a CSV streamed to the call as the CLI
 * streams its file) beside a raw insert loop of the same rows with their
 * audit (one event-sized row per 500, as the import's batch events) through
 * better-sqlite3 prepared once, in one transaction that is rolled back. The
 * import's rows stay in the folder, under report numbers of their own.
 */
export async function benchImport(core: Core, session: (userId: string) => Promise<Session>, rows: number): Promise<ImportTiming> {
  const sqlite = core.sqlite
  const { investigator, samples } = importerAndSamples(sqlite, 'desc')
  const run = Date.now().toString(36)
  const csvLines = function* () {
    yield 'sample_code,parameter,value,qualifier,unit,detection_limit,method,lab,report_number,analysed_at\n'
    for (let i = 0; i < rows; i++) {
      const sample = samples[i % samples.length]!
      const analysed = new Date(Date.parse(sample.sampled_at) + 6 * 3_600_000)
      const shanghai = new Date(analysed.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')
      yield `${sample.code},cod,${(10 + (i % 40)).toString()},,mg/L,4,HJ 828-2017,福建省环境监测中心站,BENCH-${run}-${Math.floor(i / samples.length)},${shanghai}\n`
    }
  }
  const source = async function* () {
    let chunk = ''
    for (const line of csvLines()) {
      chunk += line
      if (chunk.length > 1 << 20) {
        yield Buffer.from(chunk)
        chunk = ''
        await turn()
      }
    }
    yield Buffer.from(chunk)
  }

  // Raw: the same rows and their audit rows, prepared once, one transaction, rolled back.
  const sampleIds = new Map((sqlite.prepare('select code, id from sample').all() as { code: string; id: string }[]).map((r) => [r.code, r.id]))
  const insert = sqlite.prepare(
    `insert into lab_result (id, sample_id, parameter_key, value, qualifier, unit, detection_limit, method, lab, report_number, analysed_at, reported, source, voided_at, voided_by, void_reason, created_at, updated_at, updated_by, revision)
     values (?, ?, 'cod', ?, null, 'mg/L', 4, 'HJ 828-2017', 'lab', ?, ?, '', 'csv', null, null, '', ?, ?, ?, 0) returning *`
  )
  const audit = sqlite.prepare(
    `insert into audit_event (id, at, actor_id, actor_name, channel, entity_type, entity_id, before_json, after_json, prev_hash, hash, installation_id, chain_seq, hash_version, signature)
     values (?, ?, ?, 'bench', 'bench', 'bench', ?, null, ?, '', ?, null, null, 2, null)`
  )
  const now = new Date().toISOString()
  const rawStarted = performance.now()
  sqlite.exec('begin immediate')
  try {
    let batch: unknown[] = []
    for (let i = 0; i < rows; i++) {
      const sample = samples[i % samples.length]!
      batch.push(insert.get(`bench-raw-${run}-${i}`, sampleIds.get(sample.code), i % 40, `RAW-${run}-${i}`, sample.sampled_at, now, now, investigator))
      if (batch.length === 500 || i === rows - 1) {
        const json = JSON.stringify(batch)
        audit.run(`bench-raw-event-${run}-${i}`, now, investigator, String(i), json, `bench-${run}-${i}`)
        batch = []
      }
    }
  } finally {
    sqlite.exec('rollback')
  }
  const rawMs = performance.now() - rawStarted

  const started = performance.now()
  const reply = await dispatch(core, await session(investigator), 'labResults.import', { fileName: 'bench.csv' }, { source })
  const importMs = performance.now() - started
  if (!reply.ok) throw new Error(`labResults.import: ${reply.error.message}`)
  const report = reply.value as { imported: number; errors: { line: number; reason: string }[] }
  if (report.errors.length > 0 || report.imported !== rows) throw new Error(`labResults.import: ${report.imported} imported, ${JSON.stringify(report.errors.slice(0, 3))}`)
  return { rows, importMs, rawMs, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }
}

export interface ResponsivenessTiming {
  rows: number
  calls: number
  medianMs: number
  maxMs: number
}

/**
 * Issue 10's Done-when: a `rows`-row results import (a CSV streamed as the
 * CLI streams its file) while a judge's case list is asked for again and
 * again, each request arriving in a later turn of the event loop as a
 * transport's does; the latency of each is from its arrival to its reply.
 */
export async function benchImportResponsiveness(core: Core, session: (userId: string) => Promise<Session>, rows: number): Promise<ResponsivenessTiming> {
  const sqlite = core.sqlite
  const { investigator, samples } = importerAndSamples(sqlite, 'asc')
  const judge = (sqlite.prepare("select id from app_user where username = 'judge.001'").get() as { id: string }).id
  const run = Date.now().toString(36)
  const source = async function* () {
    yield Buffer.from('sample_code,parameter,value,qualifier,unit,detection_limit,method,lab,report_number,analysed_at\n')
    let chunk = ''
    for (let i = 0; i < rows; i++) {
      const sample = samples[i % samples.length]!
      const shanghai = new Date(Date.parse(sample.sampled_at) + 14 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')
      chunk += `${sample.code},nh3_n,${(0.1 + (i % 40) / 10).toFixed(1)},,mg/L,,HJ 535-2009,福建省环境监测中心站,LIVE-${run}-${Math.floor(i / samples.length)},${shanghai}\n`
      if (chunk.length > 64 * 1024) {
        yield Buffer.from(chunk)
        chunk = ''
        await turn()
      }
    }
    yield Buffer.from(chunk)
  }
  const judgeSession = await session(judge)
  let importing = true
  const reply$ = dispatch(core, await session(investigator), 'labResults.import', { fileName: 'live.csv' }, { source }).finally(() => (importing = false))
  const latencies: number[] = []
  while (importing) {
    const arrived = performance.now()
    await turn()
    const reply = await dispatch(core, judgeSession, 'cases.list', {})
    latencies.push(performance.now() - arrived)
    if (!reply.ok) throw new Error(`cases.list during the import: ${reply.error.code} ${reply.error.message}`)
  }
  const reply = await reply$
  if (!reply.ok) throw new Error(`labResults.import: ${reply.error.code} ${reply.error.message}`)
  const report = reply.value as { imported: number; errors: { line: number; reason: string }[] }
  if (report.errors.length > 0 || report.imported !== rows) throw new Error(`labResults.import: ${report.imported} imported, ${JSON.stringify(report.errors.slice(0, 3))}`)
  latencies.sort((a, b) => a - b)
  return { rows, calls: latencies.length, medianMs: latencies[latencies.length >> 1]!, maxMs: latencies.at(-1)! }
}
