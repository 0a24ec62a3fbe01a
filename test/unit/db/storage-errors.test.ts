import { afterEach, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, unlinkSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openCore, type Core } from '../../../electron/core/core'
import { verifyCommand } from '../../../electron/cli/verify'
import { anonymous, signIn, staff, testPassword, testPasswordCost } from '../support/test-core'

/** A small tmpfs of its own (the test runs as root), so a full or read-only disk is real, not simulated. */
function smallDisk(sizeKb: number): { dir: string; remountReadOnly: () => void; release: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ecocase-disk-'))
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir])
  return {
    dir,
    remountReadOnly: () => execFileSync('mount', ['-o', 'remount,ro', dir]),
    release: () => {
      execFileSync('umount', [dir])
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** Fills the disk to the last byte; returns the filler's path. */
function fill(dir: string): string {
  const file = join(dir, 'filler')
  const fd = openSync(file, 'w')
  const chunk = Buffer.alloc(64 * 1024, 1)
  try {
    for (;;) writeSync(fd, chunk)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
  }
  try {
    for (;;) writeSync(fd, chunk, 0, 1)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
  } finally {
    closeSync(fd)
  }
  return file
}

const field = (code: string) => ({ code, nameZh: `领域${code}`, nameEn: code, sortOrder: 500, active: true })
const fieldCodes = async (core: Core) => (await core.db.selectFrom('field').select('code').execute()).map((f) => f.code)

describe.skipIf(process.getuid?.() !== 0)('a sick disk', () => {
  const cleanups: (() => unknown)[] = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  it('a full disk refuses the write as disk_full with nothing changed, and the folder still verifies once space is freed', async () => {
    const disk = smallDisk(8 * 1024)
    cleanups.push(disk.release)
    const dataDir = join(disk.dir, 'data')
    const first = await openCore({ dataDir, passwordCost: testPasswordCost })
    await (await staff(first)).admin.must('fields.create', field('before'))
    await first.close()

    const core = await openCore({ dataDir, passwordCost: testPasswordCost })
    cleanups.push(() => core.close())
    const admin = await signIn(core, 'admin')
    const filler = fill(disk.dir)
    const reply = await admin.call('fields.create', field('full'))
    expect(reply).toEqual({ ok: false, error: { code: 'disk_full', reason: 'disk_full', message: '磁盘空间不足，未作任何更改' } })

    unlinkSync(filler)
    expect(await fieldCodes(core)).not.toContain('full')
    await admin.must('fields.create', field('after'))
    await core.close()
    const verdict = await verifyCommand(dataDir, {})
    expect(verdict.output).toContain('结论：通过')
  })

  it('a read-only disk opens for reading and verifies; a sign-in, which must be recorded, is refused as read_only', async () => {
    const disk = smallDisk(8 * 1024)
    cleanups.push(disk.release)
    const dataDir = join(disk.dir, 'data')
    const first = await openCore({ dataDir, passwordCost: testPasswordCost })
    await (await staff(first)).admin.must('fields.create', field('kept'))
    await first.close()
    disk.remountReadOnly()

    const core = await openCore({ dataDir, passwordCost: testPasswordCost })
    cleanups.push(() => core.close())
    expect(core.sqlite.readonly).toBe(true)
    expect(await fieldCodes(core)).toContain('kept')
    // Every sign-in is an audit event: where none can be written, nobody signs in to write.
    const reply = await anonymous(core).call('session.signIn', { username: 'admin', password: testPassword })
    expect(reply).toMatchObject({ ok: false, error: { code: 'read_only', message: expect.stringContaining('未作任何更改') } })
    const verdict = await verifyCommand(dataDir, {})
    expect(verdict).toMatchObject({ code: 0, output: expect.stringContaining('结论：通过') })
  })

  it('a data folder that has gone while open refuses the write as storage_missing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ecocase-gone-'))
    mkdirSync(dataDir, { recursive: true })
    const core = await openCore({ dataDir, passwordCost: testPasswordCost })
    cleanups.push(() => core.close().catch(() => undefined))
    const people = await staff(core)
    rmSync(dataDir, { recursive: true, force: true })
    const reply = await people.admin.call('fields.create', field('gone'))
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage_missing', message: expect.stringContaining('找不到数据文件夹') } })
  })
})
