import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { openCore, type Core } from '../../../electron/core/core'
import { takeBackup } from '../../../electron/core/backups/backup'
import { restoreBackup, RestoreRefused } from '../../../electron/core/backups/restore'
import { manualClock, testPasswordCost } from '../support/test-core'

const root = resolve(__dirname, '../../..')

let work: string
let clock: ReturnType<typeof manualClock>
let core: Core

beforeEach(async () => {
  work = mkdtempSync(join(tmpdir(), 'ecocase-in-use-'))
  clock = manualClock('2026-12-01T00:00:00.000Z')
  core = await openCore({ dataDir: join(work, 'data'), now: clock.now, passwordCost: testPasswordCost })
})

afterEach(async () => {
  await core.close()
  rmSync(work, { recursive: true, force: true })
})

/**
 * Every file of a folder with its bytes, but the `-shm` file: SQLite's
 * shared-memory WAL index, which every reader of an open database writes
 * (its read marks) and which holds no data (https://sqlite.org/walformat.html).
 */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name)
      if (name.endsWith('-shm')) continue
      if (statSync(path).isDirectory()) walk(path)
      else files[path.slice(dir.length)] = readFileSync(path).toString('base64')
    }
  }
  walk(dir)
  return files
}

describe('restore into a folder in use', () => {
  it('is refused, with nothing changed, while this process has the folder open; allowed once it is closed', async () => {
    const { folder: backup } = await takeBackup(core, join(work, 'backups'))
    const target = join(work, 'data')
    const before = snapshot(target)
    const refused = await restoreBackup(backup, target, { replace: true }).then(() => null, (error: unknown) => error)
    expect(refused).toBeInstanceOf(RestoreRefused)
    expect((refused as Error).message).toMatch(/正在被运行中的 EcoCase.*使用.*未作任何更改|未作任何更改.*正在被运行中的 EcoCase/)
    expect(snapshot(target)).toEqual(before)
    expect(readdirSync(work).filter((n) => n.includes('restoring') || n.includes('replaced-'))).toEqual([])

    await core.close()
    const report = await restoreBackup(backup, target, { replace: true })
    expect(report.keptAside).toMatch(/data\.replaced-/)
    core = await openCore({ dataDir: target, now: clock.now, passwordCost: testPasswordCost })
  }, 30_000)

  it('is refused while another process (a CLI command, the preview) has it open', async () => {
    const { folder: backup } = await takeBackup(core, join(work, 'backups'))
    await core.close()
    const target = join(work, 'data')
    const child = spawn(join(root, 'node_modules/.bin/tsx'), [join(root, 'test/unit/db/fixtures/write-burst.ts'), target, 'held', '0'], { cwd: root })
    const lines = createInterface({ input: child.stdout })
    const seen: string[] = []
    const ready = new Promise<void>((done) => lines.on('line', (line) => (seen.push(line), line === 'ready' && done())))
    const finished = new Promise<void>((done) => child.on('exit', () => done()))
    try {
      await ready
      const refused = await restoreBackup(backup, target, { replace: true }).then(() => null, (error: unknown) => error)
      expect((refused as Error).message).toMatch(/正在被运行中的 EcoCase/)
    } finally {
      child.stdin.write('go\n')
      await finished
    }
    expect(seen).toContain('done')
    expect((await restoreBackup(backup, target, { replace: true })).keptAside).not.toBeNull()
    core = await openCore({ dataDir: target, now: clock.now, passwordCost: testPasswordCost })
  }, 60_000)
})
