import { lstat } from 'node:fs/promises'
import { join } from 'node:path'
import { AppError, type Result } from '../../shared/errors'
import { may } from '../../shared/permissions'
import { outboxFileName } from '../../shared/exchange'
import type { Core } from '../core'
import type { Session } from '../call'
import { activeUser } from '../users/session-guard'
import { outboxDir } from './export-package'

/**
 * The file of the outbox with this name (a package or a receipt the app
 * wrote), for a transport to hand to the user: only a caller who may
 * exchange packages, only a plain name of the outbox's own pattern (no
 * folder, no `..`), only a regular file (not a link placed there).
 */
export async function outboxFile(core: Core, session: Session, name: string): Promise<Result<{ path: string; sizeBytes: number }>> {
  try {
    const user = await activeUser(core, session, core.now().getTime())
    if (!may(user.role, 'exchangePackages')) throw new AppError('forbidden', 'outbox_forbidden')
    if (!outboxFileName.test(name)) throw new AppError('invalid_input', 'package_name_invalid')
    const path = join(outboxDir(core.dataDir), name)
    const info = await lstat(path).catch(() => null)
    if (!info?.isFile()) throw new AppError('not_found', 'outbox_package_missing', { name })
    return { ok: true, value: { path, sizeBytes: info.size } }
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toJSON() }
    throw error
  }
}
