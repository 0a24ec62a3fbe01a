import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream, existsSync, statSync } from 'node:fs'
import type { Core } from '../core/core'
import { newSession, type Session } from '../core/call'
import { dispatch } from '../core/handler-table'
import { contentSecurityPolicy } from '../shared/content-security-policy'
import { resolveRendererFile } from '../core/renderer-files'
import { attachmentResponse } from '../core/attachments/attachment-content'
import { uploaders } from '../core/uploaders'
import { outboxFile } from '../core/exchange/outbox-file'
import { outboxDownloadPath, uploadPaths, type UploadTarget } from '../shared/file-upload'
import type { CallProgress } from '../shared/progress'


/**
 * What the preview refuses to wait for or to hold. A client that never
 * finishes its headers (slowloris), dribbles its body, or sits on an idle
 * connection is cut off by Node's own timers, checked every `checkIntervalMs`.
 */
export interface PreviewLimits {
  /** Largest JSON body a call may send; attachments travel another way (50 MB, see attachment-upload.ts). */
  maxBodyBytes: number
  /** Time from the connection's first byte to the end of the request's headers (`server.headersTimeout`). */
  headersTimeoutMs: number
  /** Time to receive a whole request, body included, so an attachment upload fits (`server.requestTimeout`). */
  requestTimeoutMs: number
  /** How long an idle keep-alive connection stays open after a reply. */
  keepAliveTimeoutMs: number
  /** How often Node checks the header and request timeouts. */
  checkIntervalMs: number
}

export const defaultPreviewLimits: PreviewLimits = {
  maxBodyBytes: 5 * 1024 * 1024,
  headersTimeoutMs: 20_000,
  requestTimeoutMs: 120_000,
  keepAliveTimeoutMs: 5_000,
  checkIntervalMs: 1_000
}

/** Largest request head (request line and headers) the preview reads. */
const maxHeaderBytes = 16 * 1024


export interface PreviewServer {
  server: Server
  url: string
  token: string
  close: () => Promise<void>
}

/**
 * The browser preview: the built renderer and `POST /api/<channel>` over the
 * same handler table, on 127.0.0.1 only. Every API call must carry this
 * launch's random token; Host and Origin must name this server, so another
 * site in the same browser cannot reach it. Each browser signs in to its own
 * session, named by a cookie, so two people in two browsers act as themselves.
 */
export async function startPreviewServer(core: Core, rendererDir: string, port = 0, limits: Partial<PreviewLimits> = {}): Promise<PreviewServer> {
  const { maxBodyBytes, headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs, checkIntervalMs } = { ...defaultPreviewLimits, ...limits }
  const token = randomBytes(32).toString('hex')
  // One session per browser: an HttpOnly, SameSite=Strict cookie issued at sign-in, on top of the launch token.
  const sessions = new Map<string, Session>()
  let origin = ''
  let cookieName = ''

  const server = createServer(
    {
      headersTimeout: headersTimeoutMs,
      requestTimeout: requestTimeoutMs,
      keepAliveTimeout: keepAliveTimeoutMs,
      connectionsCheckingInterval: checkIntervalMs,
      maxHeaderSize: maxHeaderBytes
    },
    (req, res) => {
      handle(req, res).catch((error: unknown) => {
        // A client that hung up or was cut off by a timeout is no fault of the server's.
        if (req.destroyed) return
        console.error(error)
        if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: '内部错误' } })
      })
    }
  )
  server.on('clientError', refuseBadRequest)

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const host = req.headers.host ?? ''
    if (host !== new URL(origin).host && host !== `localhost:${new URL(origin).port}`) {
      return sendJson(res, 403, { ok: false, error: { code: 'forbidden', message: '主机名不符' } })
    }
    const requestOrigin = req.headers.origin
    if (requestOrigin !== undefined && requestOrigin !== origin && requestOrigin !== `http://${host}`) {
      return sendJson(res, 403, { ok: false, error: { code: 'forbidden', message: '来源不符' } })
    }
    const url = requestUrl(req.url, origin)
    if (!url) return sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message: '请求地址无效' } })
    const target = (Object.keys(uploadPaths) as UploadTarget[]).find((t) => uploadPaths[t] === url.pathname)
    if (target) return handleUpload(req, res, target)
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice('/api/'.length))
    if (url.pathname.startsWith('/attachments/')) return serveAttachment(req, res, url)
    if (url.pathname.startsWith(outboxDownloadPath)) return serveOutboxFile(req, res, url)
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { ok: false, error: { code: 'forbidden', message: '不支持的方法' } })
    return serveStatic(res, url.pathname)
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, channel: string) {
    if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'forbidden', message: '仅支持 POST' } })
    if (!tokenMatches(req.headers['x-ecocase-token'])) {
      return sendJson(res, 401, { ok: false, error: { code: 'unauthenticated', message: '缺少或错误的访问令牌' } })
    }
    const body = await readBody(req, maxBodyBytes)
    if (body === null) {
      // The rest of a refused body is not read: close rather than drain it.
      res.setHeader('connection', 'close')
      return sendJson(res, 413, { ok: false, error: { code: 'too_large', message: `请求体超过 ${maxBodyBytes} 字节，未作任何更改` } })
    }
    let input: unknown
    try {
      input = body.length === 0 ? {} : JSON.parse(body)
    } catch (error) {
      return sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message: error instanceof Error ? error.message : '请求体无效' } })
    }
    const { id, session } = sessionOf(req)
    if (req.headers['x-ecocase-progress'] === 'lines' && id !== null) return streamProgress(res, id, session, channel, input)
    const reply = await dispatch(core, session, channel, input)
    keepSession(res, id, session)
    const status = reply.ok ? 200 : reply.error.code === 'unknown_channel' ? 404 : 200
    return sendJson(res, status, reply)
  }

  /**
   * A call whose caller asked for its progress (`x-ecocase-progress: lines`,
   * a signed-in browser only): the reply is NDJSON, one `{"progress":…}`
   * line each time the call reports (an import: checked, written), then one
   * `{"reply":…}` line. The import checks in one synchronous stretch, so
   * each line is pushed to the socket at once (uncorked) rather than when the
   * event loop next turns, which is only after the import.
   */
  async function streamProgress(res: ServerResponse, id: string, session: Session, channel: string, input: unknown) {
    res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
    const line = (value: unknown) => {
      res.write(`${JSON.stringify(value)}\n`)
      res.socket?.uncork()
    }
    const reply = await dispatch(core, session, channel, input, { progress: (progress: CallProgress) => line({ progress }) })
    // The cookie went out with the first line: a session that ended in the call is forgotten here, and its cookie names nothing.
    if (session.userId === null) sessions.delete(id)
    res.end(`${JSON.stringify({ reply })}\n`)
  }

  /** The browser's session by its cookie, or a fresh one nobody has signed in to. */
  function sessionOf(req: IncomingMessage): { id: string | null; session: Session } {
    const id = readCookie(req.headers.cookie, cookieName)
    const session = id === null ? undefined : sessions.get(id)
    return session ? { id, session } : { id: null, session: newSession('preview') }
  }

  /**
   * After a call: a session just signed in gets a new id (never one the
   * browser brought, against session fixation) in the cookie; a session
   * signed out, or whose account was deactivated, is forgotten and its
   * cookie cleared.
   */
  function keepSession(res: ServerResponse, id: string | null, session: Session) {
    const signedIn = session.userId !== null
    if (id !== null && signedIn) return
    if (id !== null) {
      sessions.delete(id)
      res.setHeader('set-cookie', `${cookieName}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`)
      return
    }
    if (!signedIn) return
    const fresh = randomBytes(32).toString('hex')
    sessions.set(fresh, session)
    res.setHeader('set-cookie', `${cookieName}=${fresh}; HttpOnly; SameSite=Strict; Path=/`)
  }

  /**
   * `POST /api/attachments.upload` and `POST /api/exchange.upload`: the raw
   * file as the body, its media type as `content-type` and its name
   * (URI-encoded) as `x-file-name`. An attachment is streamed into the store,
   * refused past 50 MB while streaming, then recorded through the handler
   * table like any other call; a package is streamed into the exchange inbox
   * under a name the app makes (see package-upload.ts).
   */
  async function handleUpload(req: IncomingMessage, res: ServerResponse, target: UploadTarget) {
    if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'forbidden', message: '仅支持 POST' } })
    if (!tokenMatches(req.headers['x-ecocase-token'])) {
      return sendJson(res, 401, { ok: false, error: { code: 'unauthenticated', message: '缺少或错误的访问令牌' } })
    }
    let originalName: string
    try {
      originalName = decodeURIComponent(String(req.headers['x-file-name'] ?? ''))
    } catch {
      originalName = ''
    }
    const reply = await uploaders[target](core, sessionOf(req).session, req, {
      mediaType: String(req.headers['content-type'] ?? 'application/octet-stream'),
      originalName,
      declaredBytes: Number(req.headers['content-length'] ?? 0)
    })
    if (reply.ok) return sendJson(res, 200, reply)
    // The rest of a refused body is not read: close rather than drain it.
    res.setHeader('connection', 'close')
    const refusals: Partial<Record<string, number>> = { unauthenticated: 401, locked: 401, must_change_password: 401, forbidden: 403, too_large: 413 }
    const status = refusals[reply.error.code] ?? 400
    return sendJson(res, status, reply)
  }

  /** `GET /attachments/<sha256>?token=…`: a recorded file, only when its bytes still give its hash (attachment-content.ts). */
  async function serveAttachment(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (req.method !== 'GET') return sendJson(res, 405, { ok: false, error: { code: 'forbidden', message: '仅支持 GET' } })
    if (!tokenMatches(url.searchParams.get('token') ?? undefined)) {
      return sendJson(res, 401, { ok: false, error: { code: 'unauthenticated', message: '缺少或错误的访问令牌' } })
    }
    const response = await attachmentResponse(core, [sessionOf(req).session], url.pathname.slice('/attachments/'.length))
    res.writeHead(response.status, Object.fromEntries(response.headers.entries()))
    res.end(Buffer.from(await response.arrayBuffer()))
  }

  /** `GET /exchange/outbox/<name>?token=…`: a package or receipt the app wrote, as a download (see outbox-file.ts for what is refused). */
  async function serveOutboxFile(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (req.method !== 'GET') return sendJson(res, 405, { ok: false, error: { code: 'forbidden', message: '仅支持 GET' } })
    if (!tokenMatches(url.searchParams.get('token') ?? undefined)) {
      return sendJson(res, 401, { ok: false, error: { code: 'unauthenticated', message: '缺少或错误的访问令牌' } })
    }
    let name: string
    try {
      name = decodeURIComponent(url.pathname.slice(outboxDownloadPath.length))
    } catch {
      name = ''
    }
    const found = await outboxFile(core, sessionOf(req).session, name)
    if (!found.ok) {
      const refusals: Partial<Record<string, number>> = { unauthenticated: 401, locked: 401, must_change_password: 401, forbidden: 403, not_found: 404 }
      return sendJson(res, refusals[found.error.code] ?? 400, found)
    }
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': String(found.value.sizeBytes),
      'content-disposition': `attachment; filename="${name}"`,
      'content-security-policy': "default-src 'none'; sandbox",
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store'
    })
    createReadStream(found.value.path).pipe(res)
  }

  function tokenMatches(given: string | string[] | undefined): boolean {
    if (typeof given !== 'string') return false
    const a = Buffer.from(given)
    const b = Buffer.from(token)
    return a.length === b.length && timingSafeEqual(a, b)
  }

  function serveStatic(res: ServerResponse, pathname: string) {
    // One path guard for both transports: the Electron app:// handler uses it too.
    const resolved = resolveRendererFile(rendererDir, pathname)
    if (!resolved.ok) return sendJson(res, resolved.problem === 'malformed' ? 400 : 404, { ok: false })
    // An unknown path is a client-side route: the entry page serves it.
    const served = existsSync(resolved.file) && !statSync(resolved.file).isDirectory() ? resolved : resolveRendererFile(rendererDir, '/')
    if (!served.ok || !existsSync(served.file)) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
      return res.end('界面尚未构建：请先运行 npm run build')
    }
    res.writeHead(200, {
      'content-type': served.contentType,
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store'
    })
    createReadStream(served.file).pipe(res)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('preview server has no port')
  origin = `http://127.0.0.1:${address.port}`
  // Cookies are shared by every port of a host: the name carries the port, so two previews do not sign each other out.
  cookieName = `ecocase_session_${address.port}`
  return {
    server,
    token,
    url: `${origin}/?token=${token}`,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}

/** One cookie's value from a `cookie` header, or null. */
function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return value.join('=')
  }
  return null
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' })
  res.end(text)
}

/**
 * The request's body as text, or null once it is (or declares itself) larger
 * than `maxBytes`; reading stops there, so a huge body is never held.
 */
function readBody(req: IncomingMessage, maxBytes: number): Promise<string | null> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return Promise.resolve(null)
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) {
        req.off('data', onData)
        req.pause()
        resolve(null)
        return
      }
      chunks.push(chunk)
    }
    req.on('data', onData)
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/**
 * The url of a request whose target is a plain path (`/api/…`, `/assets/…`):
 * absolute-form (`http://other/…`), authority-form, `*` and `//host` targets
 * are refused, as is anything the URL parser rejects.
 */
function requestUrl(target: string | undefined, origin: string): URL | null {
  if (!target || !target.startsWith('/') || target.startsWith('//')) return null
  try {
    return new URL(target, origin)
  } catch {
    return null
  }
}

/**
 * A request Node's parser could not read (bad request line, headers too
 * large, timed out before its headers were complete) gets a short JSON
 * refusal and the connection is closed.
 */
function refuseBadRequest(error: NodeJS.ErrnoException, socket: Duplex) {
  if (!socket.writable) return socket.destroy()
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400
  const body = JSON.stringify({ ok: false, error: { code: 'invalid_input', message: status === 408 ? '请求超时' : '请求格式无效' } })
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nconnection: close\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
  )
}
