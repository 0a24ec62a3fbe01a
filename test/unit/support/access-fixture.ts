import type { Core } from '../../../electron/core/core'
import { demoPassword, loadDemo } from '../../../electron/core/demo/load-demo'
import { openSession } from '../../../electron/core/users/open-session'
import type { Session } from '../../../electron/core/call'
import { actorOf, testCore, type Actor } from './test-core'

/** The six identities the access tests and the permission matrix call as. */
export const identities = ['clerk', 'judge', 'admin', 'assigned', 'unassigned', 'ended'] as const
export type Identity = (typeof identities)[number]

/**
 * The demo court (the pond case, its samples, opinion, order, inspection),
 * and the six identities of the access rule: the case's clerk and judge, the
 * administrator, 林永华 (active on the pond case), 赵调查官 (an investigator
 * linked to a pool expert on no case) and 陈静怡 (whose assignment to the pond
 * case was completed). Every account's password is the demo's.
 */
export async function accessFixture(start = '2026-03-02T01:00:00.000Z') {
  const core: Core = await testCore(start)
  await loadDemo(core)
  const sessionOf = (username: string) => openSession(core, 'internal', username, demoPassword)
  const admin = actorOf(core, await sessionOf('admin'))
  const clerk = actorOf(core, await sessionOf('chen.clerk'))
  // 赵调查官: an investigator of the pool (an expert of the demo pool no case names), the link confirmed.
  const unassignedExpert = core.sqlite.prepare("select id from expert where id not in (select expert_id from assignment) order by name limit 1").pluck().get() as string
  const first = `${demoPassword}-first`
  const zhao = await admin.must('users.create', { username: 'zhao.investigator', displayName: '赵调查官', role: 'investigator', extraRoles: [], password: first })
  const firstSession = await openSession(core, 'internal', 'zhao.investigator', first)
  await actorOf(core, firstSession).must('session.changePassword', { currentPassword: first, newPassword: demoPassword })
  await admin.must('users.linkExpert', { userId: zhao.id, expertId: unassignedExpert })
  const unassigned = actorOf(core, await sessionOf('zhao.investigator'))
  await unassigned.must('users.confirmExpertLink', { password: demoPassword })
  // 陈静怡's assignment to the pond case ends as completed.
  const pondCaseId = core.sqlite.prepare("select id from court_case where case_number like '%刑初123号'").pluck().get() as string
  const chenAssignment = core.sqlite
    .prepare("select a.id, a.revision from assignment a join app_user u on u.expert_id = a.expert_id where u.username = 'chen.investigator' and a.case_id = ?")
    .get(pondCaseId) as { id: string; revision: number }
  await clerk.must('assignments.complete', { id: chenAssignment.id, revision: chenAssignment.revision })
  const actors: Record<Identity, Actor> = {
    clerk,
    judge: actorOf(core, await sessionOf('wang.judge')),
    admin,
    assigned: actorOf(core, await sessionOf('lin.investigator')),
    unassigned,
    ended: actorOf(core, await sessionOf('chen.investigator'))
  }
  return { core, actors, pondCaseId, unassignedExpert }
}

/** A copy of the actor's session, active now, so a lock, sign-out or idle clock of one call does not carry over. */
export function freshSession(core: Core, actor: Actor): Session {
  return { ...actor.session, lastActiveAt: core.now().getTime() }
}
