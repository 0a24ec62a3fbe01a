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
  'visits.list',
  'visits.get',
  'visits.create',
  'visits.update',
  'samples.list',
  'samples.get',
  'samples.create',
  'samples.update',
  'samples.void',
  'samples.caseCode',
  'samples.setCaseCode',
  'samples.setCodePattern',
  'custody.record',
  'custody.void',
  'labResults.create',
  'labResults.void',
  'labResults.import',
  'labResults.series'
] as const

export type Channel = (typeof channels)[number]

export function isChannel(name: string): name is Channel {
  return (channels as readonly string[]).includes(name)
}
