import { beforeAll, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { openCore } from '../../../electron/core/core'
import { loadDemo } from '../../../electron/core/demo/load-demo'
import { takeBackup } from '../../../electron/core/backups/backup'
import { restoreBackup, RestoreRefused } from '../../../electron/core/backups/restore'
import { verifyCommand } from '../../../electron/cli/verify'

const root = resolve(__dirname, '../../..')
let work: string
let source: string
let backup: string

/** Every file of a folder with its bytes, to show a refused restore left it exactly as it was. */
function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {}
  const files: Record<string, string> = {}
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name)
      if (statSync(path).isDirectory()) walk(path)
      else files[path.slice(dir.length)] = readFileSync(path).toString('base64')
    }
  }
  walk(dir)
  return files
}

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error)

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ecocase-backup-'))
  source = join(work, 'data')
  const core = await openCore({ dataDir: source })
  await loadDemo(core)
  backup = (await takeBackup(core, join(work, 'backups'))).folder
  await core.close()
}, 60_000)

describe('backup and restore', () => {
  it('a backup holds the database, the attachments and the key, with a manifest of their hashes and the signed head', () => {
    const manifest = JSON.parse(readFileSync(join(backup, 'manifest.json'), 'utf8'))
    expect(manifest).toMatchObject({ format: 'ecocase-backup/1', head: { reason: 'backup' }, database: { path: 'ecocase.sqlite' }, key: { path: 'installation-key.pem' } })
    expect(manifest.attachments.length).toBeGreaterThan(0)
    expect(readdirSync(join(work, 'backups')).filter((n) => n.startsWith('.'))).toEqual([])
  })

  it('backup, delete the data folder, restore, verify: it passes and holds what was backed up', async () => {
    const copy = join(work, 'lost')
    cpSync(source, copy, { recursive: true })
    rmSync(copy, { recursive: true, force: true })
    const report = await restoreBackup(backup, copy, { replace: false })
    expect(report.keptAside).toBeNull()
    const verdict = await verifyCommand(copy, {})
    expect(verdict).toMatchObject({ code: 0, output: expect.stringContaining('结论：通过') })
    const core = await openCore({ dataDir: copy })
    expect((await core.db.selectFrom('courtCase').select('caseNumber').execute()).length).toBe(2)
    await core.close()
  })

  it('never overwrites a non-empty folder without --replace; with it, the old folder is kept aside', async () => {
    const target = join(work, 'occupied')
    mkdirSync(target)
    writeFileSync(join(target, 'note.txt'), '别删我')
    const before = snapshot(target)
    const refused = await refusal(restoreBackup(backup, target, { replace: false }))
    expect(refused).toBeInstanceOf(RestoreRefused)
    expect((refused as Error).message).toMatch(/不为空.*--replace/)
    expect(snapshot(target)).toEqual(before)

    const report = await restoreBackup(backup, target, { replace: true })
    expect(report.keptAside).toMatch(/occupied\.replaced-/)
    expect(readFileSync(join(report.keptAside!, 'note.txt'), 'utf8')).toBe('别删我')
    expect((await verifyCommand(target, {})).code).toBe(0)
  })

  const spoiled: [string, (dir: string) => void, RegExp][] = [
    [
      'one flipped byte in the database',
      (dir) => {
        const file = join(dir, 'ecocase.sqlite')
        const bytes = readFileSync(file)
        bytes[Math.floor(bytes.length / 2)]! ^= 0x01
        writeFileSync(file, bytes)
      },
      /数据库文件内容已改变/
    ],
    ['a truncated database', (dir) => truncateSync(join(dir, 'ecocase.sqlite'), 4096), /数据库文件大小不符.*截断/],
    [
      'a missing attachment',
      (dir) => {
        const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))
        unlinkSync(join(dir, manifest.attachments[0].path))
      },
      /附件缺失/
    ],
    [
      'an edited manifest',
      (dir) => {
        const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))
        manifest.createdAt = '2020-01-01T00:00:00.000Z'
        writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest))
      },
      /清单的签名无效/
    ]
  ]
  for (const [what, spoil, message] of spoiled) {
    it(`refuses a backup with ${what}, leaving the target untouched`, async () => {
      const bad = join(work, `bad-${what.replace(/\W+/g, '-')}`)
      cpSync(backup, bad, { recursive: true })
      spoil(bad)
      const target = join(work, `target-${what.replace(/\W+/g, '-')}`)
      cpSync(source, target, { recursive: true })
      const before = snapshot(target)
      const refused = await refusal(restoreBackup(bad, target, { replace: true }))
      expect(refused).toBeInstanceOf(RestoreRefused)
      expect((refused as Error).message).toMatch(message)
      expect((refused as Error).message).toContain('未作任何更改')
      expect(snapshot(target)).toEqual(before)
      expect(readdirSync(work).filter((n) => n.includes('restoring') || n.includes('replaced-') && n.startsWith(`target-${what.replace(/\W+/g, '-')}`))).toEqual([])
      const nowhere = join(work, `nowhere-${what.replace(/\W+/g, '-')}`)
      expect(await refusal(restoreBackup(bad, nowhere, { replace: false }))).toBeInstanceOf(RestoreRefused)
      expect(existsSync(nowhere)).toBe(false)
    })
  }

  it('a backup taken while another process writes is consistent: it restores and verifies', async () => {
    const busy = join(work, 'busy')
    cpSync(source, busy, { recursive: true })
    const writer = spawn(join(root, 'node_modules/.bin/tsx'), [join(root, 'test/unit/db/fixtures/write-burst.ts'), busy, 'during', '60'], { cwd: root })
    const lines = createInterface({ input: writer.stdout })
    const seen: string[] = []
    const ready = new Promise<void>((done) => lines.on('line', (line) => (seen.push(line), line === 'ready' && done())))
    const finished = new Promise<void>((done) => writer.on('exit', () => done()))
    await ready
    writer.stdin.write('go\n')
    // Back up once the writer is in the middle of its burst.
    await new Promise<void>((done) => lines.on('line', (line) => line === 'ok during_10' && done()))
    const core = await openCore({ dataDir: busy })
    const { folder } = await takeBackup(core, join(work, 'busy-backups'))
    await core.close()
    await finished
    expect(seen.filter((l) => l.startsWith('refused'))).toEqual([])

    const restored = join(work, 'busy-restored')
    await restoreBackup(folder, restored, { replace: false })
    expect((await verifyCommand(restored, {})).code).toBe(0)
  }, 60_000)
})
