import { AppError } from '../../shared/errors'
import type { Role } from '../../shared/roles'
import type { Core } from '../core'
import { dispatch } from '../handler-table'
import type { Channel } from '../../shared/channels'
import type { InputOf, ReplyOf } from '../../shared/contract'
import { findUserByUsername } from '../users/user.repository'
import { demoExperts } from './demo-experts'

/** The people of the demo court, who make every demo record through the ordinary channels. */
const demoStaff: { username: string; displayName: string; role: Role }[] = [
  { username: 'chen.clerk', displayName: '陈晓雯', role: 'clerk' },
  { username: 'lin.investigator', displayName: '林永华', role: 'investigator' },
  { username: 'chen.investigator', displayName: '陈静怡', role: 'investigator' },
  { username: 'wang.judge', displayName: '王建明', role: 'judge' }
]

async function as(core: Core, username: string) {
  const user = await findUserByUsername(core.db, username)
  if (!user) throw new Error(`demo user ${username} missing`)
  const session = { userId: user.id }
  return async <C extends Channel>(channel: C, input: InputOf<C>): Promise<ReplyOf<C>> => {
    const reply = await dispatch(core, session, channel, input)
    if (!reply.ok) throw new Error(`demo ${channel}: ${reply.error.message}`)
    return reply.value as ReplyOf<C>
  }
}

/**
 * Fills an empty data folder with the demo data set: a fictionalised version
 * of the Zhangzhou pond case and a pool of experts over the 11 fields. Every
 * record goes through the handler table, so the audit chain covers it.
 */
export async function loadDemo(core: Core): Promise<{ experts: number; users: number }> {
  const existing = await core.db.selectFrom('expert').select('id').limit(1).executeTakeFirst()
  if (existing) throw new AppError('conflict', '数据文件夹中已有数据，演示数据只能载入空的数据文件夹')

  const admin = await as(core, 'admin')
  for (const person of demoStaff) await admin('users.create', person)

  const clerk = await as(core, 'chen.clerk')
  const fields = await clerk('fields.list', {})
  const fieldId = (code: string) => {
    const field = fields.find((f) => f.code === code)
    if (!field) throw new Error(`demo field ${code} missing`)
    return field.id
  }
  for (const [i, e] of demoExperts.entries()) {
    await clerk('experts.create', {
      name: e.name,
      organisation: e.organisation,
      title: e.title,
      fieldIds: e.fields.map(fieldId),
      primaryFieldId: fieldId(e.fields[0]!),
      phone: `0596-${(2_100_000 + i * 137).toString()}`,
      email: '',
      termStart: '2025-01-01',
      termEnd: i % 9 === 8 ? '2026-06-30' : '2027-12-31',
      maxConcurrentCases: 3,
      affiliations: e.affiliations ?? [],
      notes: ''
    })
  }
  return { experts: demoExperts.length, users: demoStaff.length }
}
