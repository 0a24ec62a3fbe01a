import { existsSync } from 'node:fs'
import { AppError } from '../../shared/errors'

/**
 * What a sick disk or a busy database looks like to the user: each cause has
 * its own code and message, and says that nothing was changed (SQLite rolls
 * the transaction back: https://sqlite.org/lang_transaction.html, "Response
 * To Errors Within A Transaction"). SQLite-only result codes
 * (https://sqlite.org/rescode.html) and Node's errno names are read here, so
 * the rest of core stays portable.
 */

/** The database is locked by another writer for longer than the busy timeout. */
export function busyError(): AppError {
  return new AppError('busy', 'database_busy')
}

/** Whether SQLite refused because another connection holds the lock (SQLITE_BUSY, SQLITE_LOCKED and their extended codes). */
export function isBusyError(error: unknown): boolean {
  const code = codeOf(error)
  return code !== null && /^SQLITE_(BUSY|LOCKED)/.test(code)
}

/**
 * The storage error a thrown error stands for, or null when it is not one.
 *
 * @param dataDir the data folder, to tell a folder that has gone (an
 *   unplugged disk) from a file that is missing inside it.
 */
export function storageError(error: unknown, dataDir: string | null): AppError | null {
  if (error instanceof AppError) return null
  const code = codeOf(error)
  if (code === null) return null
  if (isBusyError(error)) return busyError()
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return new AppError('disk_full', 'disk_full')
  const folderGone = dataDir !== null && dataDir !== ':memory:' && !existsSync(dataDir)
  // SQLite says READONLY_DBMOVED when the file it has open was deleted or moved away (https://sqlite.org/rescode.html#readonly_dbmoved).
  if (code === 'SQLITE_READONLY_DBMOVED' || folderGone) return missingFolderError(dataDir)
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new AppError('read_only', 'read_only_nothing_saved')
  }
  if (code.startsWith('SQLITE_CANTOPEN')) return missingFolderError(dataDir)
  return null
}

/** The data folder (or its disk) is not there. */
export function missingFolderError(dataDir: string | null): AppError {
  return new AppError('storage_missing', 'storage_missing', { folder: dataDir ?? '' })
}

function codeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null
  return typeof error.code === 'string' ? error.code : null
}
