import type { z } from 'zod'
import { AppError, type AppErrorShape, type ErrorReason, type Result } from '../shared/errors'
import { isChannel, type Channel } from '../shared/channels'
import { contract, type ParsedInputOf, type ReplyOf } from '../shared/contract'
import type { Role } from '../shared/roles'
import type { Core } from './core'
import type { AnonymousCall, Call, Session } from './call'
import { isConstraintError } from './db/sqlite'
import { untilBulkWriteEnds } from './db/bulk-write'
import { storageError } from './db/storage-errors'
import { parseOrRefuse } from './parse-input'
import { activeUser } from './users/session-guard'
import { unlockSigner } from './signatures/signing'
import { signatureHandlers } from './signatures/signature.service'
import { sessionHandlers } from './users/session.service'
import { userHandlers } from './users/user.service'
import { securitySettingHandlers } from './users/security-setting.service'
import { fieldHandlers } from './fields/field.service'
import { expertHandlers } from './experts/expert.service'
import { caseHandlers } from './cases/case.service'
import { siteHandlers } from './sites/site.service'
import { assignmentHandlers } from './assignments/assignment.service'
import { recusalHandlers } from './assignments/recusal.service'
import { attachmentHandlers } from './attachments/attachment.service'
import { holdingTimeHandlers } from './sampling/holding-time.service'
import { visitHandlers } from './sampling/visit.service'
import { sampleHandlers } from './sampling/sample.service'
import { custodyHandlers } from './sampling/custody.service'
import { labResultHandlers } from './sampling/lab-result.service'
import { orderHandlers } from './orders/order.service'
import { milestoneHandlers } from './orders/milestone.service'
import { inspectionHandlers } from './orders/inspection.service'
import { opinionHandlers } from './opinions/opinion.service'
import { documentHandlers } from './audit/document.service'
import { documentExportHandlers } from './documents/document-export.service'
import { listExportHandlers } from './documents/list-export.service'
import { courtHandlers } from './court/court.service'
import { historyHandlers } from './audit/history.service'
import { backupHandlers } from './backups/backup.service'
import { exchangeHandlers } from './exchange/exchange.service'
import { searchHandlers } from './search/search.service'
import { homeHandlers } from './orders/home.service'
import { expertLoadHandlers } from './experts/expert-load.service'
import { caseAccessOf } from './access/case-access'
import { enforceCaseScope, type CaseScope } from './access/case-scope'

export type Handler<C extends Channel> =
  | { access: 'anyone'; run: (call: AnonymousCall, input: ParsedInputOf<C>) => Promise<ReplyOf<C>> }
  | {
      /** The roles allowed; permissions are checked here in core, never only in the UI. */
      access: readonly Role[] | 'signedIn'
      writes: boolean
      /** The input carries the caller's password (`signedInput`): checked and used to unlock their signing key before the call, never passed on. */
      signs?: true
      /** Which cases the channel touches, and how (`case-scope.ts`): checked here in core before `run`, for every channel. */
      scope: CaseScope<ParsedInputOf<C>>
      run: (call: Call, input: ParsedInputOf<C>) => Promise<ReplyOf<C>>
    }

export type HandlerTable = { [C in Channel]: Handler<C> }
export type Handlers<C extends Channel> = { [K in C]: Handler<K> }

/** The one handler table: Electron IPC, the browser preview and the CLI all call through it. */
export const handlerTable: HandlerTable = {
  ...sessionHandlers,
  ...userHandlers,
  ...securitySettingHandlers,
  ...fieldHandlers,
  ...expertHandlers,
  ...caseHandlers,
  ...siteHandlers,
  ...assignmentHandlers,
  ...recusalHandlers,
  ...attachmentHandlers,
  ...holdingTimeHandlers,
  ...visitHandlers,
  ...sampleHandlers,
  ...custodyHandlers,
  ...labResultHandlers,
  ...orderHandlers,
  ...milestoneHandlers,
  ...inspectionHandlers,
  ...opinionHandlers,
  ...documentHandlers,
  ...documentExportHandlers,
  ...listExportHandlers,
  ...courtHandlers,
  ...historyHandlers,
  ...backupHandlers,
  ...exchangeHandlers,
  ...searchHandlers,
  ...homeHandlers,
  ...expertLoadHandlers,
  ...signatureHandlers,
}

const roleReasons: Record<Role, ErrorReason> = { clerk: 'role_clerk', investigator: 'role_investigator', judge: 'role_judge', admin: 'role_admin' }

/**
 * Validates the input with the contract's schema, checks the caller's role,
 * runs the handler (a write in one transaction with its audit event) and
 * replies `{ok:true,value}` or `{ok:false,error}`. Never throws.
 */
export async function dispatch(core: Core, session: Session, channel: string, rawInput: unknown, options: DispatchOptions = {}): Promise<Result<unknown>> {
  try {
    if (!isChannel(channel)) throw new AppError('unknown_channel', 'unknown_channel', { channel: String(channel) })
    const value = await runChannel(core, session, channel, rawInput, options)
    return { ok: true, value }
  } catch (error) {
    return { ok: false, error: toErrorShape(error, core.dataDir) }
  }
}

/** What a transport may add to a call: where a long call reports its progress, a file it streams. */
export interface DispatchOptions {
  progress?: Call['progress']
  source?: Call['source']
}

async function runChannel<C extends Channel>(core: Core, session: Session, channel: C, rawInput: unknown, options: DispatchOptions) {
  const handler = handlerTable[channel] as Handler<C>
  if (handler.access === 'anyone') return handler.run({ core, db: core.db, session, channel }, parseInput(channel, rawInput))

  // Who may call is settled before the input is read: a caller without the role learns nothing of the channel's rules.
  const at = core.now()
  const user = await activeUser(core, session, at.getTime())
  if (handler.access !== 'signedIn' && !handler.access.includes(user.role)) {
    const allowed = handler.access.map((r) => ({ reason: roleReasons[r] }))
    throw new AppError('forbidden', 'forbidden_role', { allowed, role: [{ reason: roleReasons[user.role] }] })
  }
  const parsed = parseInput(channel, rawInput)
  const { input, signer }: { input: ParsedInputOf<C>; signer: Call['signer'] } = handler.signs
    ? await unlockFor(core, session, user, channel, parsed)
    : { input: parsed, signer: undefined }
  const now = at.toISOString()
  const cases = await caseAccessOf(core.db, user)
  const visibleCases = await enforceCaseScope(core.db, handler.scope, input, user, cases)
  const base = { core, session, user, cases, visibleCases, channel, now, newId: core.newId, progress: options.progress, source: options.source, signer }
  // A read-only channel gets no transaction, so the records module refuses any write it attempts.
  if (!handler.writes) return handler.run({ ...base, db: core.db }, input)
  // Before kysely takes the connection for the transaction, so the app's reads go on while an import writes.
  await untilBulkWriteEnds(core.sqlite)
  return core.db.transaction().execute((trx) => handler.run({ ...base, db: trx }, input))
}

/** Takes the password out of a signing channel's input and unlocks the caller's key with it, outside the call's transaction. */
async function unlockFor<C extends Channel>(core: Core, session: Session, user: Call['user'], channel: C, parsed: ParsedInputOf<C>) {
  const { password, ...input } = parsed as ParsedInputOf<C> & { password: string }
  return { input: input as ParsedInputOf<C>, signer: await unlockSigner(core, session, user, password, channel) }
}

function parseInput<C extends Channel>(channel: C, rawInput: unknown): ParsedInputOf<C> {
  return parseOrRefuse(contract[channel].input as z.ZodType, rawInput ?? {}) as ParsedInputOf<C>
}

function toErrorShape(error: unknown, dataDir: string): AppErrorShape {
  if (error instanceof AppError) return error.toJSON()
  const storage = storageError(error, dataDir)
  if (storage) return storage.toJSON()
  if (isConstraintError(error)) {
    return new AppError('conflict', 'record_conflict').toJSON()
  }
  console.error(error)
  return new AppError('internal', 'internal', { detail: error instanceof Error ? error.message : String(error) }).toJSON()
}
