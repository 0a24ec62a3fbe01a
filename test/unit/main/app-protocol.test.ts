import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ protocol: {} }))

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { rendererResponse } from '../../../electron/main/app-protocol'
import { contentSecurityPolicy } from '../../../electron/shared/content-security-policy'

/** A renderer build, with a secret file beside it that must never be served. */
function build() {
  const root = mkdtempSync(join(tmpdir(), 'ecocase-app-protocol-'))
  const rendererDir = join(root, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>EcoCase</title>')
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)')
  writeFileSync(join(root, 'secret.txt'), 'the data folder key')
  return rendererDir
}

const get = (rendererDir: string, url: string, method = 'GET') => rendererResponse(rendererDir, new Request(url, { method }))

describe('the app:// protocol handler', () => {
  it('serves the entry page and its assets with the CSP', async () => {
    const dir = build()
    const page = await get(dir, 'app://ecocase/index.html')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
    expect(await page.text()).toContain('<title>EcoCase</title>')
    const root = await get(dir, 'app://ecocase/')
    expect(await root.text()).toContain('<title>EcoCase</title>')
    const script = await get(dir, 'app://ecocase/assets/index-abc.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await script.text()).toBe('console.log(1)')
  })

  it('refuses every path outside the build, encoded or not, and never reads the file beside it', async () => {
    const dir = build()
    const attempts = [
      'app://ecocase/../secret.txt',
      'app://ecocase/%2e%2e/secret.txt',
      'app://ecocase/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://ecocase/..%2fsecret.txt',
      'app://ecocase/%2fetc%2fpasswd/..%2f..%2fsecret.txt'
    ]
    for (const url of attempts) {
      const reply = await get(dir, url)
      expect(reply.status, url).toBe(404)
      expect(await reply.text(), url).toBe('')
    }
  })

  it('refuses malformed percent-encoding, NUL and backslashes, other hosts, missing files and writes', async () => {
    const dir = build()
    expect((await get(dir, 'app://ecocase/%E0%A4%A')).status).toBe(400)
    expect((await get(dir, 'app://ecocase/index.html%00.js')).status).toBe(400)
    expect((await get(dir, 'app://ecocase/..%5csecret.txt')).status).toBe(400)
    expect((await get(dir, 'app://other/index.html')).status).toBe(404)
    expect((await get(dir, 'app://ecocase/missing.js')).status).toBe(404)
    expect((await get(dir, 'app://ecocase/index.html', 'POST')).status).toBe(405)
  })
})
