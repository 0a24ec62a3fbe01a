import { v7 as uuidv7 } from 'uuid'
import { AppError } from '../../shared/errors'
import type { Channel } from '../../shared/channels'
import type { InputOf, ReplyOf } from '../../shared/contract'
import type { Core } from '../core'
import { dispatch } from '../handler-table'
import { openSession } from '../users/open-session'
import { newSession } from '../call'
import { demoPassword } from '../demo/load-demo'

const firstPassword = `${demoPassword}-first`
import { signChainHead } from '../audit/chain-head'
import { BulkWriter, type BulkActor } from './bulk-writer'
import { rebuildSearchIndex } from '../search/search-index'
import { seedCase, type CaseContext, type Person } from './seed-case'
import { CASE_KINDS, COURTS, EXPERT_ORGANISATIONS, EXPERT_TITLES, SeededRandom, personName } from './scale-names'

export type Scale = 'province' | 'county'

/**
 * The volumes of issue 15 (a province: 2,000 experts, 50,000 cases,
 * ~200,000 samples, ~1,000,000 lab results, 20,000 orders with 100,000
 * milestones); a county is a tenth. A few heavy cases carry ~600 samples.
 */
export const scaleVolumes: Record<Scale, ScaleVolume> = {
  province: { experts: 2000, cases: 50_000, orders: 20_000, judges: 60, clerks: 90, investigators: 200, heavyCases: 6 },
  county: { experts: 200, cases: 5_000, orders: 2_000, judges: 8, clerks: 12, investigators: 24, heavyCases: 3 }
}

/** How much seed-scale writes. */
export interface ScaleVolume {
  experts: number
  cases: number
  orders: number
  judges: number
  clerks: number
  investigators: number
  heavyCases: number
}

/** Bulk events between two signed heads. */
const headEvery = 20_000

/** Samples of a heavy case (the evidence picker's worst case). */
export const heavyCaseSamples = 600

/** The five simulated years end here (the data is dated before the seed runs, whatever the clock says). */
const periodEnd = Date.parse('2026-11-30T08:00:00Z')
const periodStart = Date.parse('2021-12-01T00:00:00Z')

export interface SeedReport {
  scale: Scale
  seconds: number
  rows: Record<string, number>
  events: number
}

/**
 * Fills an empty data folder with a province's (or a county's) volume,
 * deterministically (a fixed seed): users and the expert pool through the
 * handler table (the app's own rules and write path), everything else
 * through {@link BulkWriter}, which binds every row to its own signed audit
 * event as the records module does, so `verify` passes.
 */
export async function seedScale(
  core: Core,
  scale: Scale,
  options: { progress?: (line: string) => void; volume?: ScaleVolume } = {}
): Promise<SeedReport> {
  const progress = options.progress ?? (() => {})
  const started = performance.now()
  const existing = await core.db.selectFrom('courtCase').select('id').limit(1).executeTakeFirst()
  if (existing) throw new AppError('conflict', 'scale_needs_empty_folder')
  const volume = options.volume ?? scaleVolumes[scale]
  const random = new SeededRandom(scale === 'province' ? 20_150_101 : 20_150_102)

  // The administrator has the demo password (README); every other account the first password `ecocase-demo-first`,
  // to be replaced at its first sign-in as an administrator's new account is.
  const setup = await dispatch(core, newSession('internal'), 'session.setup', { username: 'admin', displayName: '系统管理员', password: demoPassword })
  if (!setup.ok) throw new Error(`seed-scale session.setup: ${setup.error.message}`)
  const admin = await caller(core, 'admin')
  const staff = async (role: 'judge' | 'clerk' | 'investigator', count: number) => {
    const people: Person[] = []
    for (let i = 0; i < count; i++) {
      const displayName = personName(random)
      const created = await admin('users.create', { username: `${role}.${(i + 1).toString().padStart(3, '0')}`, displayName, role, password: firstPassword })
      people.push({ id: created.id, name: displayName })
    }
    return people
  }
  const judges = await staff('judge', volume.judges)
  const clerks = await staff('clerk', volume.clerks)
  const investigators = await staff('investigator', volume.investigators)
  progress(`用户：${judges.length + clerks.length + investigators.length + 1} 位`)

  const clerk = await caller(core, 'clerk.001', true)
  const fields = await clerk('fields.list', {})
  const experts: { id: string; name: string; fieldId: string }[] = []
  for (let i = 0; i < volume.experts; i++) {
    const primary = random.pick(fields)
    const second = random.chance(0.4) ? random.pick(fields) : primary
    const fieldIds = [...new Set([primary.id, second.id])]
    const created = await clerk('experts.create', {
      name: personName(random),
      organisation: random.pick(EXPERT_ORGANISATIONS),
      title: random.pick(EXPERT_TITLES),
      fieldIds,
      primaryFieldId: primary.id,
      phone: `0591-${(8_700_000 + i * 37).toString()}`,
      email: '',
      termStart: '2022-01-01',
      termEnd: i % 13 === 12 ? '2026-06-30' : '2027-12-31',
      maxConcurrentCases: random.int(5, 10),
      affiliations: [],
      notes: ''
    })
    experts.push({ id: created.id, name: created.name, fieldId: primary.id })
    if (i % 500 === 499) progress(`专家：${i + 1} 位`)
  }
  // Each investigator account signs as one expert of the pool.
  for (const [i, investigator] of investigators.entries()) await admin('users.linkExpert', { userId: investigator.id, expertId: experts[i]!.id })
  progress(`专家：${experts.length} 位（经处理程序写入）`)

  const orderTypes = await core.db.selectFrom('orderType').select(['id', 'code']).orderBy('sortOrder').execute()
  let idClock = 0
  const newId = () => uuidv7({ msecs: periodStart + idClock++, random: random.bytes() })
  const writer = new BulkWriter(core.sqlite, newId)
  const context: CaseContext = {
    writer,
    random,
    newId,
    judges,
    clerks,
    investigators,
    experts,
    orderTypes,
    today: new Date(periodEnd).toISOString().slice(0, 10),
    sequence: new Map()
  }

  // Cases in filing order over the five years; every 2.5th case is given an order until the target is met.
  const filed = Array.from({ length: volume.cases }, () => periodStart + random.next() * (periodEnd - 60 * 86_400_000 - periodStart)).sort((a, b) => a - b)
  const heavy = new Set(Array.from({ length: volume.heavyCases }, (_, i) => Math.floor(((i + 0.5) * volume.cases) / volume.heavyCases)))
  const orderEvery = volume.cases / volume.orders
  let orders = 0
  const batchSize = 200
  let signedAt = 0
  for (let start = 0; start < filed.length; start += batchSize) {
    writer.batch(() => {
      for (let i = start; i < Math.min(start + batchSize, filed.length); i++) {
        const wantsOrder = Math.floor((i + 1) / orderEvery) > orders
        const court = COURTS[i % COURTS.length]!
        const kind = pickKind(random)
        const made = seedCase(context, { index: i, filedAt: filed[i]!, court, kind, heavy: heavy.has(i) ? heavyCaseSamples : 0, withOrder: wantsOrder })
        if (made.order) orders++
      }
    })
    // The app's own signed head vouches for the bulk events before it (see BulkWriter).
    if (writer.events - signedAt >= headEvery) {
      await signChainHead(core, 'daily')
      writer.continueChain()
      signedAt = writer.events
    }
    if ((start + batchSize) % 2000 === 0) progress(`案件：${start + batchSize} / ${filed.length}，用时 ${((performance.now() - started) / 1000).toFixed(0)} 秒`)
  }
  // The bulk rows bypassed the records module and so its upkeep of the search index: they are indexed here at once, in one transaction.
  await core.db.transaction().execute((trx) => rebuildSearchIndex(trx))
  progress(`搜索索引：已建立，用时 ${((performance.now() - started) / 1000).toFixed(0)} 秒`)
  await signChainHead(core, 'close')
  const events = (core.sqlite.prepare('select count(*) as n from audit_event').get() as { n: number }).n
  return { scale, seconds: (performance.now() - started) / 1000, rows: Object.fromEntries(writer.counts), events }
}

function pickKind(random: SeededRandom) {
  let roll = random.next()
  for (const kind of CASE_KINDS) {
    roll -= kind.weight
    if (roll < 0) return kind
  }
  return CASE_KINDS[0]!
}

/**
 * Calls channels signed in as one seeded user. A user created by the
 * administrator must choose a password at the first sign-in: `firstSignIn`
 * does so, choosing the demo password.
 */
async function caller(core: Core, username: string, firstSignIn = false) {
  const session = await openSession(core, 'internal', username, firstSignIn ? firstPassword : demoPassword)
  if (firstSignIn) {
    const changed = await dispatch(core, session, 'session.changePassword', { currentPassword: firstPassword, newPassword: demoPassword })
    if (!changed.ok) throw new Error(`seed-scale session.changePassword: ${changed.error.message}`)
  }
  return async <C extends Channel>(channel: C, input: InputOf<C>): Promise<ReplyOf<C>> => {
    const reply = await dispatch(core, session, channel, input)
    if (!reply.ok) throw new Error(`seed-scale ${channel}: ${reply.error.message}`)
    return reply.value as ReplyOf<C>
  }
}

export type { BulkActor }
