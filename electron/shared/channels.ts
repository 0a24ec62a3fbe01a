/**
 * Every channel of the contract, `domain.verb`. Kept free of imports so the
 * sandboxed preload can bundle it without pulling in zod.
 */
export const channels = [
  'session.current',
  'session.signIn',
  'users.list',
  'users.create',
  'fields.list',
  'fields.create',
  'fields.update',
  'experts.list',
  'experts.get',
  'experts.create',
  'experts.update',
  'experts.suspend',
  'experts.reinstate',
  'cases.list',
  'cases.get',
  'cases.create',
  'cases.update',
  'cases.setStatus',
  'sites.list',
  'sites.create',
  'sites.update',
  'assignments.list',
  'assignments.screen',
  'assignments.designate',
  'assignments.notify',
  'assignments.activate',
  'assignments.complete',
  'assignments.decline',
  'assignments.recuse',
  'assignments.markConflict',
  'assignments.workload',
  'draws.create',
  'draws.get',
  'draws.replay',
  'attachments.record',
  'attachments.get',
  'attachments.verify',
  'holdingTimes.list',
  'holdingTimes.update',
  'users.linkExpert',
  'estimates.calculate',
  'estimates.create',
  'estimates.list',
  'opinions.forCase',
  'opinions.get',
  'opinions.print',
  'opinions.create',
  'opinions.update',
  'opinions.sign',
  'opinions.submit'
] as const

export type Channel = (typeof channels)[number]

export function isChannel(name: string): name is Channel {
  return (channels as readonly string[]).includes(name)
}
