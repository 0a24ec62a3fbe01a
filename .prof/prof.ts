import { openCore } from '../electron/core/core'
import { dispatch } from '../electron/core/handler-table'
import { newSession } from '../electron/core/call'
import { findUser } from '../electron/core/users/user.repository'
async function main() {
  const core = await openCore({ dataDir: '/work/scale-county' })
  const q = (sql: string) => core.sqlite.prepare(sql).get() as any
  const clerk = q("select id from app_user where username='clerk.001'").id
  const judge = q("select id from app_user where username='judge.001'").id
  const sess = async (id: string) => ({ ...newSession('internal'), userId: id, role: (await findUser(core.db, id))!.role, lastActiveAt: Date.now() })
  const c = await sess(clerk), j = await sess(judge)
  const ordinary = q("select id from court_case where status = 'restoration' order by filed_on desc limit 1").id
  const chans = (process.argv[2] ?? 'cases.list').split(',')
  for (const ch of chans) {
    const [name, who] = ch.split(':')
    const s = who === 'j' ? j : c
    const input = name.includes('forCase') || ['sites.list','assignments.list','visits.list','estimates.list'].includes(name) ? { caseId: ordinary } : name === 'cases.get' ? { id: ordinary } : {}
    for (let i = 0; i < 50; i++) { s.lastActiveAt = Date.now(); const r = await dispatch(core, s, name, input); if (!r.ok) throw new Error(JSON.stringify(r.error)) }
    const t = performance.now(); const n = 300
    for (let i = 0; i < n; i++) { s.lastActiveAt = Date.now(); await dispatch(core, s, name, input) }
    console.log(name, ((performance.now() - t) / n).toFixed(3), 'ms')
  }
  await core.close()
}
main()
