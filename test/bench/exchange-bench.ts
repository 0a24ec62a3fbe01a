import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Core } from '../../electron/core/core'
import { openCore } from '../../electron/core/core'
import { newSession, type Session } from '../../electron/core/call'
import { dispatch } from '../../electron/core/handler-table'

export interface ExchangeTiming {
  name: string
  ms: number
  detail: string
}

/**
 * Issue 12's figure: the export of the largest case (the most samples) to a
 * new laptop and its import there, each timed once (they write: a package
 * record here, the whole case there). The laptop is a throwaway folder.
 */
export async function benchExchange(core: Core, sessionOf: (userId: string) => Promise<Session>): Promise<ExchangeTiming[]> {
  const heaviest = core.sqlite.prepare('select case_id, count(*) as n from sample group by case_id order by n desc limit 1').get() as { case_id: string; n: number }
  const admin = core.sqlite.prepare("select id from app_user where role = 'admin' and active = 1 limit 1").pluck().get() as string
  const clerk = core.sqlite.prepare("select id from app_user where role = 'clerk' and active = 1 limit 1").pluck().get() as string
  const dir = mkdtempSync(join(tmpdir(), 'ecocase-bench-laptop-'))
  const laptop = await openCore({ dataDir: join(dir, 'data') })
  try {
    const call = async (on: Core, session: Session, channel: string, input: unknown) => {
      const reply = await dispatch(on, session, channel, input)
      if (!reply.ok) throw new Error(`${channel}: ${reply.error.message}`)
      return reply.value as Record<string, unknown>
    }
    const laptopSession = newSession('internal')
    await call(laptop, laptopSession, 'session.setup', { username: 'admin', displayName: '笔记本管理员', password: 'bench-laptop-password' })
    const courtCard = await call(core, await sessionOf(admin), 'exchange.card', {})
    const laptopCard = await call(laptop, laptopSession, 'exchange.card', {})
    await call(core, await sessionOf(admin), 'exchange.pair', { card: JSON.stringify(laptopCard), expertId: null })
    await call(laptop, laptopSession, 'exchange.pair', { card: JSON.stringify(courtCard), expertId: null })

    const file = join(dir, 'case.ecocase')
    let t = performance.now()
    const exported = await call(core, await sessionOf(clerk), 'exchange.export', { to: laptopCard.installationId, caseId: heaviest.case_id, changes: false, file })
    const exportMs = performance.now() - t
    t = performance.now()
    const imported = await call(laptop, laptopSession, 'exchange.import', { file })
    const importMs = performance.now() - t
    const mb = (statSync(file).size / 1024 / 1024).toFixed(1)
    return [
      { name: `导出最大案件的数据包（${heaviest.n} 份样品）`, ms: exportMs, detail: `${exported.events} 个事件，${exported.attachments} 个附件，${mb} MB` },
      { name: '在新笔记本上导入该数据包', ms: importMs, detail: `${imported.events} 个事件，冲突 ${imported.conflicts}` }
    ]
  } finally {
    await laptop.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
