import { createWriteStream } from 'node:fs'
import { mkdir, rename, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { AppError, type Result } from '../../shared/errors'
import { may } from '../../shared/permissions'
import { maxPackageBytes, type InboxPackage } from '../../shared/exchange'
import type { Core } from '../core'
import type { Session } from '../call'
import type { UploadMeta } from '../attachments/attachment-upload'
import { activeUser } from '../users/session-guard'
import { inboxDir } from './import-package'

/**
 * Streams an uploaded package into the data folder's inbox under a name the
 * app makes (a new UUIDv7), for `exchange.import {inboxName}`: the sender
 * names no path and no file name on this machine. Refused for a caller who
 * may not exchange packages, and past {@link maxPackageBytes} while streaming
 * (the partial file is removed). The import checks the package itself.
 */
export async function uploadPackage(core: Core, session: Session, stream: Readable, meta: UploadMeta): Promise<Result<InboxPackage>> {
  try {
    const user = await activeUser(core, session, core.now().getTime())
    if (!may(user.role, 'exchangePackages')) throw new AppError('forbidden', 'import_forbidden')
    if (meta.declaredBytes > maxPackageBytes) throw new PackageTooLarge()
    return { ok: true, value: await intoInbox(core, stream) }
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toJSON() }
    throw error
  }
}

class PackageTooLarge extends AppError {
  constructor() {
    super('too_large', 'package_too_large', { megabytes: maxPackageBytes / 1024 / 1024 })
  }
}

async function intoInbox(core: Core, stream: Readable): Promise<InboxPackage> {
  const dir = inboxDir(core.dataDir)
  await mkdir(dir, { recursive: true })
  const inboxName = `${core.newId()}.ecocase`
  const partFile = join(dir, `${inboxName}.part`)
  let sizeBytes = 0
  const counting = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      sizeBytes += chunk.length
      done(sizeBytes > maxPackageBytes ? new PackageTooLarge() : null, chunk)
    }
  })
  try {
    await pipeline(stream, counting, createWriteStream(partFile, { flags: 'wx' }))
    if (sizeBytes === 0) throw new AppError('invalid_input', 'package_empty')
    // Renamed only once complete, so the inbox never holds half a package under its name.
    await rename(partFile, join(dir, inboxName))
    return { inboxName, sizeBytes }
  } catch (error) {
    await unlink(partFile).catch(() => undefined)
    throw error
  }
}
