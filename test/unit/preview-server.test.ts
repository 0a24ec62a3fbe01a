import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Core } from '../../electron/core/core'
import { startPreviewServer, type PreviewServer } from '../../electron/preview/preview-server'
import { testCore } from './support/test-core'

let core: Core
let preview: PreviewServer
let port: number

beforeAll(async () => {
  core = await testCore()
  const rendererDir = mkdtempSync(join(tmpdir(), 'ecocase-renderer-'))
  mkdirSync(join(rendererDir, 'assets'))
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>EcoCase</title>')
  preview = await startPreviewServer(core, rendererDir)
  port = Number(new URL(preview.url).port)
})
afterAll(async () => {
  await preview.close()
  await core.close()
})

/** A raw request, so Host and Origin can be set as an attacker would. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = ''
      res.on('data', (c: Buffer) => (body += c.toString()))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

const json = { 'content-type': 'application/json' }

describe('the browser preview', () => {
  it('listens on 127.0.0.1 and prints a url that carries the token', () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/)
    expect((preview.server.address() as { address: string }).address).toBe('127.0.0.1')
  })

  it('answers a call that carries the token', async () => {
    const res = await send('/api/session.current', { method: 'POST', headers: { ...json, 'x-ecocase-token': preview.token }, body: '{}' })
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { user: null, firstRun: true } })
  })

  it('refuses an API call without the token, or with a wrong one', async () => {
    const none = await send('/api/users.list', { method: 'POST', headers: json, body: '{}' })
    expect(none.status).toBe(401)
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
    const wrong = await send('/api/users.list', { method: 'POST', headers: { ...json, 'x-ecocase-token': 'f'.repeat(64) }, body: '{}' })
    expect(wrong.status).toBe(401)
  })

  it('refuses an unknown channel', async () => {
    const res = await send('/api/experts.delete', { method: 'POST', headers: { ...json, 'x-ecocase-token': preview.token }, body: '{}' })
    expect(res.status).toBe(404)
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
  })

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const host = await send('/api/users.list', { method: 'POST', headers: { ...json, host: 'evil.example:80', 'x-ecocase-token': preview.token }, body: '{}' })
    expect(host.status).toBe(403)
    const origin = await send('/api/users.list', {
      method: 'POST',
      headers: { ...json, origin: 'http://evil.example', 'x-ecocase-token': preview.token },
      body: '{}'
    })
    expect(origin.status).toBe(403)
  })

  it('refuses a body that is not JSON', async () => {
    const res = await send('/api/users.list', { method: 'POST', headers: { ...json, 'x-ecocase-token': preview.token }, body: '{nope' })
    expect(res.status).toBe(400)
    expect(JSON.parse(res.body).error.code).toBe('invalid_input')
  })

  it('serves the renderer with the content security policy and never a file outside it', async () => {
    const page = await send('/')
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toContain("default-src 'self'")
    const escape = await send('/..%2F..%2F..%2Fetc%2Fpasswd')
    expect(escape.body).not.toContain('root:')
  })
})
