import { testPassword, testPasswordCost } from '../support/test-core'
import { afterEach, describe, expect, it } from 'vitest'
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { openCore } from '../../../electron/core/core'
import { verifyCommand } from '../../../electron/cli/verify'

const root = resolve(__dirname, '../../..')
const tsx = join(root, 'node_modules/.bin/tsx')

/** Lines a child prints, as they come; resolves `waitFor` when a line matches. */
function follow(child: ChildProcessWithoutNullStreams) {
  const lines: string[] = []
  const waiters: { test: (line: string) => boolean; resolve: (line: string) => void }[] = []
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line)
    for (const w of waiters.splice(0)) if (w.test(line)) w.resolve(line)
      else waiters.push(w)
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
  return {
    lines,
    stderr: () => stderr,
    exited,
    waitFor: (test: (line: string) => boolean) =>
      new Promise<string>((done, fail) => {
        const found = lines.find(test)
        if (found) return done(found)
        waiters.push({ test, resolve: done })
        void exited.then((code) => fail(new Error(`child exited (${code}) before the line: ${stderr}`)))
      })
  }
}

/** The preview's first run and sign-in: the administrator chooses a password, then this client signs in and keeps its session cookie. */
async function previewAdmin(url: string, token: string): Promise<(channel: string, input: unknown) => Promise<{ ok: boolean; error?: { code: string } }>> {
  let cookie = ''
  const call = async (channel: string, input: unknown) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-ecocase-token': token }
    if (cookie) headers.cookie = cookie
    const res = await fetch(new URL(`/api/${channel}`, url), { method: 'POST', headers, body: JSON.stringify(input) })
    const issued = res.headers.get('set-cookie')
    if (issued) cookie = issued.split(';')[0]!
    return (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string } }
  }
  expect(await call('session.setup', { username: 'admin', displayName: '系统管理员', password: testPassword })).toMatchObject({ ok: true })
  expect(await call('session.signIn', { username: 'admin', password: testPassword })).toMatchObject({ ok: true })
  return call
}

const field = (code: string, i: number) => ({ code, nameZh: `领域 ${code}`, nameEn: code, sortOrder: i % 1000, active: true })

describe('writers that share one data folder', () => {
  const children: ChildProcessWithoutNullStreams[] = []
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
  })

  it('the preview, a second core process and the CLI write at once: no write refused, every write kept, the chain verifies', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ecocase-writers-'))
    await (await openCore({ dataDir, passwordCost: testPasswordCost })).close()

    const preview = spawn(tsx, [join(root, 'electron/preview/index.ts'), '--data', dataDir, '--port', '0'], { cwd: root })
    const worker = spawn(tsx, [join(root, 'test/unit/db/fixtures/write-burst.ts'), dataDir, 'worker', '100'], { cwd: root })
    children.push(preview, worker)
    const previewOut = follow(preview)
    const workerOut = follow(worker)
    const url = (await previewOut.waitFor((l) => l.startsWith('EcoCase preview:'))).split(' ').at(-1)!
    const call = await previewAdmin(url, new URL(url).searchParams.get('token')!)
    await workerOut.waitFor((l) => l === 'ready')

    worker.stdin.write('go\n')
    const cliRuns = Array.from({ length: 4 }, (_, i) => {
      const cli = spawn(tsx, [join(root, 'electron/cli/index.ts'), 'call', 'fields.create', JSON.stringify(field(`cli_${i + 1}`, i)), '--data', dataDir, '--as', 'admin'], {
        cwd: root,
        env: { ...process.env, ECOCASE_PASSWORD: testPassword }
      })
      children.push(cli)
      const out = follow(cli)
      return out.exited.then((code) => ({ code, output: out.lines.join('\n'), stderr: out.stderr() }))
    })
    const previewReplies: { ok: boolean; error?: { code: string } }[] = []
    for (let i = 1; i <= 100; i++) previewReplies.push(await call('fields.create', field(`preview_${i}`, i)))

    await workerOut.waitFor((l) => l === 'done')
    const cli = await Promise.all(cliRuns)
    preview.kill('SIGTERM')
    await previewOut.exited

    const refused = [
      ...previewReplies.filter((r) => !r.ok).map((r) => `preview: ${r.error?.code}`),
      ...workerOut.lines.filter((l) => l.startsWith('refused')),
      ...cli.filter((c) => c.code !== 0).map((c) => `cli: ${c.output} ${c.stderr}`)
    ]
    expect(refused).toEqual([])

    const core = await openCore({ dataDir, passwordCost: testPasswordCost })
    const codes = new Set((await core.db.selectFrom('field').select('code').execute()).map((f) => f.code))
    await core.close()
    const expected = [...Array.from({ length: 100 }, (_, i) => [`preview_${i + 1}`, `worker_${i + 1}`]).flat(), ...Array.from({ length: 4 }, (_, i) => `cli_${i + 1}`)]
    expect(expected.filter((c) => !codes.has(c))).toEqual([])
    const verdict = await verifyCommand(dataDir, {})
    expect(verdict.output).toContain('结论：通过')
  }, 120_000)
})
