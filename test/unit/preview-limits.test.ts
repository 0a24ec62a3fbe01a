import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { connect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Core } from '../../electron/core/core'
import { defaultPreviewLimits, startPreviewServer, type PreviewServer } from '../../electron/preview/preview-server'
import { testCore } from './support/test-core'

let core: Core
let preview: PreviewServer
let port: number
let host: string

/** Short limits, so each refusal is seen quickly; the defaults are in defaultPreviewLimits. */
const limits = { maxBodyBytes: 1024, headersTimeoutMs: 300, requestTimeoutMs: 600, keepAliveTimeoutMs: 300, checkIntervalMs: 50 }

beforeAll(async () => {
  core = await testCore()
  const rendererDir = mkdtempSync(join(tmpdir(), 'ecocase-renderer-'))
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>EcoCase</title>')
  preview = await startPreviewServer(core, rendererDir, 0, limits)
  port = Number(new URL(preview.url).port)
  host = `127.0.0.1:${port}`
})
afterAll(async () => {
  preview.server.closeAllConnections()
  await preview.close()
  await core.close()
})

/** A raw connection: what it was sent back, and when the server closed it. */
function open(): { socket: Socket; received: () => string; closed: Promise<string> } {
  const socket = connect(port, '127.0.0.1')
  let text = ''
  socket.on('data', (chunk: Buffer) => (text += chunk.toString()))
  // A refused upload may reset the connection while the client still writes.
  socket.on('error', () => undefined)
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(text)))
  return { socket, received: () => text, closed }
}

/** Sends one whole raw request and resolves with the server's answer once it closes the connection. */
function raw(request: string): Promise<string> {
  const connection = open()
  connection.socket.write(request)
  return connection.closed
}

const statusOf = (response: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1])
const bodyOf = (response: string) => JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4)) as unknown

function call(body: string, extraHeaders = '') {
  return (
    `POST /api/session.current HTTP/1.1\r\nhost: ${host}\r\nx-ecocase-token: ${preview.token}\r\ncontent-type: application/json\r\n` +
    `connection: close\r\n${extraHeaders}content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
  )
}

describe('the browser preview refuses', () => {
  it('by default: header and request timeouts, a keep-alive limit and a 5 MB body limit', async () => {
    const standard = await startPreviewServer(core, tmpdir())
    expect(standard.server.headersTimeout).toBe(defaultPreviewLimits.headersTimeoutMs)
    expect(standard.server.requestTimeout).toBe(defaultPreviewLimits.requestTimeoutMs)
    expect(standard.server.keepAliveTimeout).toBe(defaultPreviewLimits.keepAliveTimeoutMs)
    expect(defaultPreviewLimits).toMatchObject({ maxBodyBytes: 5 * 1024 * 1024, headersTimeoutMs: 20_000, requestTimeoutMs: 120_000 })
    await standard.close()
  })

  it('nothing it should answer: a well-formed call still gets its reply', async () => {
    const response = await raw(call('{}'))
    expect(statusOf(response)).toBe(200)
    expect(bodyOf(response)).toMatchObject({ ok: true })
  })

  it('a body larger than the limit, declared or streamed, with too_large and a closed connection', async () => {
    const declared = await raw(call('x'.repeat(limits.maxBodyBytes + 1)))
    expect(statusOf(declared)).toBe(413)
    expect(bodyOf(declared)).toMatchObject({ ok: false, error: { code: 'too_large' } })

    const streamed = open()
    streamed.socket.write(
      `POST /api/session.current HTTP/1.1\r\nhost: ${host}\r\nx-ecocase-token: ${preview.token}\r\ntransfer-encoding: chunked\r\n\r\n`
    )
    const chunk = 'y'.repeat(512)
    for (let i = 0; i < 4; i++) streamed.socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`)
    const response = await streamed.closed
    expect(statusOf(response)).toBe(413)
    expect(bodyOf(response)).toMatchObject({ ok: false, error: { code: 'too_large' } })
  })

  it('a client that never finishes its headers (slowloris), with 408 and a closed connection', async () => {
    const slow = open()
    slow.socket.write(`POST /api/session.current HTTP/1.1\r\nhost: ${host}\r\n`)
    const timer = setInterval(() => slow.socket.write('x-slow: 1\r\n'), 100)
    const response = await slow.closed
    clearInterval(timer)
    expect(statusOf(response)).toBe(408)
  })

  it('a connection that opens and sends nothing', async () => {
    const idle = open()
    expect(await idle.closed).toMatch(/^(HTTP\/1\.1 408|)/)
    expect(idle.socket.destroyed).toBe(true)
  })

  it('a body that dribbles in slower than the request timeout', async () => {
    const dribble = open()
    dribble.socket.write(
      `POST /api/session.current HTTP/1.1\r\nhost: ${host}\r\nx-ecocase-token: ${preview.token}\r\ncontent-length: 900\r\n\r\n{`
    )
    const timer = setInterval(() => dribble.socket.write(' '), 100)
    const response = await dribble.closed
    clearInterval(timer)
    expect(response === '' || statusOf(response) === 408).toBe(true)
  })

  it('an idle keep-alive connection after its reply', async () => {
    const keepAlive = open()
    const body = '{}'
    keepAlive.socket.write(
      `POST /api/session.current HTTP/1.1\r\nhost: ${host}\r\nx-ecocase-token: ${preview.token}\r\ncontent-length: ${body.length}\r\n\r\n${body}`
    )
    const response = await keepAlive.closed
    expect(statusOf(response)).toBe(200)
  })

  it('malformed request targets and request lines, and still answers the next call', async () => {
    for (const target of ['http://evil.example/api/session.current', '//evil.example/api/session.current', '*', 'api/session.current']) {
      const response = await raw(`GET ${target} HTTP/1.1\r\nhost: ${host}\r\nconnection: close\r\n\r\n`)
      expect(statusOf(response), target).toBe(400)
      expect(bodyOf(response), target).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    }
    const garbage = await raw('NOT-HTTP\r\n\r\n')
    expect(statusOf(garbage)).toBe(400)
    const control = await raw(`GET /a\u0001b HTTP/1.1\r\nhost: ${host}\r\n\r\n`)
    expect(statusOf(control)).toBe(400)
    const next = await raw(call('{}'))
    expect(statusOf(next)).toBe(200)
  })

  it('a request head larger than 16 KiB, with 431', async () => {
    const response = await raw(`GET / HTTP/1.1\r\nhost: ${host}\r\nx-big: ${'z'.repeat(17 * 1024)}\r\nconnection: close\r\n\r\n`)
    expect(statusOf(response)).toBe(431)
  })

  it('a body that is not JSON, with invalid_input, and nothing changes', async () => {
    const response = await raw(call('{nope'))
    expect(statusOf(response)).toBe(400)
    expect(bodyOf(response)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })
})
